// A machine that owns its rules (principle 8): xstate's own API and `dispatch` give the same
// answers, a provided guard changes what `dispatch` says, and each accepted event runs its
// actions once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { z } from 'zod';
import {
  catalogCoverage,
  catalogOf,
  defineCatalog,
  dispatch,
  GUARD_RULE_ID,
} from '../../src/dispatch/index.js';
import { bilingual } from '../../src/i18n.js';
import { ev, START } from './notice.js';
import { actionRuns, ownedNoticeEvents, ownedNoticeMachine } from './owned-notice.js';

const T1 = '2026-03-03T09:00:00+08:00';
// Posted at START for 7 days: the window ends at START + 7 days.
const WINDOW_ENDS = '2026-03-09T01:00:00.000Z';
const ONE_SECOND_BEFORE_END = '2026-03-09T08:59:59+08:00';

const started: { stop(): unknown }[] = [];
afterEach(() => {
  for (const actor of started.splice(0)) actor.stop();
});
beforeEach(() => {
  actionRuns.countObjection = 0;
});

function posted(machine = ownedNoticeMachine) {
  const actor = createActor(machine).start();
  started.push(actor);
  const result = dispatch(actor, ev('POST', 'committee', START, { windowDays: 7 }));
  expect(result.ok).toBe(true);
  return actor;
}

