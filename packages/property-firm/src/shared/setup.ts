import {
  bilingual,
  castBallot,
  closeVote,
  explainTally,
  markMissed,
  openVote,
  type RuleVerdict,
  settleDeadline,
  startDeadline,
} from '@jiayuan/core';
import { assign, emit, enqueueActions, setup } from 'xstate';
import type { z } from 'zod';
import { type FirmContext, type FirmInput, initialContext, type Question } from './context.js';
import type { FirmEmitted } from './emitted.js';
import type * as E from './events.js';
import { initialHandover } from './handover.js';
import * as R from './rules.js';

type Ev<S extends z.ZodType> = z.output<S>;

/** Every external event any machine of this package takes. */
export type FirmEvent =
  | Ev<typeof E.TickSchema>
  | Ev<typeof E.FreezeStartSchema>
  | Ev<typeof E.FreezeEndSchema>
  | Ev<typeof E.CallAssemblySchema>
  | Ev<typeof E.OpenVoteSchema>
  | Ev<typeof E.CastBallotSchema>
  | Ev<typeof E.CloseVoteSchema>
  | Ev<typeof E.ProposeDismissalSchema>
  | Ev<typeof E.RequestInterimAssemblySchema>
  | Ev<typeof E.WithdrawProposalSchema>
  | Ev<typeof E.ServeDismissalNoticeSchema>
  | Ev<typeof E.HandOverItemSchema>
  | Ev<typeof E.CompleteHandoverSchema>
  | Ev<typeof E.RequestTemporaryFirmSchema>
  | Ev<typeof E.AppointTemporaryFirmSchema>
  | Ev<typeof E.SuccessorTakesOverSchema>
  | Ev<typeof E.DraftPlanSchema>
  | Ev<typeof E.PostPlanSchema>
  | Ev<typeof E.RecordBidSchema>
  | Ev<typeof E.ApproveNegotiationSchema>
  | Ev<typeof E.ChooseFirmSchema>
  | Ev<typeof E.SignContractSchema>
  | Ev<typeof E.FileContractSchema>
  | Ev<typeof E.NotifyNonRenewalSchema>
  | Ev<typeof E.NotifyRenewalDecisionSchema>
  | Ev<typeof E.AcceptRenewalSchema>
  | Ev<typeof E.DeclineRenewalSchema>
  | Ev<typeof E.EndIndefiniteTermSchema>;

const ok = (v: RuleVerdict) => v === true || (typeof v === 'object' && v.ok);

const QUESTION_TITLE: Record<Question, string> = {
  'dismiss-firm': '解聘物业服务企业 / dismiss the property firm',
  'selection-plan': '物业服务企业选聘方案 / selection plan for the property firm',
  'choose-firm': '选聘物业服务企业 / hire the property firm',
  'renew-firm': '续聘物业服务企业 / renew the property firm',
};

const ms = (at: string) => Date.parse(at);
const latestNotice = (c: FirmContext) => c.notices.at(-1);

/**
 * The `setup` shared by every machine of this package: context, events, guards and actions.
 * Exported so a host can `provide()` its own implementations (e.g. extra emitted events).
 * Guards re-check the catalog rules, so a host that sends events without `dispatch` still
 * cannot break the law; `dispatch` explains the refusal first.
 */
