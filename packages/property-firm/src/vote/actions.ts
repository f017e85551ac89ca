import {
  bilingual,
  castBallot,
  clockTo,
  closeVote,
  explainTally,
  markMissed,
  openVote,
  type Role,
} from '@jiayuan/core';
import { assertEvent, assign, type EventObject, enqueueActions } from 'xstate';
import type { Question } from '../shared/context.js';
import { type FirmEmitted, HANDOVER_DEADLINE, handoverMissed } from '../shared/emitted.js';
import type { CommonEvent } from './catalog.js';
import { type CommonContext, NO_PRE_CALL } from './context.js';

/** What every event of this package carries, as the shared actions read it. */
export interface FirmEventLike extends EventObject {
  readonly at: string;
  readonly by: { readonly id: string; readonly role: Role };
}

const QUESTION_TITLE: Readonly<Record<Question, { readonly zh: string; readonly en: string }>> = {
  'dismiss-firm': { zh: '解聘物业服务企业', en: 'dismiss the property firm' },
  'selection-plan': { zh: '物业服务企业选聘方案', en: 'selection plan for the property firm' },
  'choose-firm': { zh: '选聘物业服务企业', en: 'hire the property firm' },
  'renew-firm': { zh: '续聘物业服务企业', en: 'renew the property firm' },
};

/**
 * A machine's event narrowed to one of the common types. Sound: every machine's event of that
 * type is parsed by the same definition in `commonEvents`.
 */
function common<T extends CommonEvent['type']>(
  event: EventObject,
  type: T,
): Extract<CommonEvent, { type: T }> {
  assertEvent(event, type);
  return event as unknown as Extract<CommonEvent, { type: T }>;
}

/** The guard of a transition's own condition: the vote being closed passes. */
export const votePasses = ({
  context,
  event,
}: {
  readonly context: Pick<CommonContext, 'vote'>;
  readonly event: { readonly at: string };
}): boolean => context.vote !== null && closeVote(context.vote, event.at).result?.passed === true;

/**
 * The named actions every machine of this package applies, for its `setup({ actions })`: the
 * clock, missed deadlines, the re-election freeze and the owners' vote.
 */
