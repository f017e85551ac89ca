import { beijing, defineProfile, national, type Profile, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import type { AgendaItem, AssemblyEmitted } from '../../src/index.js';
import { rollOf, type TestUnit } from '../support.js';
import { CLOSES_AT, ITEMS, OPENS_AT, sheetOf, start, TEN, verdict } from './support.js';

// CC 209 ¶1: "不动产物权的设立、变更、转让和消灭，经依法登记，发生效力；未经登记，不发生效力"
// CC 214: "不动产物权的设立、变更、转让和消灭，依照法律规定应当登记的，自记载于不动产登记簿时发生效力。"
// CC 273 ¶2: "业主转让建筑物内的住宅、经营性用房，其对共有部分享有的共有和共同管理的权利一并转让。"
// SPC 1 ¶1: "依法登记取得或者依据民法典第二百二十九条至第二百三十一条规定取得建筑物专有部分所有权的人，
//   应当认定为民法典第二编第六章所称的业主。"
// SPC 9: "一个专有部分按一人计算。但……同一买受人拥有一个以上专有部分的，按一人计算。"

const STATUTE: AgendaItem[] = [ITEMS[0]!];
/** The register's instant of the transfers below: 04-20 12:00:00. */
const R = '2026-04-20T12:00:00+08:00';
const R_MINUS_1S = '2026-04-20T11:59:59+08:00';
const R_PLUS_1S = '2026-04-20T12:00:01+08:00';
/** When the meeting learns of it: an hour after the register. */
const LEARNT = '2026-04-20T13:00:00+08:00';
const LATER = '2026-04-21T10:00:00+08:00';

function opened(units: readonly TestUnit[] = TEN, items: AgendaItem[] = ITEMS, profile?: Profile) {
  const h = start({}, units, profile);
  expect(verdict(h.call(items))).toBe('ok');
  expect(verdict(h.send('OPEN_VOTE', 'committee', OPENS_AT))).toBe('ok');
  return h;
}

type H = ReturnType<typeof opened>;

const transfer = (
  h: H,
  at: string,
  unitId: string,
  from: string[],
  to: string[],
  registeredAt = R,
) => h.send('RECORD_TRANSFER', 'system', at, { unitId, from, to, registeredAt });

/** A sheet cast by `castBy` for `unitId`. */
const cast = (h: H, at: string, unitId: string, castBy: string, answers: Record<string, string>) =>
  h.send('CAST_BALLOT', 'system', at, {
    sheet: { ...sheetOf(unitId, answers, at), id: `s-${unitId}-${castBy}-${at}`, castBy },
  });

const details = (r: ReturnType<H['send']>) => (r.ok ? undefined : r.rejection.details);

function outcome(h: H, itemId = 'statute') {
  expect(verdict(h.send('CLOSE_VOTE', 'committee', CLOSES_AT))).toBe('ok');
  const o = h.actor.getSnapshot().context.decision?.outcomes.find((x) => x.itemId === itemId);
  if (o === undefined) throw new Error(`no outcome for ${itemId}`);
  return o;
}

describe('a sheet at the register instant (CC 214), the transfer learnt an hour later', () => {
  it('cast at R − 1 s by the old owner: it stands, and the new owner is refused', () => {
    const h = opened();
    expect(verdict(cast(h, R_MINUS_1S, 'u1', 'o-u1', { statute: 'agree' }))).toBe('ok');
    expect(verdict(transfer(h, LEARNT, 'u1', ['o-u1'], ['n-1']))).toBe('ok');
    const r = cast(h, LATER, 'u1', 'n-1', { statute: 'disagree' });
    expect(verdict(r)).toBe('rule-violated:sheet-valid');
    expect(details(r)).toMatchObject({ issue: 'unit-voted-before-transfer', item: 'statute' });
    if (!r.ok) {
      expect(r.rejection.message.en).toMatch(/cast before its transfer was registered/);
      expect(r.rejection.message['zh-CN']).toMatch(/原业主在转移登记.*前已投的票有效/);
    }
    const b = h.actor.getSnapshot().context.ballots;
    expect(b?.transfers[0]?.held).toEqual(['statute']);
    expect(b?.voided).toEqual([]);
    const o = outcome(h);
    expect(o.agree.headcount).toBe(1);
    expect(o.participation).toEqual({ headcount: 1, area: 10_000 });
  });

  it.each([
    ['at R', R],
    ['at R + 1 s', R_PLUS_1S],
  ])(
    'cast %s by the old owner: no longer the owner of record, it is taken out and the new owner votes',
    (_, at) => {
      const h = opened();
      expect(verdict(cast(h, at, 'u1', 'o-u1', { statute: 'agree' }))).toBe('ok');
      expect(verdict(transfer(h, LEARNT, 'u1', ['o-u1'], ['n-1']))).toBe('ok');
      const b = h.actor.getSnapshot().context.ballots;
      expect(b?.transfers[0]?.held).toEqual([]);
      expect(b?.voided).toEqual([
        {
          itemId: 'statute',
          sheetId: `s-u1-o-u1-${at}`,
          unitId: 'u1',
          at,
          reason: 'unit-transferred',
          transferUnitId: 'u1',
        },
      ]);
      expect(verdict(cast(h, LATER, 'u1', 'n-1', { statute: 'disagree' }))).toBe('ok');
      const o = outcome(h);
      expect(o.agree.headcount).toBe(0);
      expect(o.participation).toEqual({ headcount: 1, area: 10_000 });
    },
  );
});

describe('a transfer recorded first, sheets after it', () => {
  function recorded() {
    const h = opened();
    expect(verdict(transfer(h, R, 'u1', ['o-u1'], ['n-1']))).toBe('ok');
    return h;
  }

  it('the old owner is refused from the register instant on, the new owner before it', () => {
    const h = recorded();
    const old = cast(h, R_PLUS_1S, 'u1', 'o-u1', { statute: 'agree' });
    expect(details(old)).toMatchObject({ issue: 'unit-transferred', item: 'statute' });
    // A new owner's sheet dated a second before the registration: not yet the owner of record.
    const early = h.send('CAST_BALLOT', 'system', LATER, {
      sheet: { ...sheetOf('u1', { statute: 'agree' }, R_MINUS_1S), castBy: 'n-1' },
    });
    expect(details(early)).toMatchObject({ issue: 'before-registration' });
    if (!early.ok) expect(early.rejection.message['zh-CN']).toMatch(/新业主自登记时起方为业主/);
    const exact = h.send('CAST_BALLOT', 'system', LATER, {
      sheet: { ...sheetOf('u1', { statute: 'agree' }, R), id: 's-n1-at-r', castBy: 'n-1' },
    });
    expect(verdict(exact)).toBe('ok');
    expect(outcome(h).agree.headcount).toBe(1);
  });

  it('the new owner votes for the unit on every item the old owner had not answered', () => {
    const h = opened();
    // The old owner answered the lift before the registration, not the statute.
    expect(verdict(cast(h, R_MINUS_1S, 'u1', 'o-u1', { lift: 'agree' }))).toBe('ok');
    expect(verdict(transfer(h, LEARNT, 'u1', ['o-u1'], ['n-1']))).toBe('ok');
    expect(h.actor.getSnapshot().context.ballots?.transfers[0]?.held).toEqual(['lift']);
    // A sheet counts whole: one answering both is refused for the lift.
    const both = cast(h, LATER, 'u1', 'n-1', { statute: 'agree', lift: 'disagree' });
    expect(details(both)).toMatchObject({ issue: 'unit-voted-before-transfer', item: 'lift' });
    expect(verdict(cast(h, LATER, 'u1', 'n-1', { statute: 'agree' }))).toBe('ok');
    const statute = outcome(h);
    expect(statute.agree).toEqual({ headcount: 1, area: 10_000 });
    const lift = h.actor.getSnapshot().context.decision?.outcomes.find((o) => o.itemId === 'lift');
    expect(lift?.agree).toEqual({ headcount: 1, area: 10_000 });
  });
});

// S holds u1 (400.00 m²) and u2 (100.00 m²); u3…u10 100.00 m² each, one owner apiece: nine
// persons, 1,300.00 m². CC 278 ¶2's quorum is 2/3 以上 of persons and of area.
const SELLER: TestUnit[] = [
  { id: 'u1', area: 40_000, owners: ['s'] },
  { id: 'u2', area: 10_000, owners: ['s'] },
  ...Array.from({ length: 8 }, (_, i) => ({ id: `u${i + 3}`, area: 10_000 })),
];

describe('persons per SPC 9 after a sale: the seller of one of two units stays a person', () => {
  function sold(to: string) {
    const h = opened(SELLER, STATUTE);
    expect(verdict(transfer(h, R, 'u2', ['s'], [to]))).toBe('ok');
    // The seller answers for the unit kept; owners of u4…u7 answer.
    expect(verdict(cast(h, LATER, 'u1', 's', { statute: 'agree' }))).toBe('ok');
    for (const u of ['u4', 'u5', 'u6', 'u7']) {
      expect(verdict(cast(h, LATER, u, `o-${u}`, { statute: 'agree' }))).toBe('ok');
    }
    return h;
  }

  it('to a new person: ten persons, and six answering are one short of 2/3 (7 of 10 meet it)', () => {
    const h2 = sold('n-1');
    expect(verdict(cast(h2, LATER, 'u3', 'o-u3', { statute: 'agree' }))).toBe('ok');
    // Six persons, 900.00 m² (≥ 866.67): area met, heads 6/10 not.
    const sixB = outcome(h2);
    expect(sixB.participation).toEqual({ headcount: 6, area: 90_000 });
    expect(sixB.quorumMet).toBe(false);

    const h3 = sold('n-1');
    expect(verdict(cast(h3, LATER, 'u3', 'o-u3', { statute: 'agree' }))).toBe('ok');
    expect(verdict(cast(h3, LATER, 'u2', 'n-1', { statute: 'agree' }))).toBe('ok');
    const seven = outcome(h3);
    expect(seven.participation).toEqual({ headcount: 7, area: 100_000 });
    expect(seven.quorumMet).toBe(true);
    expect(seven.electorate).toEqual({ headcount: 10, area: 130_000 });
    expect(h3.actor.getSnapshot().context.roll.units.find((u) => u.id === 'u2')?.owners).toEqual([
      'n-1',
    ]);
  });

  it('to the owner of u3: still nine persons, and six answering are exactly 2/3 (以上: met)', () => {
    const h = sold('o-u3');
    expect(verdict(cast(h, LATER, 'u3', 'o-u3', { statute: 'agree' }))).toBe('ok');
    const o = outcome(h);
    expect(o.electorate).toEqual({ headcount: 9, area: 130_000 });
    // u2 and u3 are one buyer's: 400 + 200 + 400 = 1,000.00 m².
    expect(o.participation).toEqual({ headcount: 6, area: 100_000 });
    expect(o.quorumMet).toBe(true);
  });

  it('the buyer who owns u3 and had answered for it before: that answer now stands for u2 too', () => {
    const h = opened(SELLER, STATUTE);
    expect(verdict(cast(h, '2026-04-19T10:00:00+08:00', 'u3', 'o-u3', { statute: 'agree' }))).toBe(
      'ok',
    );
    expect(verdict(transfer(h, R, 'u2', ['s'], ['o-u3']))).toBe('ok');
    // One person, one vote (SPC 9): a second answer is the same person's revote, not a second head.
    expect(verdict(cast(h, LATER, 'u2', 'o-u3', { statute: 'disagree' }))).toBe('ok');
    const o = outcome(h);
    expect(o.participation).toEqual({ headcount: 1, area: 20_000 });
    expect(o.agree.headcount).toBe(0);
  });
});

// u1 (100.00 m²) and u2 (X) are S's; u3 0.01 m², u4 300.00 m². S and u3 agree, u4 disagrees;
// the buyer of u2 would disagree. Ordinary majority: 过半数 of the participating area.
function areaCase(x: number, sheetAt: string) {
  const units: TestUnit[] = [
    { id: 'u1', area: 10_000, owners: ['s'] },
    { id: 'u2', area: x, owners: ['s'] },
    { id: 'u3', area: 1 },
    { id: 'u4', area: 30_000 },
  ];
  const h = opened(units, STATUTE);
  expect(verdict(cast(h, sheetAt, 'u1', 's', { statute: 'agree' }))).toBe('ok');
  expect(verdict(cast(h, sheetAt, 'u3', 'o-u3', { statute: 'agree' }))).toBe('ok');
  expect(verdict(cast(h, sheetAt, 'u4', 'o-u4', { statute: 'disagree' }))).toBe('ok');
  expect(verdict(transfer(h, LEARNT, 'u2', ['s'], ['n-1']))).toBe('ok');
  cast(h, LATER, 'u2', 'n-1', { statute: 'disagree' });
  return outcome(h);
}

describe('areas are the unit’s, never counted twice (0.01 m² either side of 过半数)', () => {
  it('S answered at R − 1 s, u2 = 200.00 m²: 300.01 agree of 600.01 passes', () => {
    const o = areaCase(20_000, R_MINUS_1S);
    expect(o.participation).toEqual({ headcount: 3, area: 60_001 });
    expect(o.agree.area).toBe(30_001);
    expect(o.passed).toBe(true);
  });

  it('S answered at R − 1 s, u2 = 199.99 m²: 300.00 of 600.00 is exactly half, not 过半数', () => {
    const o = areaCase(19_999, R_MINUS_1S);
    expect(o.participation).toEqual({ headcount: 3, area: 60_000 });
    expect(o.agree.area).toBe(30_000);
    expect(o.passed).toBe(false);
  });

  it('S answered at R: S counts u1 only, the buyer u2 — 100.01 agree of 600.01 fails', () => {
    const o = areaCase(20_000, R);
    expect(o.participation).toEqual({ headcount: 4, area: 60_001 });
    expect(o.agree).toEqual({ headcount: 2, area: 10_001 });
    expect(o.passed).toBe(false);
  });

  it('the seller may not change the held vote from the register instant on, through the unit kept', () => {
    const units: TestUnit[] = [
      { id: 'u1', area: 10_000, owners: ['s'] },
      { id: 'u2', area: 10_000, owners: ['s'] },
      { id: 'u3', area: 10_000 },
    ];
    const h = opened(units, STATUTE);
    expect(verdict(cast(h, R_MINUS_1S, 'u1', 's', { statute: 'agree' }))).toBe('ok');
    expect(verdict(transfer(h, R, 'u2', ['s'], ['n-1']))).toBe('ok');
    const r = cast(h, LATER, 'u1', 's', { statute: 'disagree' });
    expect(details(r)).toMatchObject({ issue: 'unit-voted-before-transfer', item: 'statute' });
    expect(outcome(h).agree).toEqual({ headcount: 1, area: 20_000 });
  });
});

describe('a later-learnt registration that takes out the answer keeping another unit', () => {
  it('releases that unit to its new owner of record', () => {
    // S holds u1 and u2 and answers for u2 at 10:00. u1's sale, registered at 10:01, finds that
    // answer and stays with it; u2's sale, learnt later but registered at 10:00, takes the answer
    // out (S no longer held u2 then), so nothing keeps u1 with S any more.
    const units: TestUnit[] = [
      { id: 'u1', area: 10_000, owners: ['s'] },
      { id: 'u2', area: 10_000, owners: ['s'] },
      { id: 'u3', area: 10_000 },
    ];
    const h = opened(units, STATUTE);
    const t0 = '2026-04-20T10:00:00+08:00';
    expect(verdict(cast(h, t0, 'u2', 's', { statute: 'agree' }))).toBe('ok');
    expect(
      verdict(
        transfer(h, '2026-04-20T10:01:00+08:00', 'u1', ['s'], ['b'], '2026-04-20T10:01:00+08:00'),
      ),
    ).toBe('ok');
    expect(h.actor.getSnapshot().context.ballots?.transfers[0]?.held).toEqual(['statute']);
    expect(verdict(transfer(h, '2026-04-20T10:01:00+08:00', 'u2', ['s'], ['b'], t0))).toBe('ok');
    const b = h.actor.getSnapshot().context.ballots;
    expect(b?.transfers.map((t) => t.held)).toEqual([[], []]);
    expect(b?.voided.map((v) => [v.unitId, v.reason])).toEqual([['u2', 'unit-transferred']]);
    // b now holds both units: one person, 200.00 m².
    expect(verdict(cast(h, LATER, 'u1', 'b', { statute: 'disagree' }))).toBe('ok');
    const o = outcome(h);
    expect(o.electorate).toEqual({ headcount: 2, area: 30_000 });
    expect(o.participation).toEqual({ headcount: 1, area: 20_000 });
    expect(o.agree.headcount).toBe(0);
  });
});

describe('RECORD_TRANSFER is refused, coded and in both languages', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ['a unit not on the roll', { unitId: 'u99' }, 'transfer-unit', /not on the meeting's roll/],
    ['from other than the owners of record', { from: ['x'] }, 'transfer-from-register', /o-u1/],
    ['to the same owners', { to: ['o-u1'] }, 'transfer-from-register', /new owners are the old/],
    [
      'registered after the event (one second)',
      { registeredAt: '2026-04-20T12:00:01+08:00' },
      'transfer-registered',
      /still to come/,
    ],
    [
      'registered at the window’s close',
      { registeredAt: CLOSES_AT },
      'transfer-registered',
      /closed/,
    ],
  ];
  it.each(cases)('%s', (_, o, rule, en) => {
    const h = opened();
    const at = (o.registeredAt as string | undefined) === CLOSES_AT ? CLOSES_AT : R;
    const r = h.send('RECORD_TRANSFER', 'system', at, {
      unitId: 'u1',
      from: ['o-u1'],
      to: ['n-1'],
      registeredAt: R,
      ...o,
    });
    expect(verdict(r)).toBe(`rule-violated:${rule}`);
    if (!r.ok) {
      expect(r.rejection.message.en).toMatch(en);
      expect(r.rejection.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('registered exactly at the event: taken', () => {
    expect(verdict(transfer(opened(), R, 'u1', ['o-u1'], ['n-1'], R))).toBe('ok');
  });

  it('a second transfer of the unit registered before the first: refused; at the same instant: taken', () => {
    const h = opened();
    expect(verdict(transfer(h, LEARNT, 'u1', ['o-u1'], ['n-1']))).toBe('ok');
    const r = transfer(h, LEARNT, 'u1', ['n-1'], ['n-2'], R_MINUS_1S);
    expect(verdict(r)).toBe('rule-violated:transfer-registered');
    expect(details(r)).toMatchObject({ previous: R });
    expect(verdict(transfer(h, LEARNT, 'u1', ['n-1'], ['n-2'], R))).toBe('ok');
  });

  it('the developer’s stock: refused (SPC 1 ¶2: its buyer becomes an owner otherwise)', () => {
    const units: TestUnit[] = [...TEN];
    const h = start({}, units);
    const roll = h.actor.getSnapshot().context.roll;
    const stock = {
      ...roll,
      units: roll.units.map((u, i) =>
        i === 0 ? { ...u, status: 'unsold' as const, owners: [] } : u,
      ),
    };
    const h2 = start({ roll: stock });
    const r = h2.send('RECORD_TRANSFER', 'system', R, {
      unitId: 'u1',
      from: ['developer'],
      to: ['n-1'],
      registeredAt: R,
    });
    expect(verdict(r)).toBe('rule-violated:transfer-unit');
  });

  it('an owner does not record it, and after the count nobody does', () => {
    const h = opened();
    expect(
      verdict(
        h.send('RECORD_TRANSFER', 'owner', R, {
          unitId: 'u1',
          from: ['o-u1'],
          to: ['n-1'],
          registeredAt: R,
        }),
      ),
    ).toBe('not-permitted');
    outcome(h);
    const r = h.send('RECORD_TRANSFER', 'system', CLOSES_AT, {
      unitId: 'u1',
      from: ['o-u1'],
      to: ['n-1'],
      registeredAt: CLOSES_AT,
    });
    expect(verdict(r)).toBe('not-allowed-now');
  });

  it('malformed payloads are refused, never a crash', () => {
    const h = opened();
    for (const payload of [
      { unitId: 'u1', from: [], to: ['n-1'], registeredAt: R },
      { unitId: 'u1', from: ['o-u1'], to: ['x'.repeat(201)], registeredAt: R },
      { unitId: 'u1', from: ['o-u1'], to: ['n-1'], registeredAt: 'yesterday' },
    ]) {
      const r = h.send('RECORD_TRANSFER', 'system', R, payload);
      expect(r.ok).toBe(false);
    }
    expect(h.actor.getSnapshot().status).toBe('active');
  });
});

describe('before voting opens the transfer changes whose the unit is on the roll the votes freeze', () => {
  it('in noticed: the new owner votes, the old one is not an owner', () => {
    const h = start();
    h.call(STATUTE);
    expect(
      verdict(
        transfer(
          h,
          '2026-04-10T10:00:00+08:00',
          'u1',
          ['o-u1'],
          ['n-1'],
          '2026-04-09T10:00:00+08:00',
        ),
      ),
    ).toBe('ok');
    expect(verdict(h.send('OPEN_VOTE', 'committee', OPENS_AT))).toBe('ok');
    expect(details(cast(h, LATER, 'u1', 'o-u1', { statute: 'agree' }))).toMatchObject({
      issue: 'item-refused',
      ballot: 'not-owner',
    });
    expect(verdict(cast(h, LATER, 'u1', 'n-1', { statute: 'agree' }))).toBe('ok');
    expect(outcome(h).agree.headcount).toBe(1);
  });
});

describe('the profile switch', () => {
  it.each([
    ['shanghai', shanghai],
    ['beijing', beijing],
    ['national', national],
  ] as const)('%s: old-ballot-stands, citing CC 214, CC 273 ¶2 and SPC 1 with a note', (_, p) => {
    expect(p.voting.transferDuringWindow?.value).toBe('old-ballot-stands');
    expect(p.voting.transferDuringWindow?.cite).toEqual(['CC-214', 'CC-273-2', 'SPC-1']);
    expect(p.voting.transferDuringWindow?.note?.en).toMatch(/No text governs/);
  });

  it('roll-frozen: the transfer is recorded, the opening’s owner votes and the new owner is refused', () => {
    const frozen = defineProfile({
      ...shanghai,
      id: 'shanghai-roll-frozen',
      voting: {
        ...shanghai.voting,
        transferDuringWindow: { value: 'roll-frozen', cite: ['CC-214'] },
      },
    });
    const h = opened(TEN, STATUTE, frozen);
    expect(verdict(transfer(h, R, 'u1', ['o-u1'], ['n-1']))).toBe('ok');
    expect(h.actor.getSnapshot().context.roll.units[0]?.owners).toEqual(['n-1']);
    expect(details(cast(h, LATER, 'u1', 'n-1', { statute: 'agree' }))).toMatchObject({
      issue: 'roll-frozen',
    });
    expect(verdict(cast(h, LATER, 'u1', 'o-u1', { statute: 'agree' }))).toBe('ok');
    expect(outcome(h).agree.headcount).toBe(1);
  });

  it('a profile written before the switch: old-ballot-stands', () => {
    const { transferDuringWindow: _dropped, ...older } = shanghai.voting;
    const before = defineProfile({ ...shanghai, id: 'shanghai-before-transfers', voting: older });
    const h = opened(TEN, STATUTE, before);
    expect(verdict(transfer(h, R, 'u1', ['o-u1'], ['n-1']))).toBe('ok');
    expect(verdict(cast(h, LATER, 'u1', 'n-1', { statute: 'agree' }))).toBe('ok');
  });
});

describe('the posted result lists rooms and areas only', () => {
  it('no owner id or name of either side of a transfer appears', () => {
    // The roll names the sellers (personal data a roll may hold).
    const named = rollOf(TEN);
    const roll = {
      ...named,
      owners: named.owners.map((o) => (o.id === 'o-u1' ? { ...o, name: '王卖方' } : o)),
    };
    const h = start({ roll });
    expect(verdict(h.call(ITEMS))).toBe('ok');
    expect(verdict(h.send('OPEN_VOTE', 'committee', OPENS_AT))).toBe('ok');
    expect(verdict(cast(h, R_MINUS_1S, 'u1', 'o-u1', { statute: 'agree' }))).toBe('ok');
    expect(verdict(transfer(h, LEARNT, 'u1', ['o-u1'], ['新业主-张'], R))).toBe('ok');
    expect(verdict(transfer(h, LEARNT, 'u2', ['o-u2'], ['n-2'], R))).toBe('ok');
    expect(verdict(cast(h, LATER, 'u2', 'n-2', { statute: 'disagree' }))).toBe('ok');
    outcome(h);
    expect(
      verdict(
        h.send('POST_RESULTS', 'committee', '2026-04-27T10:00:00+08:00', {
          evidence: '公告栏照片',
        }),
      ),
    ).toBe('ok');
    const posted = h.emitted.find(
      (e): e is Extract<AssemblyEmitted, { about: 'assembly-results' }> =>
        e.type === 'post' && e.about === 'assembly-results',
    );
    const json = JSON.stringify(posted?.results);
    for (const id of ['o-u1', 'o-u2', '新业主-张', 'n-2', '王卖方']) expect(json).not.toContain(id);
    expect(JSON.stringify(h.actor.getSnapshot().context.roll)).toContain('王卖方');
    expect(posted?.results[0]?.voters).toEqual([
      { building: '1', room: 'u1', area: 10_000 },
      { building: '1', room: 'u2', area: 10_000 },
    ]);
  });
});
