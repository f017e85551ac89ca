// A unit transferred twice during the voting window (RULES VOTE-18): A → B registered at t1,
// B → C at t2. A late paper sheet is judged by its own date against the register's instants:
// the owner of record at the sheet's date answers for the unit, and their answer stands over the
// answers of every later owner for the same item (those are taken out); the answer of the owner
// of record at the earliest date prevails, so a later owner's late sheet cannot undo an earlier
// owner's answer. At a registration's very second the unit is the buyer's.
//
// CC 214: "不动产物权的设立、变更、转让和消灭，依照法律规定应当登记的，自记载于不动产登记簿时发生效力。"
// CC 273 ¶2: "业主转让建筑物内的住宅、经营性用房，其对共有部分享有的共有和共同管理的权利一并转让。"
import { DEFAULT_PROFILE } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { itemResults, tallySheets } from '../../src/index.js';
import { rollOf } from '../support.js';
import { CLOSES_AT, ITEMS, OPENS_AT, sheetOf, start, TEN, verdict } from './support.js';

/** u1: A (o-u1) → B (n-1) registered at T1; B → C (n-2) at T2; each recorded an hour later. */
const T1 = '2026-04-18T09:00:00+08:00';
const T2 = '2026-04-22T09:00:00+08:00';
const BEFORE_T1 = '2026-04-18T08:59:59+08:00';
const BEFORE_T2 = '2026-04-22T08:59:59+08:00';
const AB = { unitId: 'u1', from: ['o-u1'], to: ['n-1'], registeredAt: T1 };
const BC = { unitId: 'u1', from: ['n-1'], to: ['n-2'], registeredAt: T2 };
const AB_RECORDED = '2026-04-18T10:00:00+08:00';
const BC_RECORDED = '2026-04-22T10:00:00+08:00';
/** The late sheets reach the committee on 04-24. */
const RECEIVED = '2026-04-24T10:00:00+08:00';

type Step =
  | { readonly transfer: typeof AB; readonly recordedAt: string }
  | { readonly sheet: ReturnType<typeof sheetOf>; readonly receivedAt: string };

/** B answers the lift (part B1) in time through the system, after AB was recorded. */
const bOnTime = {
  sheet: { ...sheetOf('u1', { lift: 'disagree' }, '2026-04-20T10:00:00+08:00'), castBy: 'n-1' },
  receivedAt: '2026-04-20T10:00:00+08:00',
};
/** C answers the statute after BC was recorded. */
const cOnTime = {
  sheet: { ...sheetOf('u1', { statute: 'disagree' }, '2026-04-22T11:00:00+08:00'), castBy: 'n-2' },
  receivedAt: '2026-04-22T11:00:00+08:00',
};
const late = (castBy: string, dated: string, answers: Record<string, string>) => ({
  sheet: { ...sheetOf('u1', answers, dated), id: `late-${castBy}-${dated}`, castBy },
  receivedAt: RECEIVED,
});
const transfers: Step[] = [
  { transfer: AB, recordedAt: AB_RECORDED },
  { transfer: BC, recordedAt: BC_RECORDED },
];

/** The meeting fed the steps in order, and the offline count of the same steps. */
function run(steps: readonly Step[]) {
  const h = start();
  h.call();
  expect(verdict(h.send('OPEN_VOTE', 'committee', OPENS_AT))).toBe('ok');
  const results = steps.map((s) =>
    'transfer' in s
      ? h.send('RECORD_TRANSFER', 'system', s.recordedAt, s.transfer)
      : h.send('CAST_BALLOT', 'committee', s.receivedAt, { sheet: s.sheet }),
  );
  expect(verdict(h.send('CLOSE_VOTE', 'committee', CLOSES_AT))).toBe('ok');
  const context = h.actor.getSnapshot().context;
  const offline = tallySheets({
    items: ITEMS,
    roll: rollOf(TEN),
    profile: DEFAULT_PROFILE,
    sheets: steps.flatMap((s) => ('sheet' in s ? [s.sheet] : [])),
    receivedAt: Object.fromEntries(
      steps.flatMap((s) => ('sheet' in s ? [[s.sheet.id, s.receivedAt]] : [])),
    ),
    transfers: steps.flatMap((s) =>
      'transfer' in s ? [{ ...s.transfer, recordedAt: s.recordedAt }] : [],
    ),
    opensAt: OPENS_AT,
    closesAt: CLOSES_AT,
  });
  // The offline count equals the machine's, answer for answer.
  const ballots = context.ballots!;
  expect(offline.voided).toEqual(ballots.voided);
  expect(offline.transfers.map((t) => t.held)).toEqual(ballots.transfers.map((t) => t.held));
  expect(offline.results.map((r) => r.result)).toEqual(itemResults(ballots).map((r) => r.result));
  expect(offline.accepted).toBe(ballots.sheets.length);
  h.actor.stop();
  return { last: results.at(-1)!, ballots, context, offline };
}

const issueOf = (r: ReturnType<typeof run>['last']) =>
  r.ok ? 'ok' : String(r.rejection.details?.issue);
const headcounts = (c: ReturnType<typeof run>['context'], i: number) => {
  const o = itemResults(c.ballots!)[i]!.result;
  return [o.participation.headcount, o.counts.agree.headcount, o.counts.disagree.headcount];
};

