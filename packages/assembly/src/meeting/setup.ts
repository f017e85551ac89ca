import {
  bilingual,
  catalogGuards,
  clockTo,
  type HolidayCalendar,
  holidayCalendar,
  isOverdue,
  markMissed,
  type ProcedureMeta,
  settleDeadline,
  startDeadline,
} from '@jiayuan/core';
import { assertEvent, assign, enqueueActions, setup } from 'xstate';
import { castSheetOnce, closeItemVotes, openItemVotes } from '../ballot/item-votes.js';
import { transferredRoll } from '../ballot/transfer.js';
import { recordTransfer } from '../ballot/transfer-votes.js';
import { profileUnderRules } from '../rules/apply.js';
import { type AssemblyEvent, assemblyEvents } from './catalog.js';
import type { Challenge } from './challenge.js';
import type { AssemblyContext, AssemblyInput } from './context.js';
import {
  CALL_ORDER,
  RESULT_POSTING,
  REVOCATION,
  RULES_FILING,
  RULES_FILING_COMPLETION,
} from './deadline-ids.js';
import type { AssemblyEmitted } from './emitted.js';
import { outcomesOf, postedResults } from './posted.js';
import { decidedVersions } from './rules-decided.js';
import { filerOf, filingLate, rulesChangesOf, startRulesFiling } from './rules-filing.js';
import {
  completionLate,
  copiedToDistrictUnder,
  startFilingCompletion,
} from './rules-filing-completion.js';

/** The host's calendar of the context, if it gave one (checked when the input was parsed). */
function calendarOf(context: AssemblyContext): { readonly calendar?: HolidayCalendar } {
  return context.holidays === undefined ? {} : { calendar: holidayCalendar(context.holidays) };
}

/**
 * The `setup` of the assembly meeting, exported so hosts can `provide()` or extend it. Its
 * guards are the catalog's (roles, clock, rules: see `assemblyEvents`) plus one condition of a
 * transition: the revocation window has run out.
 */
