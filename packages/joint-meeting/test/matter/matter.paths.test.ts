import { machineStatePaths, pathCoverage } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { LEVEL_ORDER, LEVEL_RULES, matterEvents, matterMachine } from '../../src/index.js';
import { input } from '../support.js';

const AT = '2026-06-30T10:00:00+08:00';
const ev = (type: string, role: string, payload: Record<string, unknown> = {}) =>
  ({ type, at: AT, by: { id: `${role}-1`, role }, ...payload }) as never;

const EVENTS = LEVEL_ORDER.flatMap((level) => {
  const { convener, required } = LEVEL_RULES[level];
  return [
    ev('HOLD_MEETING', convener, { participants: [...required], minutes: 'm' }),
    ev('RESOLVE', convener, { outcome: 'o' }),
    ...LEVEL_ORDER.map((to) => ev('ESCALATE', convener, { toLevel: to, reason: 'r' })),
  ];
}).concat([
  ev('REQUEST_MEDIATION', 'residents-committee'),
  ev('MEDIATION_CONCLUDED', 'mediation-committee', { agreed: true, record: 'r' }),
  ev('MEDIATION_CONCLUDED', 'mediation-committee', { agreed: false, record: 'r' }),
  ev('TICK', 'system'),
]);

describe('paths', { timeout: 30_000 }, () => {
  it('reach every state and take every event', () => {
    const c = pathCoverage(matterMachine, {
      input: input(),
      events: EVENTS,
      serializeState: ((s: {
        value: unknown;
        context: { level: string; meetings: { level: string }[]; mediations: unknown[] };
      }) =>
        JSON.stringify([
          s.value,
          s.context.level,
          s.context.meetings.at(-1)?.level ?? null,
          s.context.mediations.length > 0,
        ])) as never,
      limit: 20_000,
    });
    expect(c.unreached).toEqual([]);
    expect(c.states).toEqual(machineStatePaths(matterMachine));
    const taken = new Set(c.transitions.map((x) => x.split('-[')[1]?.split(']')[0]));
    expect([...taken].sort()).toEqual([...matterEvents.types].sort());
    for (const t of [
      'open.atLevel -[REQUEST_MEDIATION]-> open.mediation',
      'open.mediation -[MEDIATION_CONCLUDED]-> resolved',
      'open.mediation -[MEDIATION_CONCLUDED]-> open.atLevel',
      'open.atLevel -[RESOLVE]-> resolved',
      'open.atLevel -[ESCALATE]-> open.atLevel',
      'open.atLevel -[TICK]-> open.atLevel',
    ]) {
      expect(c.transitions).toContain(t);
    }
  });
});
