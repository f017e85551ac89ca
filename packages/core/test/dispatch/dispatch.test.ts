import { afterEach, describe, expect, it } from 'vitest';
import { assign, createActor, createMachine } from 'xstate';
import {
  catalogOf,
  dispatch,
  dispatchOrThrow,
  type EventCatalog,
  GUARD_RULE_ID,
  isRejectionCode,
  REJECTION_CODES,
  type Rejection,
  type RejectionCode,
  RejectionError,
  withCatalog,
} from '../../src/dispatch/index.js';
import type { Bilingual } from '../../src/i18n.js';
import { ev, noticeEvents, noticeMachine, START } from './notice.js';

const T0 = START;
const T1 = '2026-03-03T09:00:00+08:00';
const AFTER_WINDOW = '2026-03-20T09:00:00+08:00';
const CJK = /[\u4e00-\u9fff]/;

const started: { stop(): unknown }[] = [];
afterEach(() => {
  for (const actor of started.splice(0)) actor.stop();
});

function start(machine = noticeMachine) {
  const actor = createActor(machine).start();
  started.push(actor);
  return actor;
}

function posted(machine = noticeMachine) {
  const actor = start(machine);
  const result = dispatch(actor, ev('POST', 'committee', T0, { windowDays: 7 }));
  expect(result.ok).toBe(true);
  return actor;
}

function expectBilingual(text: Bilingual): void {
  expect(text['zh-CN'].trim()).not.toBe('');
  expect(text.en.trim()).not.toBe('');
  expect(text['zh-CN']).toMatch(CJK);
  expect(text.en).not.toMatch(CJK);
}

/** Dispatches `input` and checks it was refused with `code` and the actor was untouched. */
function expectRejected(
  actor: ReturnType<typeof start>,
  input: unknown,
  code: RejectionCode,
): Rejection {
  const before = actor.getSnapshot();
  const persisted = JSON.stringify(actor.getPersistedSnapshot());
  const result = dispatch(actor, input);
  if (result.ok) throw new Error(`expected ${code}, got ok`);
  expect(result.rejection.code).toBe(code);
  expect(actor.getSnapshot()).toBe(before);
  expect(JSON.stringify(actor.getPersistedSnapshot())).toBe(persisted);
  expectBilingual(result.rejection.message);
  expect(JSON.parse(JSON.stringify(result.rejection))).toEqual(result.rejection);
  return result.rejection;
}

