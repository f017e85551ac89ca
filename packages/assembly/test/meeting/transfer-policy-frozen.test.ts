// A vote keeps the transfer policy it opened with (voting.transferDuringWindow), like its bars,
// while the law it follows changes during the window. No text held under docs/law/ changes the
// switch, so the Shanghai history is replaced here by one with an extra edition from 2026-04-20
// that freezes the roll (`roll-frozen`); every shipped edition says `old-ballot-stands`.
//
// CC 214: "不动产物权的设立、变更、转让和消灭，依照法律规定应当登记的，自记载于不动产登记簿时发生
// 效力。" CC 273 ¶2: "业主转让建筑物内的住宅、经营性用房，其对共有部分享有的共有和共同管理的权利一并
// 转让。" — the texts do not say what a transfer during an open vote does; the profile's switch does,
// as it stood when the vote opened.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { type AgendaItem, assemblyMachine } from '../../src/index.js';
import { rollOf } from '../support.js';

// Hoisted above the imports, so the shared setup is loaded inside the factory.
vi.mock('../../../core/src/profiles/history/shanghai.js', async (importOriginal) => {
  const { withExtraEdition } = await import('../../../core/test/support/extra-edition.js');
  return withExtraEdition(importOriginal, {
    heldFrom: '2026-03-23',
    from: '2026-04-20',
    change: (held) => ({
      voting: {
        ...held.voting,
        transferDuringWindow: { value: 'roll-frozen', cite: ['CC-214'] },
      } as typeof held.voting,
    }),
    summary: {
      'zh-CN': '测试：表决期间不动产转让不变更名册',
      en: 'Test: transfers leave the roll frozen',
    },
  });
});

const ROLL = rollOf([
  { id: 'u1', area: 10_000 },
  { id: 'u2', area: 10_000 },
  { id: 'u3', area: 10_000 },
]);
const ITEM: AgendaItem = { id: 'statute', kind: 'management-statute', title: '修改管理规约' };
const CLOSES_AT = '2026-04-26T17:00:00+08:00';

/** A meeting following Shanghai's law whose votes open at `opensAt`. */
function meeting(opensAt: string) {
  const actor = createActor(assemblyMachine, {
    input: {
      meetingId: 'm-policy',
      kind: 'regular',
      roll: ROLL,
      startedAt: '2026-03-24T09:00:00+08:00',
      profile: { follows: 'shanghai' },
    },
  }).start();
  const send = (type: string, role: string, at: string, payload: Record<string, unknown> = {}) =>
    dispatch(actor, { type, at, by: { id: `${role}-1`, role }, ...payload });
  const must = (r: ReturnType<typeof send>) => {
    if (!r.ok) throw new Error(`refused: ${r.rejection.code} ${r.rejection.message.en}`);
  };
  must(send('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-03-30T10:00:00+08:00'));
  must(
    send(
      'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
      'committee',
      '2026-03-31T10:00:00+08:00',
      {
        meetingAt: opensAt,
        place: '会所',
        agenda: '修改管理规约',
      },
    ),
  );
  must(
    send('CALL_ASSEMBLY', 'committee', '2026-04-01T10:00:00+08:00', {
      opensAt,
      closesAt: CLOSES_AT,
      place: '会所',
      form: 'written-consultation',
      items: [ITEM],
    }),
  );
  must(send('OPEN_VOTE', 'committee', opensAt));
  const context = () => actor.getSnapshot().context;
  // u2 passes from o-u2 to n-2, registered on 04-21 09:00, recorded an hour later; o-u2 had not
  // answered, so under old-ballot-stands the new owner of record answers for u2.
  const transfer = () =>
    send('RECORD_TRANSFER', 'system', '2026-04-21T10:00:00+08:00', {
      unitId: 'u2',
      from: ['o-u2'],
      to: ['n-2'],
      registeredAt: '2026-04-21T09:00:00+08:00',
    });
  const newOwnerAnswers = () =>
    send('CAST_BALLOT', 'owner', '2026-04-22T10:00:00+08:00', {
      by: { id: 'n-2', role: 'owner' },
      sheet: {
        id: 's-n2',
        unitId: 'u2',
        castBy: 'n-2',
        channel: 'paper',
        at: '2026-04-22T10:00:00+08:00',
        answers: { [ITEM.id]: 'agree' },
      },
    });
  return { context, transfer, newOwnerAnswers };
}

describe('the transfer policy is frozen when the votes open', () => {
  it('a vote opened at 23:59:59 on the eve of the edition keeps old-ballot-stands through it', () => {
    const m = meeting('2026-04-19T23:59:59+08:00');
    expect(m.context().law?.edition).toBe('shanghai@2026-03-23');
    expect(m.context().ballots?.transferPolicy).toBe('old-ballot-stands');
    expect(m.transfer().ok).toBe(true);
    // The meeting now holds the new edition, whose switch says roll-frozen …
    expect(m.context().law?.edition).toBe('shanghai@2026-04-20');
    expect(m.context().profile.voting.transferDuringWindow?.value).toBe('roll-frozen');
    // … and the open vote applies the policy it opened with: the unit passes to n-2.
    expect(m.context().ballots?.transfers.map((t) => t.effect)).toEqual(['applied']);
    expect(m.newOwnerAnswers().ok).toBe(true);
    expect(m.context().ballots?.votes.statute?.ballots.map((b) => b.castBy)).toEqual(['n-2']);
  });

  it('a vote opened at 00:00:00 of the edition’s first day takes roll-frozen', () => {
    const m = meeting('2026-04-20T00:00:00+08:00');
    expect(m.context().law?.edition).toBe('shanghai@2026-04-20');
    expect(m.context().ballots?.transferPolicy).toBe('roll-frozen');
    expect(m.transfer().ok).toBe(true);
    expect(m.context().ballots?.transfers.map((t) => t.effect)).toEqual(['roll-frozen']);
    const refused = m.newOwnerAnswers();
    expect(!refused.ok && refused.rejection.details).toMatchObject({ issue: 'roll-frozen' });
    expect(m.context().ballots?.votes.statute?.ballots).toEqual([]);
  });
});