export const firmSetup = setup({
  types: {
    context: {} as FirmContext,
    events: {} as FirmEvent,
    input: {} as FirmInput,
    emitted: {} as FirmEmitted,
  },
  guards: {
    callAllowed: ({ context: c, event: e }) => {
      if (e.type !== 'CALL_ASSEMBLY') return false;
      const s = { context: c };
      return [
        R.freezeRule<typeof E.CallAssemblySchema>(),
        R.oneVoteAtATimeRule,
        R.votingWindowRule,
        R.assemblyNoticeRule,
      ].every((r) => ok(r.check(s, e)));
    },
    renewalCallAllowed: ({ context: c, event: e }) =>
      e.type === 'CALL_ASSEMBLY' &&
      ok(R.renewBeforeExpiryRule<typeof E.CallAssemblySchema>().check({ context: c }, e)),
    openAllowed: ({ context: c, event: e }) =>
      e.type === 'OPEN_VOTE' &&
      ok(R.freezeRule<typeof E.OpenVoteSchema>().check({ context: c }, e)) &&
      ok(R.votingOpensRule.check({ context: c }, e)),
    closeAllowed: ({ context: c, event: e }) =>
      e.type === 'CLOSE_VOTE' &&
      ok(R.freezeRule<typeof E.CloseVoteSchema>().check({ context: c }, e)) &&
      ok(R.closeAfterWindowRule.check({ context: c }, e)),
    votePasses: ({ context: c, event: e }) =>
      c.vote !== null && closeVote(c.vote, e.at).result?.passed === true,
    interimShareMet: ({ context: c, event: e }) =>
      e.type === 'REQUEST_INTERIM_ASSEMBLY' && ok(R.interimShareRule.check({ context: c }, e)),
    ownProposal: ({ context: c }) => c.proposal?.source === 'committee',
    dismissalNoticeMet: ({ context: c, event: e }) =>
      e.type === 'SERVE_DISMISSAL_NOTICE' && ok(R.dismissalNoticeRule.check({ context: c }, e)),
    noticeTakesEffect: ({ context: c, event: e }) => {
      const n = latestNotice(c);
      return n?.effectiveAt != null && ms(e.at) >= ms(n.effectiveAt);
    },
    itemPending: ({ context: c, event: e }) =>
      e.type === 'HAND_OVER_ITEM' && ok(R.handoverItemPendingRule.check({ context: c }, e)),
    handoverDone: ({ context: c, event: e }) =>
      e.type === 'COMPLETE_HANDOVER' && ok(R.handoverCompleteRule.check({ context: c }, e)),
    temporaryRequestAllowed: ({ context: c, event: e }) =>
      e.type === 'REQUEST_TEMPORARY_FIRM' && ok(R.temporaryRequesterRule.check({ context: c }, e)),
    planPosted: ({ context: c }) => c.planPostedAt !== null,
    planDrafted: ({ context: c }) => c.plan !== null,
    isEarlyStage: ({ context: c }) => c.stage === 'early-stage',
    bidAllowed: ({ context: c, event: e }) =>
      e.type === 'RECORD_BID' &&
      [R.actingPartyRule<typeof E.RecordBidSchema>(), R.platformBidRule, R.bidOnceRule].every((r) =>
        ok(r.check({ context: c }, e)),
      ),
    approvalAllowed: ({ context: c, event: e }) =>
      e.type === 'APPROVE_NEGOTIATION' && ok(R.approvalWhenFewBiddersRule.check({ context: c }, e)),
    choiceAllowed: ({ context: c, event: e }) =>
      e.type === 'CHOOSE_FIRM' &&
      [
        R.actingPartyRule<typeof E.ChooseFirmSchema>(),
        R.chosenAmongBidsRule,
        R.earlyStageBiddersRule,
      ].every((r) => ok(r.check({ context: c }, e))),
    signingAllowed: ({ context: c, event: e }) =>
      e.type === 'SIGN_CONTRACT' &&
      ok(R.actingPartyRule<typeof E.SignContractSchema>().check({ context: c }, e)) &&
      ok(R.contractDatesRule.check({ context: c }, e)),
    nonRenewalNoticeMet: ({ context: c, event: e }) =>
      e.type === 'NOTIFY_NON_RENEWAL' && ok(R.nonRenewalNoticeRule.check({ context: c }, e)),
    beforeExpiry: ({ context: c, event: e }) =>
      c.contract.endsAt === undefined || ms(e.at) < ms(c.contract.endsAt),
    termExpired: ({ context: c, event: e }) =>
      c.contract.endsAt !== undefined && ms(e.at) >= ms(c.contract.endsAt),
    indefiniteNoticeMet: ({ context: c, event: e }) =>
      e.type === 'END_INDEFINITE_TERM' && ok(R.indefiniteNoticeRule.check({ context: c }, e)),
  },
  actions: {
    advanceClock: assign({ now: ({ event }) => event.at }),
    markMissed: assign({
      deadlines: ({ context, event }) => markMissed(context.deadlines, event.at),
    }),
    freezeOn: assign({ freeze: ({ event }) => ({ active: true, changedAt: event.at }) }),
    freezeOff: assign({ freeze: ({ event }) => ({ active: false, changedAt: event.at }) }),
    callAssembly: enqueueActions(({ context, event, enqueue }, params: { question: Question }) => {
      if (event.type !== 'CALL_ASSEMBLY') return;
      enqueue.assign({
        assembly: {
          question: params.question,
          calledAt: event.at,
          calledBy: event.by.role,
          opensAt: event.opensAt,
          closesAt: event.closesAt,
        },
      });
      const text = bilingual(
        `业主大会会议：${QUESTION_TITLE[params.question].split(' / ')[0]}，表决时间 ${event.opensAt} 至 ${event.closesAt}`,
        `Owners' assembly: ${QUESTION_TITLE[params.question].split(' / ')[1]}, voting from ${event.opensAt} to ${event.closesAt}`,
      );
      enqueue.emit({ type: 'post', about: `assembly:${params.question}`, at: event.at, text });
      enqueue.emit({
        type: 'notify',
        to: ['residents-committee', 'housing-office', 'residential-party-organisation'],
        about: `assembly:${params.question}`,
        at: event.at,
        text,
      });
      void context;
    }),
    openVote: assign({
      vote: ({ context, event }) => {
        const assembly = context.assembly;
        if (event.type !== 'OPEN_VOTE' || assembly === null) return context.vote;
        return openVote({
          id: event.voteId,
          matter: {
            id: `${context.processId}:${assembly.question}:${context.votes.length + 1}`,
            kind: 'hire-dismiss-firm',
            title: QUESTION_TITLE[assembly.question],
          },
          roll: context.roll,
          profile: context.profile,
          openedAt: event.at,
          closesAt: assembly.closesAt,
          electronicAdopted: context.electronicAdopted,
        });
      },
    }),
    castBallot: assign({
      vote: ({ context, event }) =>
        event.type !== 'CAST_BALLOT' || context.vote === null
          ? context.vote
          : castBallot(context.vote, event.ballot).vote,
    }),
    closeVote: enqueueActions(({ context, event, enqueue }) => {
      const { vote, assembly } = context;
      if (vote === null || assembly === null) return;
      const closed = closeVote(vote, event.at);
      const result = closed.result;
      if (result === undefined) return;
      enqueue.assign({
        vote: null,
        assembly: null,
        votes: [...context.votes, closed],
        decisions: [
          ...context.decisions,
          { question: assembly.question, voteId: vote.id, passed: result.passed, at: event.at },
        ],
      });
      enqueue.emit({
        type: 'vote-result',
        voteId: vote.id,
        question: assembly.question,
        passed: result.passed,
        at: event.at,
        explanation: explainTally(result),
      });
    }),
    recordProposal: assign({
      proposal: ({ event }) => ({
        source:
          event.type === 'REQUEST_INTERIM_ASSEMBLY' ? ('owners' as const) : ('committee' as const),
        at: event.at,
        proposers: event.type === 'REQUEST_INTERIM_ASSEMBLY' ? event.proposers : [],
      }),
    }),
    serveNotice: assign({
      notices: (
        { context, event },
        params: { kind: 'dismissal' | 'non-renewal' | 'indefinite-term' | 'renewal-decision' },
      ) => [
        ...context.notices,
        {
          kind: params.kind,
          by: event.by.role,
          servedAt: event.at,
          effectiveAt:
            event.type === 'SERVE_DISMISSAL_NOTICE' || event.type === 'END_INDEFINITE_TERM'
              ? event.effectiveAt
              : params.kind === 'non-renewal'
                ? (context.contract.endsAt ?? null)
                : null,
        },
      ],
    }),
    notifyFirm: emit(({ event }, params: { about: string }) => ({
      type: 'notify' as const,
      to: ['property-firm' as const],
      about: params.about,
      at: event.at,
      text: bilingual(
        `书面通知物业服务企业：${params.about}`,
        `Written notice to the firm: ${params.about}`,
      ),
    })),
    terminate: assign(({ context, event }) => {
      const at = latestNotice(context)?.effectiveAt ?? context.contract.endsAt ?? event.at;
      const period = context.profile.firm.handover.period;
      return {
        terminatedAt: at,
        handover: initialHandover(context.feeModel),
        deadlines:
          period === null
            ? context.deadlines
            : startDeadline(context.deadlines, 'handover', {
                title: bilingual(
                  '物业服务企业移交资料和财物',
                  'firm hands over records and property',
                ),
                trigger: at,
                period,
                cite: context.profile.firm.handover.cite,
              }),
      };
    }),
    handOverItem: assign({
      handover: ({ context, event }) =>
        event.type !== 'HAND_OVER_ITEM' || context.handover === null
          ? context.handover
          : {
              ...context.handover,
              [event.item]: { status: 'delivered', at: event.at, receipt: event.receipt },
            },
    }),
    completeHandover: assign({
      deadlines: ({ context, event }) => settleDeadline(context.deadlines, 'handover', event.at),
    }),
    requestTemporary: assign({
      temporaryRequest: ({ event }) => ({
        by: event.by.role,
        at: event.at,
        proposers: event.type === 'REQUEST_TEMPORARY_FIRM' ? event.proposers : [],
      }),
    }),
    appointTemporary: assign(({ context, event }) => {
      const temporary = context.profile.firm.temporaryFirm.value;
      return {
        caretaker: {
          kind: 'temporary-firm' as const,
          firmId: event.type === 'APPOINT_TEMPORARY_FIRM' ? event.firmId : null,
          since: event.at,
        },
        deadlines:
          temporary === null
            ? context.deadlines
            : startDeadline(context.deadlines, 'temporary-service', {
                title: bilingual('临时物业服务期限', 'temporary service ends'),
                trigger: event.at,
                period: temporary.maxDuration,
                cite: context.profile.firm.temporaryFirm.cite,
              }),
      };
    }),
    successorTakesOver: assign(({ context, event }) => ({
      caretaker: {
        kind: 'successor' as const,
        firmId: event.type === 'SUCCESSOR_TAKES_OVER' ? event.firmId : null,
        since: event.at,
      },
      deadlines: settleDeadline(context.deadlines, 'temporary-service', event.at),
    })),
    draftPlan: assign({
      plan: ({ context, event }) => (event.type === 'DRAFT_PLAN' ? event.plan : context.plan),
    }),
    postPlan: enqueueActions(({ event, enqueue }) => {
      enqueue.assign({ planPostedAt: event.at });
      enqueue.emit({
        type: 'post',
        about: 'selection-plan',
        at: event.at,
        text: bilingual(
          '公告业主大会通过的物业服务企业选聘方案',
          'Posting the selection plan the assembly approved',
        ),
      });
    }),
    recordBid: assign({
      bids: ({ context, event }) =>
        event.type === 'RECORD_BID' ? [...context.bids, event.bid] : context.bids,
    }),
    approveNegotiation: assign({
      negotiationApproval: ({ context, event }) =>
        event.type === 'APPROVE_NEGOTIATION'
          ? { at: event.at, ref: event.ref }
          : context.negotiationApproval,
    }),
    chooseFirm: assign({
      chosenFirm: ({ context, event }) =>
        event.type === 'CHOOSE_FIRM' ? event.firmId : context.chosenFirm,
    }),
    signContract: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'SIGN_CONTRACT' || context.chosenFirm === null) return;
      const period = context.profile.firm.contractFiling.period;
      enqueue.assign({
        signed: {
          contractId: event.contractId,
          firmId: context.chosenFirm,
          signedAt: event.at,
          startsAt: event.startsAt,
          endsAt: event.endsAt,
        },
        firm: { id: context.chosenFirm },
        contract: { ...context.contract, endsAt: event.endsAt },
        deadlines:
          period === null
            ? context.deadlines
            : startDeadline(context.deadlines, 'contract-filing', {
                title: bilingual(
                  '物业服务合同报房管机构备案',
                  'contract filed with the housing office',
                ),
                trigger: event.at,
                period,
                cite: context.profile.firm.contractFiling.cite,
              }),
      });
      if (context.stage === 'owners' && context.earlyStageContractInForce) {
        enqueue.emit({
          type: 'notify',
          to: ['developer', 'property-firm'],
          about: 'early-stage-contract-ends',
          at: event.at,
          text: bilingual(
            `业主委员会与新物业服务企业订立的合同于 ${event.startsAt} 生效，前期物业服务合同同时终止（民法典第九百四十条）`,
            `The owners' contract takes effect at ${event.startsAt}; the early-stage contract ends then (CC 940)`,
          ),
        });
      }
    }),
    fileContract: assign({
      filedAt: ({ event }) => event.at,
      deadlines: ({ context, event }) =>
        settleDeadline(context.deadlines, 'contract-filing', event.at),
    }),
    acceptRenewal: assign(({ context, event }) => ({
      renewal: 'accepted' as const,
      contract:
        event.type === 'ACCEPT_RENEWAL'
          ? { ...context.contract, endsAt: event.endsAt }
          : context.contract,
    })),
    declineRenewal: assign({ renewal: 'declined' as const }),
  },
});

/** Builds a machine's context from its input (validated with zod). */
export const contextFromInput = ({ input }: { input: FirmInput }): FirmContext =>
  initialContext(input);
