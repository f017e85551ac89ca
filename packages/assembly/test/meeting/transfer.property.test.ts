// Random transfers interleaved with sheets: no unit counted twice, and each item's totals equal a
// recount by hand from the answers that stand, on the persons of the final roll.
//
// CC 214: "不动产物权的设立、变更、转让和消灭，依照法律规定应当登记的，自记载于不动产登记簿时发生效力。"
// CC 273 ¶2: "业主转让建筑物内的住宅、经营性用房，其对共有部分享有的共有和共同管理的权利一并转让。"
// SPC 9: "一个专有部分按一人计算。但……同一买受人拥有一个以上专有部分的，按一人计算。"
import { type Ballot, dispatch, epochMillisOf } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { type AgendaItem, assemblyMachine } from '../../src/index.js';
import { assemblyInvariants } from '../../src/testing/index.js';
import type { TestUnit } from '../support.js';
import { CALL_AT, CLOSES_AT, meetingInput, OPENS_AT } from './support.js';

const ITEMS: AgendaItem[] = [
  { id: 'statute', kind: 'management-statute', title: 'statute' },
  { id: 'lift', kind: 'use-maintenance-fund', title: 'lift', part: 'B1' },
];
const PEOPLE = ['a', 'b', 'c', 'd', 'e', 'n1', 'n2', 'n3'];
const UNITS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'];
const INITIAL: Record<string, string> = { u1: 'a', u2: 'a', u3: 'b', u4: 'c', u5: 'd', u6: 'e' };
const CHOICES = ['agree', 'disagree', 'abstain'] as const;
const MINUTE = 60_000;
const opens = epochMillisOf(OPENS_AT);
const iso = (ms: number) => new Date(ms).toISOString();

type Step =
  | {
      readonly kind: 'sheet';
      readonly gap: number;
      readonly back: number;
      readonly unit: number;
      readonly caster: number;
      readonly answers: readonly (number | null)[];
    }
  | {
      readonly kind: 'transfer';
      readonly gap: number;
      readonly back: number;
      readonly unit: number;
      readonly to: number;
    };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('sheet' as const),
      gap: fc.integer({ min: 0, max: 120 }),
      back: fc.integer({ min: 0, max: 180 }),
      unit: fc.nat(UNITS.length - 1),
      // 0–3: the owner of record now; 4–5: the unit's last seller; then anyone.
      caster: fc.nat(PEOPLE.length + 5),
      answers: fc.tuple(fc.option(fc.nat(2)), fc.option(fc.nat(2))),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('transfer' as const),
      gap: fc.integer({ min: 0, max: 120 }),
      back: fc.integer({ min: 0, max: 180 }),
      unit: fc.nat(UNITS.length - 1),
      to: fc.nat(PEOPLE.length - 1),
    }),
    weight: 1,
  },
);

const areas = fc.tuple(...UNITS.map(() => fc.integer({ min: 1, max: 50_000 })));

function run(steps: readonly Step[], unitAreas: readonly number[]) {
  const units: TestUnit[] = UNITS.map((id, i) => ({
    id,
    area: unitAreas[i]!,
    owners: [INITIAL[id]!],
    parts: i < 3 ? ['B1'] : [],
  }));
  const actor = createActor(assemblyMachine, {
    input: meetingInput({}, units),
  }).start();
  const send = (type: string, role: string, at: string, payload: Record<string, unknown> = {}) =>
    dispatch(actor, { type, at, by: { id: `${role}-1`, role }, ...payload });
  send('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-03-30T10:00:00+08:00');
  send('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', 'committee', '2026-03-31T10:00:00+08:00', {
    meetingAt: OPENS_AT,
    place: 'p',
    agenda: 'a',
  });
  send('CALL_ASSEMBLY', 'committee', CALL_AT, {
    opensAt: OPENS_AT,
    closesAt: CLOSES_AT,
    place: 'p',
    form: 'written-consultation',
    items: ITEMS,
  });
  expect(send('OPEN_VOTE', 'committee', OPENS_AT).ok).toBe(true);
  const casterOf = (pick: number, unitId: string): string => {
    const current = actor.getSnapshot().context.roll.units.find((u) => u.id === unitId)!.owners[0]!;
    if (pick < 4) return current;
    if (pick < 6) {
      const sold = actor.getSnapshot().context.transfers.filter((t) => t.unitId === unitId);
      return sold.at(-1)?.from[0] ?? current;
    }
    return PEOPLE[pick - 6]!;
  };
  // The register as the test keeps it: each unit's owners from an instant on.
  const register = new Map(UNITS.map((u) => [u, [{ from: -Infinity, owner: INITIAL[u]! }]]));
  let now = opens + 3 * 60 * MINUTE;
  let previous = actor.getSnapshot();
  steps.forEach((s, n) => {
    now += s.gap * MINUTE;
    const at = iso(now);
    const back = iso(Math.max(opens, now - s.back * MINUTE));
    const unitId = UNITS[s.unit]!;
    if (s.kind === 'transfer') {
      const owner = actor.getSnapshot().context.roll.units.find((u) => u.id === unitId)!.owners;
      const r = send('RECORD_TRANSFER', 'system', at, {
        unitId,
        from: owner,
        to: [PEOPLE[s.to]!],
        registeredAt: back,
      });
      if (r.ok) register.get(unitId)!.push({ from: epochMillisOf(back), owner: PEOPLE[s.to]! });
    } else {
      const answers: Record<string, string> = {};
      s.answers.forEach((a, i) => {
        if (a !== null) answers[ITEMS[i]!.id] = CHOICES[a]!;
      });
      if (Object.keys(answers).length === 0) answers.statute = 'abstain';
      send('CAST_BALLOT', 'system', at, {
        sheet: {
          id: `s${n}`,
          unitId,
          castBy: casterOf(s.caster, unitId),
          channel: 'paper',
          at: back,
          answers,
        },
      });
    }
    const after = actor.getSnapshot();
    for (const inv of assemblyInvariants) {
      const verdict = inv.check(after, previous, { index: n, input: s, result: undefined });
      if (verdict !== true) throw new Error(`${inv.name}: ${String(verdict)}`);
    }
    previous = after;
  });
  expect(send('CLOSE_VOTE', 'committee', CLOSES_AT).ok).toBe(true);
  return { snapshot: actor.getSnapshot(), register };
}

