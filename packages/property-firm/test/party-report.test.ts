// VOTE-15: before the owners' assembly is called on hiring or dismissing the firm, the committee
// reports to the residential party organisation, and the housing office and residents'
// committee are told the meeting's time, place and agenda in writing.
//
// SH-36 (十六): "业主委员会在修改业主大会议事规则和管理规约、大额维修资金和公共收益使用、物业服务收费
// 调整、物业服务企业选聘解聘、改造公共设施等重大事项启动业主大会决策前，应当主动向居（村）党组织报告。"
// SH 25 ¶2: "召开业主大会会议，业主委员会应当事先将会议时间、地点、议题和议程书面通知所在地房管机构、
// 居民委员会或者村民委员会"
import { dispatch, national, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { dismissalEvents, dismissalMachine, hiringMachine, NO_PRE_CALL } from '../src/index.js';
import { type FirmInvariantSnapshot, firmInvariants } from '../src/testing/index.js';
import { samplePlan } from '../src/testing/plan.js';
import {
  authoritiesNotice,
  ballot,
  baseInput,
  ev,
  hiringInput,
  partyReport,
  refuse,
  send,
} from './support.js';

const T0 = '2026-03-02T09:00:00+08:00';
const CALL_AT = '2026-03-03T10:00:00+08:00';
const OPENS = '2026-03-18T09:00:00+08:00';
const CLOSES = '2026-03-25T18:00:00+08:00';
const call = (role = 'committee', at = CALL_AT) =>
  ev('CALL_ASSEMBLY', role, at, { opensAt: OPENS, closesAt: CLOSES });
const writtenNotice = (at: string) =>
  ev('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', 'committee', at, {
    meetingAt: OPENS,
    place: '小区会所 / community hall',
    agenda: '解聘物业服务企业 / dismiss the firm',
  });

function proposed(profile = shanghai) {
  const actor = createActor(dismissalMachine, { input: baseInput({ profile }) }).start();
  send(actor, ev('PROPOSE_DISMISSAL', 'committee', T0));
  return actor;
}

describe('VOTE-15: the report to the party organisation before the call (SH-36 (十六))', () => {
  it('the shanghai profile requires it, citing SH-36 (十六); national does not', () => {
    expect(shanghai.party.reportBeforeMajorMatters.value).toBe(true);
    expect(shanghai.party.reportBeforeMajorMatters.cite).toContain('SH-36-16-report');
    expect(national.party.reportBeforeMajorMatters.value).toBe(false);
  });

  it('refuses the committee’s call without the report, in both languages, citing the article', () => {
    const actor = proposed();
    const before = actor.getPersistedSnapshot();
    const r = refuse(actor, call());
    expect(r.code).toBe('rule-violated');
    expect(r.rule).toEqual({ id: 'party-report', citations: ['SH-36-16-report'] });
    expect(r.message['zh-CN']).toContain('应当主动向居（村）党组织报告');
    expect(r.message.en).toContain('report to the residential party organisation');
    expect(actor.getPersistedSnapshot()).toEqual(before);
    // The written notice to the housing office is not the report.
    send(actor, writtenNotice(T0));
    expect(refuse(actor, call()).rule?.id).toBe('party-report');
  });

  it('accepts the call once the committee has reported, one second before or at the same instant', () => {
    for (const reportedAt of ['2026-03-03T09:59:59+08:00', CALL_AT]) {
      const actor = proposed();
      send(actor, partyReport(reportedAt));
      send(actor, authoritiesNotice(reportedAt));
      send(actor, writtenNotice(reportedAt));
      send(actor, call());
      const { context, value } = actor.getSnapshot();
      expect(value).toEqual({ vote: 'called' });
      expect(context.preCall).toEqual({
        partyReport: { at: reportedAt, by: 'committee-1' },
        writtenNotice: {
          at: reportedAt,
          by: 'committee-1',
          meetingAt: OPENS,
          place: '小区会所 / community hall',
          agenda: '解聘物业服务企业 / dismiss the firm',
        },
      });
    }
  });

  it('accepts the call without a report under a profile that does not require it (national)', () => {
    const actor = proposed(national);
    // PMR 14 ¶2 asks the residents' committee to be told (authorities-notice.test.ts).
    send(actor, authoritiesNotice(T0));
    send(actor, call());
    expect(actor.getSnapshot().value).toEqual({ vote: 'called' });
    expect(actor.getSnapshot().context.preCall.partyReport).toBeNull();
    expect(NO_PRE_CALL.partyReport).toBeNull();
  });

  it('does not hold the street office, calling on the owners’ request (SH 25 ¶3), to the committee’s duty', () => {
    const actor = proposed();
    send(actor, call('street-office'));
    expect(actor.getSnapshot().value).toEqual({ vote: 'called' });
  });

  it('takes the report and the notice from the committee only', () => {
    const actor = proposed();
    for (const role of ['owner', 'street-office', 'residential-party-organisation']) {
      expect(refuse(actor, partyReport(T0, role)).code).toBe('not-permitted');
    }
    expect(actor.getSnapshot().context.preCall).toEqual(NO_PRE_CALL);
  });

  it('refuses a report or notice once the assembly is called (they come before it)', () => {
    const actor = proposed();
    send(actor, partyReport(CALL_AT));
    send(actor, authoritiesNotice(CALL_AT));
    send(actor, call());
    const late = refuse(actor, partyReport('2026-03-03T10:00:01+08:00'));
    expect(late.rule).toEqual({ id: 'before-the-call', citations: ['SH-36-16-report', 'SH-25-2'] });
    expect(refuse(actor, writtenNotice('2026-03-03T10:00:01+08:00')).rule?.id).toBe(
      'before-the-call',
    );
  });
});

describe('VOTE-15: each assembly needs its own report', () => {
  it('after a plan vote that fails, the second call is refused until the committee reports again', () => {
    const actor = createActor(hiringMachine, { input: hiringInput() }).start();
    const plan = samplePlan('tender');
    send(actor, ev('DRAFT_PLAN', 'committee', T0, { plan }));
    send(actor, partyReport(T0));
    send(actor, authoritiesNotice(T0));
    send(actor, call());
    send(actor, ev('OPEN_VOTE', 'committee', OPENS, { voteId: 'plan-1' }));
    // Nobody agrees: the plan is not approved and the committee may call again.
    for (const n of [1, 2, 3, 4, 5]) {
      send(
        actor,
        ev('CAST_BALLOT', 'owner', OPENS, { ballot: ballot(1, n, 'disagree', OPENS) }, `o-1-${n}`),
      );
    }
    send(actor, ev('CLOSE_VOTE', 'committee', CLOSES));
    expect(actor.getSnapshot().value).toEqual({ plan: 'drafted' });
    expect(actor.getSnapshot().context.preCall).toEqual(NO_PRE_CALL);
    const again = (at: string) =>
      ev('CALL_ASSEMBLY', 'committee', at, {
        opensAt: '2026-04-17T09:00:00+08:00',
        closesAt: '2026-04-24T18:00:00+08:00',
      });
    expect(refuse(actor, again('2026-04-02T10:00:00+08:00')).rule?.id).toBe('party-report');
    send(actor, partyReport('2026-04-02T10:00:00+08:00'));
    send(actor, authoritiesNotice('2026-04-02T10:00:00+08:00'));
    expect(dispatch(actor, again('2026-04-02T10:00:00+08:00')).ok).toBe(true);
  });
});

describe('the invariant the property suites check for VOTE-15', () => {
  const invariant = firmInvariants<FirmInvariantSnapshot>(dismissalEvents).find((i) =>
    i.name.includes('report'),
  );
  const check = (snapshot: FirmInvariantSnapshot) =>
    invariant?.check(snapshot, undefined as never, { input: {}, result: {} } as never);

  it('holds on the machine’s own snapshots and fails on a tampered one', () => {
    const actor = proposed();
    send(actor, partyReport(CALL_AT));
    send(actor, authoritiesNotice(CALL_AT));
    send(actor, call());
    const ok = actor.getSnapshot() as unknown as FirmInvariantSnapshot;
    expect(check(ok)).toBe(true);
    const unreported = { ...ok, context: { ...ok.context, preCall: NO_PRE_CALL } };
    expect(check(unreported)).toContain('without the report to the party organisation');
    const byStreetOffice = {
      ...unreported,
      context: {
        ...unreported.context,
        assembly: { ...ok.context.assembly, calledBy: 'street-office' } as never,
      },
    };
    expect(check(byStreetOffice)).toBe(true);
  });
});
