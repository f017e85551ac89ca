// The coordinator keeps a complex's record of its rules of procedure (RULES VOTE-19) from its
// assembly meetings and starts each meeting under the version in force at its start.
// CC 278 ¶1: "下列事项由业主共同决定：（一）制定和修改业主大会议事规则；（二）制定和修改管理规约；…"
// A decision binds from when it is made (CC 280 ¶1: "业主大会或者业主委员会的决定，对业主具有法律
// 约束力"): a meeting started at the decision's second runs under it, one started a second
// earlier does not.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Complex } from '../src/index.js';
import { D, ev, ROLL, tempHost } from './support.js';

let t: Awaited<ReturnType<typeof tempHost>>;
let complex: Complex;
beforeEach(async () => {
  t = await tempHost();
  complex = new Complex({ host: t.host, complexId: 'c1', streetId: 'street-1' });
});
afterEach(async () => t.close());

const ROP = {
  id: 'rop',
  kind: 'rules-of-procedure',
  title: '制定业主大会议事规则',
  proposed: {
    version: 1,
    text: { reference: 'rop-v1' },
    settings: { electronicVoting: true },
  },
};
const CLOSES_AT = D('2026-04-30T18:00:00');

async function decideRules(): Promise<string> {
  const a = await complex.start(
    'assembly',
    { meetingId: 'a1', kind: 'regular', roll: ROLL, startedAt: D('2026-04-01T09:00:00') },
    'a1',
  );
  if (!a.ok) throw new Error(JSON.stringify(a.rejection));
  const steps = [
    ev('REPORT_TO_PARTY_ORGANISATION', 'committee', D('2026-04-01T10:00:00')),
    ev('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', 'committee', D('2026-04-01T11:00:00'), {
      meetingAt: D('2026-04-20T09:00:00'),
      place: '会所',
      agenda: '制定业主大会议事规则',
    }),
    ev('CALL_ASSEMBLY', 'committee', D('2026-04-02T10:00:00'), {
      opensAt: D('2026-04-20T09:00:00'),
      closesAt: CLOSES_AT,
      place: '会所',
      form: 'written-consultation',
      items: [ROP],
    }),
    ev('OPEN_VOTE', 'committee', D('2026-04-20T09:00:00')),
    // Seven of ten owners agree: 7·3 = 21 ≥ 20 (quorum 2/3 以上), 7 of 7 agree (过半数).
    ...[1, 2, 3, 4, 5, 6, 7].map((i) =>
      ev('CAST_BALLOT', 'system', D(`2026-04-2${i % 9}T10:00:00`), {
        sheet: {
          id: `s${i}`,
          unitId: `u${i}`,
          castBy: `o${i}`,
          channel: 'paper',
          at: D(`2026-04-2${i % 9}T10:00:00`),
          answers: { rop: 'agree' },
        },
      }),
    ),
    ev('CLOSE_VOTE', 'committee', CLOSES_AT),
  ];
  for (const e of steps) {
    const r = await complex.sendTrusted(a.processId, e);
    if (!r.ok) throw new Error(`${String(e.type)}: ${JSON.stringify(r.rejection)}`);
  }
  return a.processId;
}

const contextOf = async (processId: string) =>
  (await complex.processes()).find((p) => p.processId === processId)?.context as {
    rules: { version: number } | null;
    electronicAdopted: boolean;
  };

describe('the coordinator starts assembly meetings under the rules in force (VOTE-19)', () => {
  it('starts a meeting at the decision’s second under it, and one a second earlier under none', async () => {
    await decideRules();
    const later = await complex.start(
      'assembly',
      { meetingId: 'a2', kind: 'regular', roll: ROLL, startedAt: CLOSES_AT },
      'a2',
    );
    const earlier = await complex.start(
      'assembly',
      { meetingId: 'a3', kind: 'regular', roll: ROLL, startedAt: D('2026-04-30T17:59:59') },
      'a3',
    );
    if (!later.ok || !earlier.ok) throw new Error('start');
    const l = await contextOf(later.processId);
    expect(l.rules).toEqual({ version: 1, settings: { electronicVoting: true } });
    expect(l.electronicAdopted).toBe(true);
    const e = await contextOf(earlier.processId);
    expect(e.rules).toBeNull();
    expect(e.electronicAdopted).toBe(false);
  });
});
