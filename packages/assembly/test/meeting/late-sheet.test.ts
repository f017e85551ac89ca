// An old owner's paper sheet handed in after the transfer was recorded (RULES VOTE-18): judged
// by the sheet's own date against the register's instant, under the profile's
// `voting.transferDuringWindow` (`old-ballot-stands` in every shipped profile: a ballot the old
// owner cast before the transfer stands, otherwise the new owner of record may vote).
//
// CC 214: "不动产物权的设立、变更、转让和消灭，依照法律规定应当登记的，自记载于不动产登记簿时发生效力。"
// — one second before the register's instant the seller is still the owner, and a ballot they
// cast then is an owner's ballot; from that instant on the buyer is.
// CC 273 ¶2: "业主转让建筑物内的住宅、经营性用房，其对共有部分享有的共有和共同管理的权利一并转让。"
import { DEFAULT_PROFILE, defineProfile, type Profile, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { tallySheets } from '../../src/index.js';
import { rollOf } from '../support.js';
import { CLOSES_AT, ITEMS, OPENS_AT, sheetOf, start, TEN, verdict } from './support.js';

/** The register's instant of u1's sale to n-1; the meeting records it an hour later. */
const R = '2026-04-20T09:00:00+08:00';
const RECORDED = '2026-04-20T10:00:00+08:00';
const ONE_SECOND_BEFORE = '2026-04-20T08:59:59+08:00';
const BUYER_ANSWERS = '2026-04-20T11:00:00+08:00';
/** The seller's paper sheet reaches the committee the next day. */
const RECEIVED = '2026-04-21T10:00:00+08:00';

const transfer = { unitId: 'u1', from: ['o-u1'], to: ['n-1'], registeredAt: R };
const buyerSheet = { ...sheetOf('u1', { statute: 'disagree' }, BUYER_ANSWERS), castBy: 'n-1' };
const sellerSheet = (dated: string) => ({
  ...sheetOf('u1', { statute: 'agree', lift: 'agree' }, dated),
  id: `seller-${dated}`,
});

function run(dated: string, profile?: Profile) {
  const h = start({}, undefined, profile);
  h.call();
  expect(verdict(h.send('OPEN_VOTE', 'committee', OPENS_AT))).toBe('ok');
  expect(verdict(h.send('RECORD_TRANSFER', 'system', RECORDED, transfer))).toBe('ok');
  // Nobody had answered for u1: the unit passed to n-1 on every item, who answers the statute
  // (refused where the profile keeps the opening's roll).
  expect(h.actor.getSnapshot().context.ballots?.transfers[0]?.held).toEqual([]);
  const buyer = h.send('CAST_BALLOT', 'system', BUYER_ANSWERS, { sheet: buyerSheet });
  expect(verdict(buyer)).toBe(profile === undefined ? 'ok' : 'rule-violated:sheet-valid');
  const late = h.send('CAST_BALLOT', 'committee', RECEIVED, { sheet: sellerSheet(dated) });
  expect(verdict(h.send('CLOSE_VOTE', 'committee', CLOSES_AT))).toBe('ok');
  return { h, late, context: h.actor.getSnapshot().context };
}

describe('an old owner’s paper sheet received after the transfer was recorded', () => {
  it('dated one second before the registration: it stands, and the buyer’s answer gives way', () => {
    const { late, context } = run(ONE_SECOND_BEFORE);
    expect(verdict(late)).toBe('ok');
    const ballots = context.ballots!;
    // The transfer now keeps u1 with the seller on both items the sheet answers.
    expect(ballots.transfers[0]?.held).toEqual(['statute', 'lift']);
    expect(ballots.voided).toEqual([
      {
        itemId: 'statute',
        sheetId: buyerSheet.id,
        unitId: 'u1',
        at: BUYER_ANSWERS,
        reason: 'unit-voted-before-transfer',
        transferUnitId: 'u1',
      },
    ]);
    // Statute: one voter (u1, the seller, agree) of ten; lift (part B1): one of five.
    const [statute, lift] = context.decision!.outcomes;
    expect([statute?.participation.headcount, statute?.agree.headcount]).toEqual([1, 1]);
    expect([lift?.participation.headcount, lift?.agree.headcount]).toEqual([1, 1]);
    // The roll still follows the register: u1 is n-1's for later meetings (CC 214).
    expect(context.roll.units.find((u) => u.id === 'u1')?.owners).toEqual(['n-1']);
  });

  it('dated at the registration’s second: refused, the unit is the buyer’s', () => {
    const { late, context } = run(R);
    expect(verdict(late)).toBe('rule-violated:sheet-valid');
    expect(!late.ok && late.rejection.details).toMatchObject({
      issue: 'unit-transferred',
      item: 'statute',
    });
    expect(!late.ok && late.rejection.message['zh-CN']).toContain('u1');
    const ballots = context.ballots!;
    expect(ballots.transfers[0]?.held).toEqual([]);
    expect(ballots.voided).toEqual([]);
    const [statute] = context.decision!.outcomes;
    expect([statute?.participation.headcount, statute?.agree.headcount]).toEqual([1, 0]);
  });

  it('under roll-frozen the opening’s roll decides: the seller’s sheet counts, dated either side', () => {
    const frozen = defineProfile({
      ...shanghai,
      id: 'shanghai-roll-frozen',
      voting: {
        ...shanghai.voting,
        transferDuringWindow: { value: 'roll-frozen', cite: ['CC-214'] },
      },
    });
    for (const dated of [ONE_SECOND_BEFORE, R]) {
      const { late, context } = run(dated, frozen);
      expect(verdict(late)).toBe('ok');
      expect(context.ballots?.transfers[0]?.effect).toBe('roll-frozen');
      expect(context.ballots?.voided).toEqual([]);
      expect(context.decision?.outcomes[0]?.agree.headcount).toBe(1);
    }
  });

  it('a refused late sheet leaves the votes as they were (a sheet counts whole)', () => {
    const h = start();
    h.call();
    h.send('OPEN_VOTE', 'committee', OPENS_AT);
    h.send('RECORD_TRANSFER', 'system', RECORDED, transfer);
    h.send('CAST_BALLOT', 'system', BUYER_ANSWERS, { sheet: buyerSheet });
    const before = h.actor.getSnapshot().context.ballots;
    // Dated before the registration but answering an item not on the agenda: refused whole.
    const bad = { ...sellerSheet(ONE_SECOND_BEFORE), answers: { statute: 'agree', x: 'agree' } };
    const refused = h.send('CAST_BALLOT', 'committee', RECEIVED, { sheet: bad });
    expect(!refused.ok && refused.rejection.details).toMatchObject({ issue: 'unknown-item' });
    expect(h.actor.getSnapshot().context.ballots).toEqual(before);
  });

  it('tallySheets with the sheet’s receipt counts both sides as the meeting does', () => {
    for (const [dated, agree] of [
      [ONE_SECOND_BEFORE, 1],
      [R, 0],
    ] as const) {
      const t = tallySheets({
        items: ITEMS,
        roll: rollOf(TEN),
        profile: DEFAULT_PROFILE,
        sheets: [buyerSheet, sellerSheet(dated)],
        receivedAt: { [sellerSheet(dated).id]: RECEIVED },
        transfers: [{ ...transfer, recordedAt: RECORDED }],
        opensAt: OPENS_AT,
        closesAt: CLOSES_AT,
      });
      const { h, context } = run(dated);
      expect(t.results.map((r) => r.result.counts.agree.headcount)).toEqual([agree, agree]);
      expect(t.voided).toEqual(context.ballots?.voided);
      expect(t.transfers.map((x) => x.held)).toEqual(context.ballots?.transfers.map((x) => x.held));
      expect(t.results.map((r) => r.result.participation)).toEqual(
        context.decision?.outcomes.map((o) => o.participation),
      );
      h.actor.stop();
    }
  });
});