/** The owner of record of `unitId` at `ms` (the last registration at or before it). */
function ownerAt(
  register: Map<string, { from: number; owner: string }[]>,
  unitId: string,
  ms: number,
) {
  const entries = register.get(unitId)!.filter((e) => e.from <= ms);
  return entries.at(-1)!.owner;
}

describe('transfers interleaved with sheets', { timeout: 120_000 }, () => {
  it('count every unit once, only answers of the owner of record at their instant, and the totals of a recount', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), areas, (steps, unitAreas) => {
        const { snapshot, register } = run(steps, unitAreas);
        const ballots = snapshot.context.ballots!;
        for (const item of ITEMS) {
          const vote = ballots.votes[item.id]!;
          const result = vote.result!;
          // The item's units and the persons of its final roll (one owner per unit here).
          const rows = vote.roll.units.filter(
            (u) => item.part === undefined || u.parts.includes(item.part),
          );
          const personOf = new Map(rows.map((u) => [u.id, u.owners.join('+')]));
          const personArea = new Map<string, number>();
          for (const u of rows) {
            const key = personOf.get(u.id)!;
            personArea.set(key, (personArea.get(key) ?? 0) + (u.areas.register ?? 0));
          }
          expect(result.electorate.headcount).toBe(personArea.size);
          expect(result.electorate.area).toBe(
            rows.reduce((sum, u) => sum + (u.areas.register ?? 0), 0),
          );
          // Each answer that stands was cast by the owner of record of its unit at its instant.
          for (const b of vote.ballots) {
            expect(b.castBy).toBe(ownerAt(register, b.unitId, epochMillisOf(b.at)));
          }
          // The recount: each person's latest answer (last wins; ties by ballot id).
          const latest = new Map<string, Ballot>();
          for (const b of vote.ballots) {
            const key = personOf.get(b.unitId)!;
            const prev = latest.get(key);
            const later =
              prev === undefined ||
              epochMillisOf(b.at) > epochMillisOf(prev.at) ||
              (epochMillisOf(b.at) === epochMillisOf(prev.at) && b.id > prev.id);
            if (later) latest.set(key, b);
          }
          for (const choice of CHOICES) {
            const chosen = [...latest].filter(([, b]) => b.choice === choice);
            expect(result.counts[choice]).toEqual({
              headcount: chosen.length,
              area: chosen.reduce((sum, [key]) => sum + personArea.get(key)!, 0),
            });
          }
          // An answer of the owner of record at its instant is taken out only when it would
          // change the vote a sold unit's earlier answer fixed (cast from that registration on).
          for (const v of ballots.voided.filter((x) => x.itemId === item.id)) {
            const sheet = ballots.sheets.find((x) => x.id === v.sheetId)!;
            const owner = ownerAt(register, v.unitId, epochMillisOf(v.at));
            if (v.reason === 'unit-transferred') expect(sheet.castBy).not.toBe(owner);
            else {
              const sold = ballots.transfers.filter((t) => t.unitId === v.transferUnitId);
              expect(sold.some((t) => epochMillisOf(v.at) >= epochMillisOf(t.registeredAt))).toBe(
                true,
              );
            }
          }
          // No unit counted twice: participation never above the electorate.
          expect(result.participation.area).toBeLessThanOrEqual(result.electorate.area);
          // A unit kept by an old owner's answer: that owner's person answered before the registration.
          for (const t of ballots.transfers.filter((x) => x.held.includes(item.id))) {
            const keeper = personOf.get(t.unitId);
            const before = vote.ballots.some(
              (b) =>
                personOf.get(b.unitId) === keeper &&
                epochMillisOf(b.at) < epochMillisOf(t.registeredAt),
            );
            expect(before, `${item.id}: ${t.unitId} kept without an earlier answer`).toBe(true);
          }
        }
      }),
      { numRuns: 300, seed: 16 },
    );
  });
});
