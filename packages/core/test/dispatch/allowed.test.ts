import { afterEach, describe, expect, it } from 'vitest';
import { createActor, createMachine } from 'xstate';
import {
  allowedEvents,
  defineCatalog,
  dispatch,
  matchesDescriptor,
  stateAccepts,
  stateDescriptors,
  stateTitle,
  withCatalog,
} from '../../src/dispatch/index.js';
import { bilingual } from '../../src/i18n.js';
import type { ActorRef } from '../../src/roles.js';
import { ev, noticeEvents, noticeMachine, START } from './notice.js';

const started: { stop(): unknown }[] = [];
afterEach(() => {
  for (const actor of started.splice(0)) actor.stop();
});
function run<T extends Parameters<typeof createActor>[0]>(machine: T) {
  const actor = createActor(machine).start();
  started.push(actor);
  return actor;
}

const committee: ActorRef = { id: 'c', role: 'committee' };
const owner: ActorRef = { id: 'o', role: 'owner' };
const system: ActorRef = { id: 's', role: 'system' };

describe('allowedEvents on the notice procedure', () => {
  it('lists the catalog types the state allows, in catalog order, ignoring guards', () => {
    const actor = run(noticeMachine);
    expect(allowedEvents(actor)).toEqual(['POST', 'AMEND', 'TICK']);
    expect(allowedEvents(actor.getSnapshot())).toEqual(['POST', 'AMEND', 'TICK']);
    dispatch(actor, ev('POST', 'committee', START, { windowDays: 7 }));
    // CLOSE is listed although its guard refuses it until the window is over.
    expect(allowedEvents(actor)).toEqual(['OBJECT', 'CLOSE', 'TICK']);
  });

  it('filters by the role of `by`', () => {
    const actor = run(noticeMachine);
    expect(allowedEvents(actor, noticeEvents, committee)).toEqual(['POST', 'AMEND']);
    expect(allowedEvents(actor, undefined, system)).toEqual(['TICK']);
    expect(allowedEvents(actor, noticeEvents, owner)).toEqual([]);
  });

  it('allows nothing once the process ended or before it started', () => {
    expect(allowedEvents(createActor(noticeMachine))).toEqual([]);
    const actor = run(noticeMachine);
    actor.stop();
    expect(allowedEvents(actor)).toEqual([]);
  });

  it('without a catalog lists the raw descriptors, and refuses to filter by role', () => {
    const bare = createMachine({
      initial: 'a',
      on: { PING: { actions: () => {} } },
      states: { a: { on: { GO: 'b', 'ADMIN.*': 'b', NOOP: {} } }, b: {} },
    });
    const actor = run(bare);
    expect(allowedEvents(actor).sort()).toEqual(['ADMIN.*', 'GO', 'PING']);
    expect(() => allowedEvents(actor, undefined, owner)).toThrow(/needs a catalog/);
  });
});

describe('descriptors and wildcards', () => {
  it('matches descriptors as xstate 5.33 does', () => {
    expect(matchesDescriptor('*', 'ANY')).toBe(true);
    expect(matchesDescriptor('VOTE.*', 'VOTE.CAST')).toBe(true);
    expect(matchesDescriptor('VOTE.*', 'VOTE.CAST.PAPER')).toBe(true);
    expect(matchesDescriptor('VOTE.*', 'VOTE')).toBe(true);
    expect(matchesDescriptor('VOTE.*', 'VOTER.CAST')).toBe(false);
    expect(matchesDescriptor('VOTE', 'VOTE.CAST')).toBe(false);
  });

  const roles = ['system'] as const;
  const d = bilingual('测试', 'test');
  const entry = { roles, title: d, description: d };
  const catalog = defineCatalog({
    PING: entry,
    'VOTE.CAST': entry,
    'VOTE.WITHDRAW': entry,
    RESET: entry,
    LOG: entry,
  });
  const machine = withCatalog(
    createMachine({
      initial: 'open',
      on: { PING: { actions: () => {} }, '*': { actions: () => {} } },
      states: {
        open: {
          initial: 'idle',
          on: { 'VOTE.*': { target: '.voting' }, RESET: '.idle' },
          states: {
            idle: {},
            // Forbidden here: hides the parent's VOTE.* transition and the root's PING.
            voting: { on: { 'VOTE.*': undefined, PING: undefined } },
          },
        },
        sealed: { on: { LOG: {} } },
      },
    }),
    catalog,
  );

  it('expands wildcard and partial descriptors against the catalog', () => {
    const actor = run(machine);
    expect(allowedEvents(actor)).toEqual(['PING', 'VOTE.CAST', 'VOTE.WITHDRAW', 'RESET', 'LOG']);
    expect(stateDescriptors(actor.getSnapshot()).sort()).toEqual(['*', 'PING', 'RESET', 'VOTE.*']);
  });

  it('a forbidden transition hides the ancestors for its events only', () => {
    const actor = run(machine);
    expect(dispatch(actor, { type: 'VOTE.CAST', at: START, by: system }).ok).toBe(true);
    expect(actor.getSnapshot().value).toEqual({ open: 'voting' });
    const snapshot = actor.getSnapshot();
    expect(stateAccepts(snapshot, 'VOTE.CAST')).toBe(false);
    expect(stateAccepts(snapshot, 'PING')).toBe(false);
    // The root's wildcard still takes what the forbidden descriptors do not cover.
    expect(allowedEvents(actor)).toEqual(['RESET', 'LOG']);
    const refused = dispatch(actor, { type: 'PING', at: START, by: system });
    expect(!refused.ok && refused.rejection.code).toBe('not-allowed-now');
    expect(snapshot.can({ type: 'PING' })).toBe(false);
  });

  it('never lists xstate internal events', () => {
    const withDone = createMachine({
      initial: 'a',
      states: {
        a: { initial: 'x', states: { x: { on: { GO: 'y' } }, y: { type: 'final' } }, onDone: 'b' },
        b: { after: { 1000: 'a' } },
      },
    });
    const actor = run(withDone);
    expect(stateDescriptors(actor.getSnapshot())).toEqual(['GO']);
    actor.send({ type: 'GO' });
    expect(actor.getSnapshot().value).toBe('b');
    expect(stateDescriptors(actor.getSnapshot())).toEqual([]);
    expect(stateAccepts(actor.getSnapshot(), 'xstate.after.1000.(machine).b')).toBe(false);
  });
});

describe('stateTitle', () => {
  it('uses meta.title, falls back to keys, joins nested and parallel states', () => {
    const machine = createMachine({
      type: 'parallel',
      states: {
        vote: {
          meta: { title: bilingual('表决', 'vote') },
          initial: 'open',
          states: { open: { meta: { title: bilingual('进行中', 'open') } } },
        },
        notice: { initial: 'posted', states: { posted: {} } },
      },
    });
    const actor = run(machine);
    expect(stateTitle(actor.getSnapshot())).toEqual({
      'zh-CN': '表决 › 进行中、notice › posted',
      en: 'vote › open, notice › posted',
    });
  });

  it('names a machine without child states by its root key', () => {
    const actor = run(createMachine({ id: 'lone' }));
    expect(stateTitle(actor.getSnapshot())).toEqual({ 'zh-CN': 'lone', en: 'lone' });
  });
});