export const assemblySetup = setup({
  types: {
    context: {} as AssemblyContext,
    events: {} as AssemblyEvent,
    input: {} as AssemblyInput,
    emitted: {} as AssemblyEmitted,
    meta: {} as ProcedureMeta,
  },
  guards: {
    ...catalogGuards(assemblyEvents),
    /**
     * The year to ask a court to revoke the decision is over (CC 280 ¶2, SPC 12) and no challenge
     * filed within it awaits a ruling.
     */
    revocationOver: ({ context, event }) => {
      // Its status may already be `missed` from a tick while a challenge was pending.
      const window = context.deadlines[REVOCATION];
      return (
        window !== undefined &&
        isOverdue(window.due, event.at) &&
        context.challenges.every((c) => c.ruling !== null)
      );
    },
    /** The ruling recorded revokes the decision (CC 280 ¶2). */
    rulingRevokes: ({ event }) =>
      event.type === 'RECORD_COURT_RULING' && event.outcome === 'revoked',
  },
  actions: {
    clock: assign(({ context, event }) => clockTo(context, event.at)),
    markMissed: assign({
      deadlines: ({ context, event }) => markMissed(context.deadlines, event.at),
    }),
    freezeOn: assign({ freeze: ({ event }) => ({ active: true, changedAt: event.at }) }),
    freezeOff: assign({ freeze: ({ event }) => ({ active: false, changedAt: event.at }) }),
    recordProposal: assign(({ context, event }) => {
      assertEvent(event, 'PROPOSE_INTERIM');
      const units = [...new Set([...(context.proposal?.units ?? []), ...event.units])];
      return { proposal: { firstAt: context.proposal?.firstAt ?? event.at, units } };
    }),
    orderCall: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'ORDER_CALL');
      enqueue.assign({
        callOrder: { at: event.at, by: event.by.id },
        deadlines: startDeadline(context.deadlines, CALL_ORDER, {
          title: bilingual('业主委员会限期召开业主大会会议', 'the committee calls the meeting'),
          trigger: event.at,
          period: event.period,
          cite: ['SH-25-3'],
          ...calendarOf(context),
        }),
      });
      enqueue.emit({
        type: 'notify',
        to: ['committee'],
        about: 'call-ordered',
        meetingId: context.meetingId,
        at: event.at,
        text: bilingual(
          '街道办事处督促业主委员会限期召开业主大会会议',
          'The street office orders the committee to call the meeting within the period',
        ),
      });
    }),
    reportToParty: assign(({ context, event }) => {
      assertEvent(event, 'REPORT_TO_PARTY_ORGANISATION');
      return { preCall: { ...context.preCall, partyReport: { at: event.at, by: event.by.id } } };
    }),
    noticeAuthorities: assign(({ context, event }) => {
      assertEvent(event, 'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE');
      return {
        preCall: {
          ...context.preCall,
          writtenNotice: {
            at: event.at,
            by: event.by.id,
            meetingAt: event.meetingAt,
            place: event.place,
            agenda: event.agenda,
          },
        },
      };
    }),
    callAssembly: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'CALL_ASSEMBLY');
      const role = event.by.role === 'street-office' ? 'street-office' : 'committee';
      enqueue.assign({
        call: {
          at: event.at,
          by: event.by.id,
          role,
          opensAt: event.opensAt,
          closesAt: event.closesAt,
          place: event.place,
          form: event.form,
          items: event.items,
        },
        deadlines: settleDeadline(context.deadlines, CALL_ORDER, event.at),
      });
      const titles = event.items.map((i) => i.title).join('; ');
      const text = bilingual(
        `业主大会会议议题：${titles}；表决时间 ${event.opensAt} 至 ${event.closesAt}`,
        `Owners' assembly on: ${titles}; voting from ${event.opensAt} to ${event.closesAt}`,
      );
      const base = { meetingId: context.meetingId, at: event.at, text };
      enqueue.emit({ type: 'post', about: 'assembly-notice', ...base, items: event.items });
      enqueue.emit({
        type: 'notify',
        to: ['residents-committee', 'housing-office', 'residential-party-organisation'],
        about: 'assembly-notice',
        ...base,
      });
    }),
    openVotes: assign(({ context }) => {
      const call = context.call;
      // OPEN_VOTE is taken only in `noticed`, after the call.
      if (call === null) return {};
      return {
        ballots: openItemVotes({
          meetingId: context.meetingId,
          items: call.items,
          roll: context.roll,
          // The switches of the rules in force at the start (SPC 9's co-owner reading).
          profile: profileUnderRules(context.profile, context.rules?.settings),
          openedAt: call.opensAt,
          closesAt: call.closesAt,
          electronicAdopted: context.electronicAdopted,
        }),
      };
    }),
    /**
     * A change of ownership from the register (CC 214, CC 273 ¶2): the roll follows the register;
     * once voting is open each item's vote takes it as the profile's
     * `voting.transferDuringWindow` said when the votes opened.
     */
    recordTransfer: assign(({ context, event }) => {
      assertEvent(event, 'RECORD_TRANSFER');
      const transfer = {
        unitId: event.unitId,
        from: [...event.from],
        to: [...event.to],
        registeredAt: event.registeredAt,
      };
      return {
        roll: transferredRoll(context.roll, transfer.unitId, transfer.to),
        transfers: [...context.transfers, { ...transfer, recordedAt: event.at, by: event.by.id }],
        ...(context.ballots === null
          ? {}
          : {
              ballots: recordTransfer(
                context.ballots,
                transfer,
                event.at,
                context.ballots.transferPolicy,
              ),
            }),
      };
    }),
    castSheet: assign(({ context, event }) => {
      assertEvent(event, 'CAST_BALLOT');
      return context.ballots === null
        ? {}
        : { ballots: castSheetOnce(context.ballots, event.sheet).votes };
    }),
    count: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'CLOSE_VOTE');
      if (context.ballots === null) return;
      const ballots = closeItemVotes(context.ballots, event.at);
      const outcomes = outcomesOf(ballots);
      const { decisionPosting, revocationWindow } = context.profile.voting;
      let deadlines = startDeadline(context.deadlines, REVOCATION, {
        title: bilingual('业主请求人民法院撤销决定的期间', 'owners may ask a court to revoke'),
        trigger: event.at,
        period: revocationWindow.period,
        cite: revocationWindow.cite,
        ...calendarOf(context),
      });
      if (decisionPosting.period !== null) {
        deadlines = startDeadline(deadlines, RESULT_POSTING, {
          title: bilingual('公布业主大会决定', 'post the decision'),
          trigger: event.at,
          period: decisionPosting.period,
          cite: decisionPosting.cite,
          ...calendarOf(context),
        });
      }
      // A changed rules of procedure or statute is filed from the decision (SH 33, BJ 50).
      const changed = rulesChangesOf(ballots.items, outcomes);
      deadlines = startRulesFiling(
        deadlines,
        context.profile,
        event.at,
        changed,
        calendarOf(context).calendar,
      );
      enqueue.assign({
        ballots,
        decision: { countedAt: event.at, outcomes, postedAt: null, evidence: null },
        deadlines,
      });
      enqueue.emit({ type: 'counted', meetingId: context.meetingId, at: event.at, outcomes });
      for (const version of decidedVersions(context.meetingId, ballots.items, outcomes, event.at)) {
        enqueue.emit({
          type: 'rules-decided',
          meetingId: context.meetingId,
          at: event.at,
          version,
        });
      }
    }),
    /**
     * The committee (or the stand-in, BJ 50) files the change of the rules decided at the count
     * (SH 33); after the profile's period it is recorded as late, not refused. The street
     * office's period to complete it starts from the filing (SH 34).
     */
    fileRulesChange: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'FILE_RULES_CHANGE');
      const items = rulesChangesOf(context.call?.items ?? [], context.decision?.outcomes ?? []);
      const late = filingLate(context.deadlines, event.at);
      const filer = filerOf(event.by.role);
      enqueue.assign({
        rulesFiling: {
          at: event.at,
          by: event.by.id,
          filer,
          reference: event.reference,
          items,
          late,
          completion: null,
        },
        deadlines: startFilingCompletion(
          settleDeadline(context.deadlines, RULES_FILING, event.at),
          context.profile,
          event.at,
          calendarOf(context).calendar,
        ),
      });
      const who =
        filer === 'committee'
          ? bilingual('业主委员会', 'The committee')
          : bilingual('物业管理委员会', 'The property-management committee');
      enqueue.emit({
        type: 'notify',
        to: ['street-office'],
        about: 'rules-change-filed',
        meetingId: context.meetingId,
        at: event.at,
        text: bilingual(
          `${who['zh-CN']}办理议事规则、管理规约变更备案（${event.reference}）${late ? '，已逾期' : ''}`,
          `${who.en} files the change of the rules (${event.reference})${late ? ', late' : ''}`,
        ),
      });
    }),
    /**
     * The street office completes the filing (SH 34): after the profile's period it is recorded
     * as late, not refused — the period is the office's own duty. Where the profile says so the
     * papers are copied to the district housing department (SH 34 抄送区房屋行政管理部门).
     */
    completeRulesFiling: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'COMPLETE_RULES_FILING');
      const filing = context.rulesFiling;
      // The catalog's rules let the event through only once a filing exists.
      if (filing === null) return;
      const late = completionLate(context.deadlines, event.at);
      const copied = copiedToDistrictUnder(context.profile);
      enqueue.assign({
        rulesFiling: {
          ...filing,
          completion: {
            at: event.at,
            by: event.by.id,
            reference: event.reference,
            late,
            copiedToDistrict: copied,
          },
        },
        deadlines: settleDeadline(context.deadlines, RULES_FILING_COMPLETION, event.at),
      });
      const base = { meetingId: context.meetingId, at: event.at };
      enqueue.emit({
        type: 'notify',
        to: [filing.filer === 'committee' ? 'committee' : 'residents-committee'],
        about: 'rules-filing-completed',
        ...base,
        text: bilingual(
          `街道办事处完成议事规则、管理规约变更备案（${event.reference}）${late ? '，已逾期' : ''}`,
          `The street office completes the filing of the rules change (${event.reference})${late ? ', late' : ''}`,
        ),
      });
      if (copied) {
        enqueue.emit({
          type: 'notify',
          to: ['district-housing-bureau'],
          about: 'rules-filing-copied',
          ...base,
          text: bilingual(
            `抄送：议事规则、管理规约变更备案资料（${filing.reference}；${event.reference}）`,
            `Copy: the papers of the filing of the rules change (${filing.reference}; ${event.reference})`,
          ),
        });
      }
    }),
    /** An owner's challenge, filed within the year (CC 280 ¶2, SPC 12). */
    fileChallenge: assign(({ context, event }) => {
      assertEvent(event, 'CHALLENGE_DECISION');
      const challenge: Challenge = {
        id: event.challengeId,
        filedAt: event.at,
        by: event.by.id,
        // Defaulted by the catalog; `actor.send` passes the event unparsed.
        items: [...new Set(event.items ?? [])],
        grounds: event.grounds,
        ruling: null,
      };
      return { challenges: [...context.challenges, challenge] };
    }),
    /**
     * The court's ruling on a challenge; a revocation marks the decision (or the items the
     * challenge named) revoked (CC 280 ¶2).
     */
    recordRuling: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'RECORD_COURT_RULING');
      const ruling = { at: event.at, outcome: event.outcome, judgment: event.judgment };
      const challenges = context.challenges.map((c) =>
        c.id === event.challengeId && c.ruling === null ? { ...c, ruling } : c,
      );
      const challenge = challenges.find((c) => c.id === event.challengeId);
      if (event.outcome !== 'revoked' || challenge === undefined) {
        enqueue.assign({ challenges });
        return;
      }
      const items =
        challenge.items.length > 0
          ? challenge.items
          : (context.decision?.outcomes.map((o) => o.itemId) ?? []);
      enqueue.assign({
        challenges,
        revocation: {
          at: event.at,
          by: 'court',
          challengeId: challenge.id,
          items: [...items],
          judgment: event.judgment,
        },
      });
      enqueue.emit({
        type: 'decision-revoked',
        meetingId: context.meetingId,
        at: event.at,
        items: [...items],
        judgment: event.judgment,
      });
    }),
    /**
     * The authority revokes a decision that breaks the law (PMR 19 ¶2): no window, no challenge;
     * the owners are told by the authority (通告全体业主).
     */
    authorityRevokes: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'AUTHORITY_REVOKES_DECISION');
      // `items` has a default in the catalog, but `actor.send` passes the event unparsed.
      const named: readonly string[] = event.items ?? [];
      const items =
        named.length > 0
          ? [...new Set(named)]
          : (context.decision?.outcomes.map((o) => o.itemId) ?? []);
      enqueue.assign({
        revocation: {
          at: event.at,
          by: 'authority',
          challengeId: null,
          items,
          judgment: event.reference,
        },
      });
      enqueue.emit({
        type: 'decision-revoked',
        meetingId: context.meetingId,
        at: event.at,
        items,
        judgment: event.reference,
      });
    }),
    postResults: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'POST_RESULTS');
      if (context.decision === null || context.ballots === null) return;
      enqueue.assign({
        decision: { ...context.decision, postedAt: event.at, evidence: event.evidence },
        deadlines: settleDeadline(context.deadlines, RESULT_POSTING, event.at),
      });
      enqueue.emit({
        type: 'post',
        about: 'assembly-results',
        meetingId: context.meetingId,
        at: event.at,
        evidence: event.evidence,
        text: bilingual('业主大会会议表决结果', "Results of the owners' assembly"),
        results: postedResults(context.ballots),
      });
    }),
  },
});