describe('dispatch accepts', () => {
  it('sends a valid, permitted, allowed event and returns the new snapshot and parsed event', () => {
    const actor = start();
    const result = dispatch(actor, ev('POST', 'committee', T0, { windowDays: 7 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot).toBe(actor.getSnapshot());
    expect(result.snapshot.value).toBe('posted');
    expect(result.snapshot.context.windowEnds).toBe('2026-03-09T01:00:00.000Z');
    expect(result.event).toEqual({
      type: 'POST',
      at: T0,
      by: { id: 'committee-1', role: 'committee' },
      windowDays: 7,
    });
  });

  it('runs a whole procedure to its final state', () => {
    const actor = posted();
    expect(dispatch(actor, ev('OBJECT', 'owner', T1, { reason: '内容有误' })).ok).toBe(true);
    expect(actor.getSnapshot().context.objections).toBe(1);
    expect(dispatch(actor, ev('TICK', 'system', AFTER_WINDOW)).ok).toBe(true);
    const closed = dispatch(actor, ev('CLOSE', 'street-office', AFTER_WINDOW));
    expect(closed.ok && closed.snapshot.status).toBe('done');
  });

  it('lets a targetless transition through even when the state value stays the same', () => {
    const actor = start();
    const result = dispatch(actor, ev('AMEND', 'committee-chair', T1, { text: '第二稿' }));
    expect(result.ok && result.snapshot.context.text).toBe('第二稿');
  });
});

describe('dispatch refuses', () => {
  it('process-ended: a finished, stopped or not started process', () => {
    const done = posted();
    dispatch(done, ev('CLOSE', 'street-office', AFTER_WINDOW));
    const r1 = expectRejected(done, ev('TICK', 'system', AFTER_WINDOW), 'process-ended');
    expect(r1.details).toEqual({ reason: 'done' });
    expect(r1.allowed).toEqual([]);
    expect(r1.state).toBe('closed');
    expect(r1.message['zh-CN']).toContain('已办结');
    expect(r1.message['zh-CN']).toContain('已结束');

    const stopped = start();
    stopped.stop();
    expect(expectRejected(stopped, ev('TICK', 'system', T1), 'process-ended').details).toEqual({
      reason: 'stopped',
    });

    const notStarted = createActor(noticeMachine);
    const r3 = expectRejected(notStarted, ev('TICK', 'system', T1), 'process-ended');
    expect(r3.details).toEqual({ reason: 'not-started' });
    expect(r3.message['zh-CN']).toContain('尚未启动');
  });

  it('unknown-event: not an object, no string type, or a type the catalog does not know', () => {
    const actor = start();
    for (const input of [null, 42, 'POST', [], {}, { type: 7 }]) {
      const rejection = expectRejected(actor, input, 'unknown-event');
      expect(rejection.type).toBeUndefined();
      expect(rejection.allowed).toEqual(['POST', 'AMEND', 'TICK']);
    }
    for (const type of ['PUBLISH', 'toString', '__proto__', 'xstate.init']) {
      const rejection = expectRejected(actor, ev(type, 'committee', T1), 'unknown-event');
      expect(rejection.type).toBe(type);
    }
    const rejection = expectRejected(actor, { type: 'PUBLISH' }, 'unknown-event');
    expect(rejection.message['zh-CN']).toBe(
      '无法识别的事项类型「PUBLISH」，未予受理；现在可以：张贴公告、修改草稿、时间推进。',
    );
  });

  it('invalid-event: schema issues with paths, in both languages', () => {
    const actor = start();
    const rejection = expectRejected(
      actor,
      { type: 'POST', at: 'yesterday', by: { id: '', role: 'mayor' }, windowDays: 1.5, extra: 1 },
      'invalid-event',
    );
    const paths = rejection.issues?.map((issue) => issue.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['at', 'by.id', 'by.role', 'windowDays', '']));
    for (const issue of rejection.issues ?? []) {
      expect(issue.message).not.toBe('');
      expect(issue.messages.en).toBe(issue.message);
      expect(issue.messages['zh-CN']).not.toBe('');
    }
    const windowDays = rejection.issues?.find((issue) => issue.path === 'windowDays');
    expect(windowDays?.messages['zh-CN']).toMatch(CJK);
    expect(rejection.message['zh-CN']).toMatch(/^「张贴公告」填写有误，未予受理：/);
    expect(rejection.message.en).toContain('windowDays');
  });

  it('invalid-event: missing envelope fields', () => {
    const actor = start();
    const rejection = expectRejected(actor, { type: 'TICK' }, 'invalid-event');
    expect(rejection.issues?.map((issue) => issue.path).sort()).toEqual(['at', 'by']);
  });

  it('not-permitted: lists the permitted roles with their names', () => {
    const actor = start();
    const rejection = expectRejected(
      actor,
      ev('POST', 'owner', T1, { windowDays: 7 }),
      'not-permitted',
    );
    expect(rejection.permittedRoles).toEqual([
      { role: 'committee', name: { 'zh-CN': '业主委员会', en: "owners' committee" } },
    ]);
    expect(rejection.message['zh-CN']).toBe(
      '「业主」无权办理「张贴公告」；有权办理的是：业主委员会。',
    );
  });

  it('out-of-order: an event dated before the process clock', () => {
    const actor = start();
    dispatch(actor, ev('TICK', 'system', T1));
    const rejection = expectRejected(
      actor,
      ev('POST', 'committee', '2026-03-03T00:59:59Z', { windowDays: 7 }),
      'out-of-order',
    );
    expect(rejection.details).toEqual({ at: '2026-03-03T00:59:59Z', now: T1 });
    // The same instant written with another offset is not earlier.
    expect(dispatch(actor, ev('TICK', 'system', '2026-03-03T01:00:00Z')).ok).toBe(true);
  });

  it('not-allowed-now: names the state, the event and what is allowed now', () => {
    const actor = start();
    const rejection = expectRejected(
      actor,
      ev('OBJECT', 'owner', T1, { reason: '不同意' }),
      'not-allowed-now',
    );
    expect(rejection.state).toBe('draft');
    expect(rejection.allowed).toEqual(['POST', 'AMEND', 'TICK']);
    expect(rejection.message['zh-CN']).toBe(
      '当前状态「草稿」不允许「提出异议」；现在可以：张贴公告、修改草稿、时间推进。',
    );
    expect(rejection.message.en).toBe(
      'State "draft" does not allow "Raise an objection"; allowed now: "Post the notice", "Amend the draft", "Clock tick".',
    );
  });

  it('rule-violated: the first failing catalog rule, with its citations and message', () => {
    const actor = posted();
    const rejection = expectRejected(
      actor,
      ev('OBJECT', 'owner', AFTER_WINDOW, { reason: '太晚了' }),
      'rule-violated',
    );
    expect(rejection.rule).toEqual({ id: 'objection-within-window', citations: ['SH-16-2'] });
    expect(rejection.details).toEqual({ windowEnds: '2026-03-09T01:00:00.000Z' });
    expect(rejection.message['zh-CN']).toContain('不再受理异议');
  });

  it('rule-violated: a machine guard without a catalog rule is reported as rule "guard"', () => {
    const actor = posted();
    const rejection = expectRejected(actor, ev('CLOSE', 'street-office', T1), 'rule-violated');
    expect(rejection.rule).toEqual({ id: GUARD_RULE_ID, citations: [] });
    expect(rejection.details).toEqual({ guards: ['windowOver'] });
    expect(rejection.message['zh-CN']).toBe(
      '当前状态「公示中」下「结束公示」的办理条件尚不具备，未予受理。',
    );
  });

  it('machine-error: a guard that throws while the event is sent stops the actor', () => {
    const machine = noticeMachine.provide({
      guards: {
        windowOver: () => {
          throw new Error('calendar unavailable');
        },
      },
    });
    const actor = posted(machine);
    const result = dispatch(actor, ev('CLOSE', 'street-office', T1));
    expect(!result.ok && result.rejection.code).toBe('machine-error');
    expect(!result.ok && result.rejection.details).toMatchObject({ stopped: true });
    expect(String(!result.ok && result.rejection.details?.error)).toContain('calendar unavailable');
    expect(actor.getSnapshot().status).toBe('error');
  });

  it('machine-error: a throwing assign stops the actor, reported without a crash', () => {
    const machine = noticeMachine.provide({
      actions: {
        countObjection: assign({
          objections: () => {
            throw new Error('counter broken');
          },
        }),
      },
    });
    const actor = posted(machine);
    const result = dispatch(actor, ev('OBJECT', 'owner', T1, { reason: 'x' }));
    expect(!result.ok && result.rejection.code).toBe('machine-error');
    expect(!result.ok && result.rejection.details).toEqual({
      error: 'counter broken',
      stopped: true,
    });
    expect(actor.getSnapshot().status).toBe('error');
  });

  it('machine-error: a throwing custom action stops the actor, reported without a crash', async () => {
    const machine = noticeMachine.provide({
      actions: {
        countObjection: () => {
          throw new Error('counter broken');
        },
      },
    });
    const actor = posted(machine);
    const before = actor.getSnapshot();
    const result = dispatch(actor, ev('OBJECT', 'owner', T1, { reason: 'x' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.code).toBe('machine-error');
    expect(result.rejection.details).toEqual({ stopped: true, error: 'counter broken' });
    expect(result.rejection.message['zh-CN']).toContain('本流程已中止');
    expect(result.rejection.state).toEqual(before.value);
    expect(result.rejection.allowed).toEqual([]);
    expect(actor.getSnapshot().status).toBe('error');
    // xstate would rethrow an unobserved error on a timer; give it the chance to fail the test.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const next = dispatch(actor, ev('TICK', 'system', T1));
    expect(!next.ok && next.rejection.code).toBe('process-ended');
  });

  it('process-ended: an actor whose initial context failed', () => {
    const machine = withCatalog(
      createMachine({
        context: () => {
          throw new Error('bad input');
        },
      }),
      noticeEvents,
    );
    const actor = createActor(machine);
    actor.subscribe({ error: () => {} });
    actor.start();
    const result = dispatch(actor, ev('TICK', 'system', T1));
    expect(!result.ok && result.rejection).toMatchObject({
      code: 'process-ended',
      allowed: [],
      details: { reason: 'error' },
    });
  });

  it('machine-error: a rule that throws while a refusal is explained leaves the actor as it was', () => {
    // The provided rule guard refuses; explaining why runs the catalog rule's check, which throws.
    const machine = noticeMachine.provide({
      guards: { 'objection-within-window': () => false },
    });
    const actor = posted(machine);
    const broken: EventCatalog = {
      ...noticeEvents,
      events: {
        ...noticeEvents.events,
        OBJECT: {
          ...noticeEvents.events.OBJECT,
          rules: [
            {
              id: 'objection-within-window',
              citations: ['SH-16-2'],
              check: () => {
                throw new Error('rule bug');
              },
            },
          ],
        },
      },
    };
    const before = actor.getSnapshot();
    const result = dispatch(actor, ev('OBJECT', 'owner', T1, { reason: 'x' }), {
      catalog: broken,
    });
    expect(!result.ok && result.rejection.code).toBe('machine-error');
    expect(!result.ok && result.rejection.details).toEqual({ error: 'rule bug', stopped: false });
    expect(actor.getSnapshot()).toBe(before);
  });

  it('recognises rejection codes', () => {
    expect(REJECTION_CODES.every(isRejectionCode)).toBe(true);
    expect(isRejectionCode('guard')).toBe(false);
    expect(isRejectionCode(undefined)).toBe(false);
  });

  it('reports every rejection code in its documented order', () => {
    expect(REJECTION_CODES).toEqual([
      'too-large',
      'process-ended',
      'unknown-event',
      'invalid-event',
      'not-permitted',
      'out-of-order',
      'not-allowed-now',
      'rule-violated',
      'machine-error',
      // A host's own codes, given before dispatch: appended, so the list stays stable.
      'sender-mismatch',
      'role-ambiguous',
      'time-not-accepted',
      'time-in-future',
    ]);
  });

  it('checks in order: an invalid event by the wrong role is invalid-event first', () => {
    const actor = start();
    expectRejected(actor, ev('POST', 'owner', 'not a date', { windowDays: 7 }), 'invalid-event');
    expectRejected(actor, ev('OBJECT', 'committee', T1, { reason: 'x' }), 'not-permitted');
  });
});

describe('catalog lookup', () => {
  it('throws a setup error when no catalog is attached or given', () => {
    const bare = createActor(createMachine({ initial: 'a', states: { a: {} } })).start();
    started.push(bare);
    expect(() => dispatch(bare, { type: 'X' })).toThrow(/no event catalog/);
  });

  it('throws on an actor that does not run a state machine', async () => {
    const { fromCallback } = await import('xstate');
    const actor = createActor(fromCallback(() => {})).start();
    started.push(actor);
    expect(() => dispatch(actor, { type: 'TICK' }, { catalog: noticeEvents })).toThrow(
      /does not run a state machine/,
    );
  });

  it('provide() keeps the catalog: xstate 5.33 reuses the config object', () => {
    const provided = noticeMachine.provide({ guards: { windowOver: () => true } });
    expect(provided).not.toBe(noticeMachine);
    expect(provided.config).toBe(noticeMachine.config);
    expect(catalogOf(provided)).toBe(noticeEvents);
    const actor = posted(provided);
    expect(catalogOf(actor)).toBe(noticeEvents);
    expect(catalogOf(actor.getSnapshot())).toBe(noticeEvents);
    expect(dispatch(actor, ev('CLOSE', 'street-office', T1)).ok).toBe(true);
  });

  it('an actor restored from a persisted snapshot keeps the catalog', () => {
    const actor = posted();
    const restored = createActor(noticeMachine, {
      snapshot: JSON.parse(JSON.stringify(actor.getPersistedSnapshot())),
    }).start();
    started.push(restored);
    expect(dispatch(restored, ev('OBJECT', 'owner', T1, { reason: 'x' })).ok).toBe(true);
    expectRejected(restored, ev('POST', 'committee', T1, { windowDays: 7 }), 'not-allowed-now');
  });
});

describe('dispatchOrThrow', () => {
  it('returns the accepted result', () => {
    const actor = start();
    expect(dispatchOrThrow(actor, ev('TICK', 'system', T1)).snapshot.context.now).toBe(T1);
  });

  it('throws a RejectionError carrying the rejection', () => {
    const actor = start();
    let caught: unknown;
    try {
      dispatchOrThrow(actor, ev('CLOSE', 'street-office', T1), { locale: 'zh-CN' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RejectionError);
    if (!(caught instanceof RejectionError)) return;
    expect(caught.code).toBe('not-allowed-now');
    expect(caught.rejection.type).toBe('CLOSE');
    expect(caught.message).toBe(`[not-allowed-now] ${caught.rejection.message['zh-CN']}`);
    expect(caught.name).toBe('RejectionError');
  });
});