describe('a machine that owns its rules', () => {
  it('has every external transition guarded by its event guard and applying its actions', () => {
    expect(catalogCoverage(ownedNoticeMachine, ownedNoticeEvents)).toEqual({
      uncatalogued: [],
      unhandled: [],
      unguarded: [],
      missingActions: [],
    });
  });

  it('reports a transition that skips the event guard or an action of the entry', () => {
    // A copy of the machine whose OBJECT transition forgot its guard and one action.
    const broken = ownedNoticeMachine.root.machine.config;
    const patched = {
      ...broken,
      states: {
        ...broken.states,
        posted: {
          ...broken.states?.posted,
          on: { ...broken.states?.posted?.on, OBJECT: { actions: 'advanceClock' } },
        },
      },
    };
    const machine = ownedNoticeMachine.provide({}).root.machine;
    const copy = new (machine.constructor as new (c: unknown, i: unknown) => typeof machine)(
      patched,
      machine.implementations,
    );
    expect(catalogCoverage(copy, ownedNoticeEvents)).toEqual({
      uncatalogued: [],
      unhandled: [],
      unguarded: ['posted -[OBJECT]'],
      missingActions: ['posted -[OBJECT] countObjection'],
    });
  });

  it('refuses a forbidden role on actor.send and snapshot.can as dispatch does', () => {
    const actor = posted();
    const before = actor.getSnapshot();
    const forged = ev('OBJECT', 'developer', T1, { reason: 'no' });
    expect(before.can(forged as never)).toBe(false);
    actor.send(forged as never);
    expect(actor.getSnapshot()).toBe(before);
    const result = dispatch(actor, forged);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.rejection.code).toBe('not-permitted');
    expect(before.can(ev('OBJECT', 'owner', T1, { reason: 'no' }) as never)).toBe(true);
  });

  it('refuses an event dated before the process clock on every path', () => {
    const actor = posted();
    const early = ev('OBJECT', 'owner', '2026-03-02T08:59:59+08:00', { reason: 'late' });
    expect(actor.getSnapshot().can(early as never)).toBe(false);
    const result = dispatch(actor, early);
    expect(!result.ok && result.rejection.code).toBe('out-of-order');
  });

  it('explains a refused rule with the rule, its articles and its own message', () => {
    const actor = posted();
    // SH-16-2: objections within the window; one second before its end is still inside.
    expect(dispatch(actor, ev('OBJECT', 'owner', ONE_SECOND_BEFORE_END, { reason: 'a' })).ok).toBe(
      true,
    );
    const late = dispatch(
      actor,
      ev('OBJECT', 'owner', '2026-03-09T09:00:00+08:00', { reason: 'b' }),
    );
    expect(late.ok).toBe(false);
    if (late.ok) return;
    expect(late.rejection.code).toBe('rule-violated');
    expect(late.rejection.rule).toEqual({ id: 'objection-within-window', citations: ['SH-16-2'] });
    expect(late.rejection.details).toEqual({ windowEnds: WINDOW_ENDS });
    expect(late.rejection.message.en).toContain('no longer accepted');
  });

  it('says not-allowed-now for an event the state has no transition for', () => {
    const actor = posted();
    const result = dispatch(actor, ev('POST', 'committee', T1, { windowDays: 3 }));
    expect(!result.ok && result.rejection.code).toBe('not-allowed-now');
  });

  it("names a transition's own condition when only it refused", () => {
    const actor = createActor(ownedNoticeMachine).start();
    started.push(actor);
    const plain = dispatch(actor, ev('AMEND', 'committee', T1, { text: 'x' }));
    expect(plain.ok).toBe(false);
    if (plain.ok) return;
    expect(plain.rejection.code).toBe('rule-violated');
    expect(plain.rejection.rule?.id).toBe(GUARD_RULE_ID);
    expect(plain.rejection.details).toEqual({ guards: ['urgent'] });
    expect(dispatch(actor, ev('AMEND', 'committee', T1, { text: 'x', urgent: true })).ok).toBe(
      true,
    );
  });

  it('follows a provided rule guard: relaxed, the event is taken; stricter, it is refused', () => {
    const relaxed = ownedNoticeMachine.provide({
      guards: { 'objection-within-window': () => true },
    });
    const actor = posted(relaxed);
    const late = ev('OBJECT', 'owner', '2026-03-20T09:00:00+08:00', { reason: 'late' });
    expect(actor.getSnapshot().can(late as never)).toBe(true);
    expect(dispatch(actor, late).ok).toBe(true);

    const strict = ownedNoticeMachine.provide({
      guards: { 'objection-within-window': () => false },
    });
    const strictActor = posted(strict);
    const result = dispatch(strictActor, ev('OBJECT', 'owner', T1, { reason: 'early' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.code).toBe('rule-violated');
    expect(result.rejection.rule?.id).toBe('objection-within-window');
    // The catalog's rule would have let it through, so the requirement is the reason given.
    expect(result.rejection.message.en).toContain('objections must be raised within');
  });

  it('follows a provided role guard', () => {
    const open = ownedNoticeMachine.provide({ guards: { permitted: () => true } });
    const actor = posted(open);
    expect(dispatch(actor, ev('OBJECT', 'developer', T1, { reason: 'x' })).ok).toBe(true);
  });

  it('runs the actions of an accepted event once, and none of a refused one', () => {
    const actor = posted();
    expect(dispatch(actor, ev('OBJECT', 'owner', T1, { reason: 'a' })).ok).toBe(true);
    expect(actionRuns.countObjection).toBe(1);
    expect(dispatch(actor, ev('OBJECT', 'developer', T1, { reason: 'b' })).ok).toBe(false);
    expect(actionRuns.countObjection).toBe(1);
    expect(actor.getSnapshot().context.objections).toBe(1);
  });

  it('reports an action that throws as a machine error with the actor stopped', () => {
    const throwing = ownedNoticeMachine.provide({
      actions: {
        countObjection: () => {
          throw new Error('boom');
        },
      },
    });
    const actor = posted(throwing);
    const result = dispatch(actor, ev('OBJECT', 'owner', T1, { reason: 'a' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.code).toBe('machine-error');
    expect(result.rejection.details).toMatchObject({ stopped: true, error: 'boom' });
  });

  it('keeps its catalog through provide() under a shared symbol', () => {
    expect(catalogOf(ownedNoticeMachine.provide({}))).toBe(ownedNoticeEvents);
    const key = Symbol.for('jiayuan.catalog');
    expect(Reflect.get(ownedNoticeMachine.config, key)).toBe(ownedNoticeEvents);
  });
});

describe('defineCatalog', () => {
  const base = {
    roles: ['owner'],
    title: bilingual('甲', 'a'),
    description: bilingual('甲', 'a'),
  } as const;
  const rule = (id: string) => ({ id, citations: [], check: () => true });

  it('builds strict event schemas on the envelope', () => {
    const schema = ownedNoticeEvents.events.OBJECT.schema;
    const at = START;
    const by = { id: 'o-1', role: 'owner' };
    expect(schema.safeParse({ type: 'OBJECT', at, by, reason: 'r' }).success).toBe(true);
    expect(schema.safeParse({ type: 'OBJECT', at, by, reason: 'r', extra: 1 }).success).toBe(false);
    expect(schema.safeParse({ type: 'OBJECT', by, reason: 'r' }).success).toBe(false);
  });

  it('refuses two different rules with one id, and rule ids that shadow other guards', () => {
    expect(() =>
      defineCatalog({ A: { ...base, rules: [rule('x')] }, B: { ...base, rules: [rule('x')] } }),
    ).toThrow(/two different rules/);
    expect(() => defineCatalog({ A: { ...base, rules: [rule('B')] }, B: base })).toThrow(
      /is an event type or reserved/,
    );
    expect(() => defineCatalog({ A: { ...base, rules: [rule('permitted')] } })).toThrow(/reserved/);
    expect(() => defineCatalog({ inOrder: base })).toThrow(/reserved guard name/);
    expect(() => defineCatalog({ A: { ...base, roles: [] } })).toThrow(/lists no roles/);
  });
});

describe('size limits (no value echoed back)', () => {
  const by = { id: 'owner-1', role: 'owner' };

  it('refuses a type, a sender id and an event over their limits, at the limit plus one', () => {
    const actor = posted();
    const before = actor.getSnapshot();
    const cases = [
      [{ type: 'T'.repeat(65), at: T1, by }, 'type', 65, 64],
      [
        { type: 'OBJECT', at: T1, by: { ...by, id: 'i'.repeat(129) }, reason: 'r' },
        'sender',
        129,
        128,
      ],
    ] as const;
    for (const [input, what, size, limit] of cases) {
      const result = dispatch(actor, input);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.rejection.code).toBe('too-large');
      expect(result.rejection.details).toEqual({ what, size, limit });
      expect(JSON.stringify(result.rejection)).not.toContain('i'.repeat(129));
      expect(JSON.stringify(result.rejection)).not.toContain('T'.repeat(65));
    }
    const big = { type: 'OBJECT', at: T1, by, reason: '' };
    const filler = 4_194_304 - JSON.stringify(big).length;
    expect(actor.getSnapshot()).toBe(before);
    const over = dispatch(actor, { ...big, reason: 'r'.repeat(filler + 1) });
    expect(!over.ok && over.rejection.code).toBe('too-large');
    expect(JSON.stringify(over)).not.toContain('r'.repeat(1000));
    expect(actor.getSnapshot()).toBe(before);
    // Exactly at the limit, the event is read (and this objection is taken).
    expect(dispatch(actor, { ...big, reason: 'r'.repeat(filler) }).ok).toBe(true);
  });

  it('takes a type and a sender id exactly at their limits to the next check', () => {
    const actor = posted();
    const type = dispatch(actor, { type: 'T'.repeat(64), at: T1, by });
    expect(!type.ok && type.rejection.code).toBe('unknown-event');
    const sender = dispatch(actor, {
      type: 'OBJECT',
      at: T1,
      by: { ...by, id: 'i'.repeat(128) },
      reason: 'r',
    });
    expect(sender.ok).toBe(true);
  });

  it('takes the tighter of the host limit and the entry limit', () => {
    const actor = posted();
    const tight = defineCatalog({
      OBJECT: {
        payload: { reason: z.string() },
        roles: ['owner'],
        title: bilingual('甲', 'a'),
        description: bilingual('甲', 'a'),
        maxChars: 100,
      },
    });
    const input = { type: 'OBJECT', at: T1, by, reason: 'r'.repeat(60) };
    const refused = dispatch(actor, input, { catalog: tight });
    expect(!refused.ok && refused.rejection.details).toMatchObject({ what: 'event', limit: 100 });
    expect(dispatch(actor, input).ok).toBe(true);
  });

  it('lets a host set its own limits', () => {
    const actor = posted();
    const result = dispatch(
      actor,
      { type: 'OBJECT', at: T1, by, reason: 'a long objection' },
      { limits: { maxEventChars: 80 } },
    );
    expect(!result.ok && result.rejection.details).toMatchObject({ what: 'event', limit: 80 });
  });
});