describe('a late sheet of the middle owner B (owner of record from T1 to T2)', () => {
  it('dated T2 − 1 s: it stands, and C’s answer on the statute is taken out', () => {
    const { last, ballots, context } = run([
      ...transfers,
      cOnTime,
      late('n-1', BEFORE_T2, { statute: 'agree' }),
    ]);
    expect(issueOf(last)).toBe('ok');
    // AB holds nothing (A never answered); BC keeps the unit with B on the statute.
    expect(ballots.transfers.map((t) => t.held)).toEqual([[], ['statute']]);
    expect(ballots.voided).toEqual([
      {
        itemId: 'statute',
        sheetId: cOnTime.sheet.id,
        unitId: 'u1',
        at: cOnTime.sheet.at,
        reason: 'unit-voted-before-transfer',
        transferUnitId: 'u1',
      },
    ]);
    // Statute: one voter of ten (u1, B, agree).
    expect(headcounts(context, 0)).toEqual([1, 1, 0]);
    // The roll follows the register: u1 is C's for later meetings.
    expect(context.roll.units.find((u) => u.id === 'u1')?.owners).toEqual(['n-2']);
  });

  it('dated T2: refused `unit-transferred`, C’s answer stays', () => {
    const { last, ballots, context } = run([
      ...transfers,
      cOnTime,
      late('n-1', T2, { statute: 'agree' }),
    ]);
    expect(issueOf(last)).toBe('unit-transferred');
    expect(!last.ok && last.rejection.details).toMatchObject({ item: 'statute' });
    expect(ballots.voided).toEqual([]);
    expect(headcounts(context, 0)).toEqual([1, 0, 1]);
  });

  it('dated T1: it stands (B is the owner of record from that second on)', () => {
    const { last, ballots } = run([...transfers, cOnTime, late('n-1', T1, { statute: 'agree' })]);
    expect(issueOf(last)).toBe('ok');
    expect(ballots.voided.map((v) => v.sheetId)).toEqual([cOnTime.sheet.id]);
  });

  it('dated T1 − 1 s: refused `before-registration` (B was not yet the owner)', () => {
    const { last, ballots } = run([
      ...transfers,
      cOnTime,
      late('n-1', BEFORE_T1, { statute: 'agree' }),
    ]);
    expect(issueOf(last)).toBe('before-registration');
    expect(ballots.voided).toEqual([]);
  });
});

describe('a late sheet of the first owner A (owner of record until T1)', () => {
  it('dated T1 − 1 s: it stands over both later owners, B’s answer and C’s taken out', () => {
    const { last, ballots, context } = run([
      { transfer: AB, recordedAt: AB_RECORDED },
      bOnTime,
      { transfer: BC, recordedAt: BC_RECORDED },
      cOnTime,
      late('o-u1', BEFORE_T1, { statute: 'agree', lift: 'agree' }),
    ]);
    expect(issueOf(last)).toBe('ok');
    // B's lift answer (before T2) had kept the unit with B on the lift: BC held it. A's sheet now
    // holds both items on both transfers.
    expect(ballots.transfers.map((t) => t.held)).toEqual([
      ['statute', 'lift'],
      ['lift', 'statute'],
    ]);
    expect(ballots.voided.map((v) => [v.itemId, v.sheetId, v.reason])).toEqual([
      ['statute', cOnTime.sheet.id, 'unit-voted-before-transfer'],
      ['lift', bOnTime.sheet.id, 'unit-voted-before-transfer'],
    ]);
    expect(headcounts(context, 0)).toEqual([1, 1, 0]);
    expect(headcounts(context, 1)).toEqual([1, 1, 0]);
  });

  it('dated T1: refused `unit-transferred` (the unit is B’s from that second)', () => {
    const { last, ballots, context } = run([
      { transfer: AB, recordedAt: AB_RECORDED },
      bOnTime,
      { transfer: BC, recordedAt: BC_RECORDED },
      cOnTime,
      late('o-u1', T1, { statute: 'agree' }),
    ]);
    expect(issueOf(last)).toBe('unit-transferred');
    expect(!last.ok && last.rejection.details).toMatchObject({ item: 'statute' });
    expect(ballots.voided).toEqual([]);
    expect(headcounts(context, 0)).toEqual([1, 0, 1]);
    expect(headcounts(context, 1)).toEqual([1, 0, 1]);
  });

  it('once A’s answer stands, B’s late sheet on the same item is refused', () => {
    const { last, ballots } = run([
      ...transfers,
      late('o-u1', BEFORE_T1, { statute: 'agree' }),
      late('n-1', BEFORE_T2, { statute: 'disagree' }),
    ]);
    expect(issueOf(last)).toBe('unit-voted-before-transfer');
    expect(ballots.transfers.map((t) => t.held)).toEqual([['statute'], ['statute']]);
  });

  it('B’s late sheet on another item still stands over C', () => {
    const { last, ballots } = run([
      ...transfers,
      late('o-u1', BEFORE_T1, { statute: 'agree' }),
      { ...late('n-1', BEFORE_T2, { lift: 'disagree' }) },
    ]);
    expect(issueOf(last)).toBe('ok');
    expect(ballots.transfers.map((t) => t.held)).toEqual([['statute'], ['statute', 'lift']]);
  });
});
