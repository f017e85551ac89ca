// Rules of procedure (议事规则) and the management statute (管理规约) adopted and amended as assembly
// items, and the switches of a rules of procedure taking effect from the decision, for later
// votes only.
//
// CC 278 ¶1: "下列事项由业主共同决定：（一）制定和修改业主大会议事规则；（二）制定和修改管理规约；…"
// CC 278 ¶2: "决定前款其他事项，应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。"
// SPC 9: "同一买受人拥有一个以上专有部分的，按一人计算。" — units only sharing a co-owner count as one
// buyer where the rules of procedure adopt that reading (VOTE-7).
// SH-36 (二): meetings "可以采用集体讨论和书面征求意见等形式" — an electronic channel counts once the
// assembly adopted it (VOTE-14).
import { type DispatchResult, dispatch, voteElectorate } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  type AgendaItem,
  type AssemblyEmitted,
  type AssemblyInput,
  assemblyMachine,
  emptyRulesRecord,
  initialAssemblyContext,
  recordDecidedVersion,
  rulesInForce,
} from '../../src/index.js';
import { rollOf, type TestUnit } from '../support.js';
import { sheetOf, verdict } from './support.js';

// Ten units of 100.00 m²; u1 is owned by a and b, u2 by b and c: one buyer only where the rules
// merge units sharing a co-owner (SPC 9, VOTE-7).
const UNITS: readonly TestUnit[] = Array.from({ length: 10 }, (_, i) => ({
  id: `u${i + 1}`,
  area: 10_000,
  ...(i === 0 ? { owners: ['a', 'b'] } : i === 1 ? { owners: ['b', 'c'] } : {}),
}));

const ROP: AgendaItem = {
  id: 'rop',
  kind: 'rules-of-procedure',
  title: '制定业主大会议事规则',
  proposed: {
    version: 1,
    text: { digest: `sha256:${'a'.repeat(64)}`, reference: 'rop-v1' },
    settings: { electronicVoting: true, mergeUnitsSharingCoOwners: true },
  },
};
const STATUTE: AgendaItem = {
  id: 'statute',
  kind: 'management-statute',
  title: '修改管理规约',
  proposed: { version: 2, text: { reference: 'statute-v2' } },
};

/** A meeting: started at `startedAt`, called 5 days later, voting from the 20th to the 30th day. */
function meeting(input: Partial<AssemblyInput> & { startedAt: string }, items: AgendaItem[]) {
  const actor = createActor(assemblyMachine, {
    input: { meetingId: 'm', kind: 'regular', roll: rollOf(UNITS), ...input },
  });
  const emitted: AssemblyEmitted[] = [];
  actor.on('*', (e) => emitted.push(e));
  actor.start();
  const send = (
    type: string,
    role: string,
    at: string,
    payload: Record<string, unknown> = {},
  ): DispatchResult => dispatch(actor, { type, at, by: { id: `${role}-1`, role }, ...payload });
  const day = (n: number, time = '10:00:00') => {
    const d = new Date(Date.parse(input.startedAt) + n * 86_400_000);
    return `${d.toISOString().slice(0, 10)}T${time}+08:00`;
  };
  const opensAt = day(20, '09:00:00');
  const closesAt = day(30, '17:00:00');
  send('REPORT_TO_PARTY_ORGANISATION', 'committee', day(3));
  send('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', 'committee', day(4), {
    meetingAt: opensAt,
    place: '会所',
    agenda: items.map((i) => i.title).join('；'),
  });
  const called = send('CALL_ASSEMBLY', 'committee', day(5), {
    opensAt,
    closesAt,
    place: '会所',
    form: 'written-consultation',
    items,
  });
  const cast = (unit: string, answers: Record<string, string>, channel = 'paper') =>
    send('CAST_BALLOT', 'system', day(22), {
      sheet: { ...sheetOf(unit, answers, day(22), { channel }), castBy: ownerOf(unit) },
    });
  return { actor, emitted, send, called, opensAt, closesAt, cast, day };
}