export function commonActions<TContext extends CommonContext, TEvent extends FirmEventLike>() {
  const patch = (p: Partial<CommonContext>) => p as Partial<TContext>;
  return {
    /**
     * The process clock moves to the event's time; a process that follows a history takes the
     * edition in force on the event's day (the act's date).
     */
    clock: assign<TContext, TEvent, undefined, TEvent, never>(({ context, event }) =>
      patch(clockTo(context, event.at)),
    ),
    /**
     * Deadlines past due are marked missed. A hand-over missed is reported to the district
     * housing bureau with the profile's fine range (BJ 97, PMR 58, SH 81).
     */
    markMissed: enqueueActions<
      TContext,
      TEvent,
      undefined,
      TEvent,
      never,
      never,
      never,
      never,
      FirmEmitted
    >(({ context, event, enqueue }) => {
      const deadlines = markMissed(context.deadlines, event.at);
      enqueue.assign(patch({ deadlines }));
      const before = context.deadlines[HANDOVER_DEADLINE]?.status;
      if (before === 'pending' && deadlines[HANDOVER_DEADLINE]?.status === 'missed') {
        enqueue.emit(handoverMissed(context.profile.firm.handoverFineYuan, event.at));
      }
    }),
    /** A re-election freeze starts (SH 28 ¶4). */
    freezeOn: assign<TContext, TEvent, undefined, TEvent, never>(({ event }) =>
      patch({ freeze: { active: true, changedAt: common(event, 'FREEZE.START').at } }),
    ),
    /** The freeze ends. */
    freezeOff: assign<TContext, TEvent, undefined, TEvent, never>(({ event }) =>
      patch({ freeze: { active: false, changedAt: common(event, 'FREEZE.END').at } }),
    ),
    /** The committee has reported to the residential party organisation (SH-36 (十六)). */
    reportToParty: assign<TContext, TEvent, undefined, TEvent, never>(({ context, event }) => {
      const report = common(event, 'REPORT_TO_PARTY_ORGANISATION');
      return patch({
        preCall: { ...context.preCall, partyReport: { at: report.at, by: report.by.id } },
      });
    }),
    /** The housing office and the residents' committee are told in writing (SH 25 ¶2). */
    noticeAuthorities: assign<TContext, TEvent, undefined, TEvent, never>(({ context, event }) => {
      const notice = common(event, 'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE');
      return patch({
        preCall: {
          ...context.preCall,
          writtenNotice: {
            at: notice.at,
            by: notice.by.id,
            meetingAt: notice.meetingAt,
            place: notice.place,
            agenda: notice.agenda,
          },
        },
      });
    }),
    /** The assembly is called on `question`: posted in the complex and notified (PMR 14). */
    callAssembly: enqueueActions<
      TContext,
      TEvent,
      { readonly question: Question },
      TEvent,
      never,
      never,
      never,
      never,
      FirmEmitted
    >(({ event, enqueue }, { question }) => {
      const call = common(event, 'CALL_ASSEMBLY');
      enqueue.assign(
        patch({
          assembly: {
            question,
            calledAt: call.at,
            calledBy: call.by.role,
            opensAt: call.opensAt,
            closesAt: call.closesAt,
          },
        }),
      );
      const title = QUESTION_TITLE[question];
      const text = bilingual(
        `业主大会会议：${title.zh}，表决时间 ${call.opensAt} 至 ${call.closesAt}`,
        `Owners' assembly: ${title.en}, voting from ${call.opensAt} to ${call.closesAt}`,
      );
      const about = `assembly:${question}` as const;
      enqueue.emit({ type: 'post', about, at: call.at, text });
      enqueue.emit({
        type: 'notify',
        to: ['residents-committee', 'housing-office', 'residential-party-organisation'],
        about,
        at: call.at,
        text,
      });
    }),
    /** Voting opens on the roll and rule as they are now (CC 278 ¶2). */
    openVote: assign<TContext, TEvent, undefined, TEvent, never>(({ context, event }) => {
      const open = common(event, 'OPEN_VOTE');
      const assembly = context.assembly;
      // Only a called vote opens (the machine takes OPEN_VOTE in `called`).
      if (assembly === null) return {};
      return patch({
        vote: openVote({
          id: open.voteId,
          matter: {
            id: `${context.processId}:${assembly.question}:${context.votes.length + 1}`,
            kind: 'hire-dismiss-firm',
            title: `${QUESTION_TITLE[assembly.question].zh} / ${QUESTION_TITLE[assembly.question].en}`,
          },
          roll: context.roll,
          profile: context.profile,
          openedAt: open.at,
          closesAt: assembly.closesAt,
          electronicAdopted: context.electronicAdopted,
        }),
      });
    }),
    /** A ballot the rules let through is counted in (a revote replaces the earlier one). */
    castBallot: assign<TContext, TEvent, undefined, TEvent, never>(({ context, event }) => {
      const cast = common(event, 'CAST_BALLOT');
      return context.vote === null
        ? {}
        : patch({ vote: castBallot(context.vote, cast.ballot).vote });
    }),
    /** The vote is closed and counted; the result is emitted with its explanation (SH 27). */
    closeVote: enqueueActions<
      TContext,
      TEvent,
      undefined,
      TEvent,
      never,
      never,
      never,
      never,
      FirmEmitted
    >(({ context, event, enqueue }) => {
      const close = common(event, 'CLOSE_VOTE');
      const { vote, assembly } = context;
      if (vote === null || assembly === null) return;
      const closed = closeVote(vote, close.at);
      const result = closed.result;
      if (result === undefined) return;
      enqueue.assign(
        patch({
          vote: null,
          assembly: null,
          // The next assembly needs its own report and notice.
          preCall: NO_PRE_CALL,
          votes: [...context.votes, closed],
          decisions: [
            ...context.decisions,
            { question: assembly.question, voteId: vote.id, passed: result.passed, at: close.at },
          ],
        }),
      );
      enqueue.emit({
        type: 'vote-result',
        voteId: vote.id,
        question: assembly.question,
        passed: result.passed,
        at: close.at,
        explanation: explainTally(result),
      });
    }),
  };
}