const ownerOf = (unit: string) => (unit === 'u1' ? 'a' : unit === 'u2' ? 'c' : `o-${unit}`);

describe('an item adopting the rules of procedure', () => {
  it('emits the decided version at the count when it passes, with the decision’s instant', () => {
    const m = meeting({ startedAt: '2026-03-20T09:00:00+08:00' }, [ROP, STATUTE]);
    expect(verdict(m.called)).toBe('ok');
    expect(verdict(m.send('OPEN_VOTE', 'committee', m.opensAt))).toBe('ok');
    // Opened with no rules in force: no e-voting, units sharing a co-owner are two persons.
    const vote = m.actor.getSnapshot().context.ballots?.votes.rop;
    expect(vote?.ownerMerge).toBeUndefined();
    expect(voteElectorate(vote!).headcount).toBe(10);
    // Its own item adopts e-voting, yet an electronic sheet in its window is refused: the votes
    // opened before the decision (for later votes only).
    const electronic = m.cast('u3', { rop: 'agree' }, 'electronic');
    expect(!electronic.ok && electronic.rejection.details).toMatchObject({
      ballot: 'channel-not-allowed',
    });
    // u1 (a) and u2 (c) are two persons here. Seven of ten take part on rop: 7·3 = 21 ≥ 10·2 =
    // 20 (quorum 2/3 以上 met); 4 of 7 agree: 4·2 = 8 > 7 (过半数), area 400.00 of 700.00 m² too.
    // On the statute the same seven answer, 3 agree: 3·2 = 6 ≤ 7, not 过半数: it fails.
    for (const [unit, rop, statute] of [
      ['u1', 'agree', 'agree'],
      ['u2', 'agree', 'agree'],
      ['u3', 'agree', 'agree'],
      ['u4', 'agree', 'disagree'],
      ['u5', 'disagree', 'disagree'],
      ['u6', 'disagree', 'disagree'],
      ['u7', 'abstain', 'abstain'],
    ] as const) {
      expect(verdict(m.cast(unit, { rop, statute }))).toBe('ok');
    }
    expect(verdict(m.send('CLOSE_VOTE', 'committee', m.closesAt))).toBe('ok');
    const outcomes = m.actor.getSnapshot().context.decision?.outcomes;
    expect(outcomes?.map((o) => [o.itemId, o.quorumMet, o.agree.headcount, o.passed])).toEqual([
      ['rop', true, 4, true],
      ['statute', true, 3, false],
    ]);
    const decided = m.emitted.filter((e) => e.type === 'rules-decided');
    expect(decided).toEqual([
      {
        type: 'rules-decided',
        meetingId: 'm',
        at: m.closesAt,
        version: {
          document: 'rules-of-procedure',
          version: 1,
          decidedBy: { meetingId: 'm', itemId: 'rop' },
          decidedAt: m.closesAt,
          text: ROP.proposed?.text,
          settings: { electronicVoting: true, mergeUnitsSharingCoOwners: true },
        },
      },
    ]);
  });

  it('takes effect for meetings started from the decision’s second, not one second before', () => {
    const first = meeting({ startedAt: '2026-03-20T09:00:00+08:00' }, [ROP]);
    first.send('OPEN_VOTE', 'committee', first.opensAt);
    for (const unit of ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7']) {
      first.cast(unit, { rop: 'agree' });
    }
    first.send('CLOSE_VOTE', 'committee', first.closesAt);
    const decision = first.emitted.find((e) => e.type === 'rules-decided');
    if (decision?.type !== 'rules-decided') throw new Error('not decided');
    const update = recordDecidedVersion(emptyRulesRecord('c1'), decision.version);
    if (!update.ok) throw new Error(update.issue.code);
    const decidedAt = decision.version.decidedAt; // 2026-04-19T17:00:00+08:00
    const oneSecondBefore = new Date(Date.parse(decidedAt) - 1000).toISOString();

    const after = meeting(
      { meetingId: 'later', startedAt: decidedAt, rules: rulesInForce(update.record, decidedAt) },
      [{ id: 'budget', kind: 'other-major', title: '公共收益预算' }],
    );
    const before = meeting(
      {
        meetingId: 'earlier',
        startedAt: oneSecondBefore,
        rules: rulesInForce(update.record, oneSecondBefore),
      },
      [{ id: 'budget', kind: 'other-major', title: '公共收益预算' }],
    );
    expect(after.actor.getSnapshot().context.rules?.version).toBe(1);
    expect(after.actor.getSnapshot().context.electronicAdopted).toBe(true);
    expect(before.actor.getSnapshot().context.rules).toBeNull();
    expect(before.actor.getSnapshot().context.electronicAdopted).toBe(false);

    after.send('OPEN_VOTE', 'committee', after.opensAt);
    before.send('OPEN_VOTE', 'committee', before.opensAt);
    const afterVote = after.actor.getSnapshot().context.ballots?.votes.budget;
    const beforeVote = before.actor.getSnapshot().context.ballots?.votes.budget;
    // SPC 9 as the rules read it: u1 {a,b} and u2 {b,c} are one buyer — 9 persons, not 10.
    expect(afterVote?.ownerMerge).toBe('shared-co-owners');
    expect(voteElectorate(afterVote!).headcount).toBe(9);
    expect(beforeVote?.ownerMerge).toBeUndefined();
    expect(voteElectorate(beforeVote!).headcount).toBe(10);
    // E-voting adopted: an electronic sheet counts in the later meeting only.
    expect(verdict(after.cast('u3', { budget: 'agree' }, 'electronic'))).toBe('ok');
    const refused = before.cast('u3', { budget: 'agree' }, 'electronic');
    expect(verdict(refused)).toBe('rule-violated:sheet-valid');
    expect(!refused.ok && refused.rejection.details).toMatchObject({
      ballot: 'channel-not-allowed',
    });
  });

  it('refuses a proposed version on another kind, and switches on the statute', () => {
    const budget: AgendaItem = {
      id: 'budget',
      kind: 'other-major',
      title: '公共收益预算',
      proposed: { version: 1, text: { reference: 'x' } },
    };
    const wrongKind = meeting({ startedAt: '2026-03-20T09:00:00+08:00' }, [budget]);
    expect(verdict(wrongKind.called)).toBe('invalid-event');
    const statuteSwitch = meeting({ startedAt: '2026-03-20T09:00:00+08:00' }, [
      { ...STATUTE, proposed: { version: 1, text: { reference: 'x' }, settings: {} } },
    ]);
    expect(verdict(statuteSwitch.called)).toBe('invalid-event');
    const noText = meeting({ startedAt: '2026-03-20T09:00:00+08:00' }, [
      { ...ROP, proposed: { version: 1, text: {} } },
    ]);
    expect(verdict(noText.called)).toBe('invalid-event');
  });

  it('refuses a start input whose electronicAdopted contradicts the rules in force', () => {
    const input = {
      meetingId: 'm',
      kind: 'regular' as const,
      roll: rollOf(UNITS),
      startedAt: '2026-03-20T09:00:00+08:00',
    };
    const rules = { version: 1, settings: { electronicVoting: true } };
    expect(() => initialAssemblyContext({ ...input, rules, electronicAdopted: false })).toThrow(
      /contradicts the rules of procedure/,
    );
    const agreeing = createActor(assemblyMachine, {
      input: { ...input, rules, electronicAdopted: true },
    }).start();
    expect(agreeing.getSnapshot().context.electronicAdopted).toBe(true);
    expect(() => initialAssemblyContext({ ...input, rules: { version: 0, settings: {} } })).toThrow(
      /version/,
    );
    expect(initialAssemblyContext({ ...input, rules: null }).rules).toBeNull();
  });
});
