import { bilingual, settleDeadline, startDeadline } from '@jiayuan/core';
import { assertEvent, assign, type EventObject } from 'xstate';
import { initialHandover } from '../shared/handover.js';
import type { FirmEventLike } from '../vote/actions.js';
import type { CommonContext } from '../vote/context.js';
import type { ExitEvent } from './catalog.js';
import type { ExitContext } from './context.js';

/** The context of a procedure that ends a contract. */
type Exiting = CommonContext & ExitContext;

/**
 * A machine's event narrowed to one of the exit types. Sound: every machine's event of that type
 * is parsed by the same definition in `exitEvents`.
 */
function exit<T extends ExitEvent['type']>(
  event: EventObject,
  type: T,
): Extract<ExitEvent, { type: T }> {
  assertEvent(event, type);
  return event as unknown as Extract<ExitEvent, { type: T }>;
}

/** The guard of a transition's own condition: the latest written notice has taken effect. */
export const noticeTakesEffect = ({
  context,
  event,
}: {
  readonly context: Pick<ExitContext, 'notices'>;
  readonly event: { readonly at: string };
}): boolean => {
  const effectiveAt = context.notices.at(-1)?.effectiveAt;
  return effectiveAt != null && Date.parse(event.at) >= Date.parse(effectiveAt);
};

/**
 * The guard of a transition's own condition: the profile counts the hand-over from the firm's
 * receipt of the dismissal notice (BJ 76 ¶1), so the firm hands over while the notice runs.
 */
export const handoverFromNotice = ({
  context,
}: {
  readonly context: Pick<CommonContext, 'profile'>;
}): boolean =>
  context.profile.firm.handover.countsFrom === 'notice-received' &&
  context.profile.firm.handover.period !== null;

/**
 * The guard of a transition's own condition: the hand-over was confirmed in time before the
 * contract ended (its deadline met or late, not missed or still running).
 */
export const handedOverBeforeEnd = ({
  context,
}: {
  readonly context: Pick<CommonContext, 'deadlines'>;
}): boolean => {
  const status = context.deadlines.handover?.status;
  return status === 'met' || status === 'late';
};

/**
 * The guard of a transition's own condition: the profile does not keep the old firm serving after
 * the contract ends (`firm.keepsServingUntilHandover` false), so no one serves until a temporary
 * firm or the successor takes over. Every shipped profile keeps it serving (CC 950 "原物业服务人应当
 * 继续处理物业服务事项").
 */
export const oldFirmStops = ({
  context,
}: {
  readonly context: Pick<CommonContext, 'profile'>;
}): boolean => !context.profile.firm.keepsServingUntilHandover.value;

/** The guard of a transition's own condition: the hand-over deadline is still running. */
export const handoverRunning = ({
  context,
}: {
  readonly context: Pick<CommonContext, 'deadlines'>;
}): boolean => context.deadlines.handover?.status === 'pending';

/**
 * The named actions of the procedures that end a contract (dismissal, contract term): the
 * termination that opens the hand-over, each item handed over, a temporary firm, the successor.
 */
export function exitActions<TContext extends Exiting, TEvent extends FirmEventLike>() {
  const patch = (p: Partial<Exiting>) => p as Partial<TContext>;
  return {
    /**
     * The contract ends: at the notice's effective time, else at expiry; hand-over due (SH 50).
     * A hand-over already running from the dismissal notice (BJ 76 ¶1) keeps its items and
     * deadline.
     */
    terminate: assign<TContext, TEvent, undefined, TEvent, never>(({ context, event }) => {
      const at = context.notices.at(-1)?.effectiveAt ?? context.contract.endsAt ?? event.at;
      // CC 950: the old firm keeps serving until it is replaced, where the profile says so.
      const caretaker = oldFirmStops({ context }) ? null : context.caretaker;
      if (context.handover !== null) return patch({ terminatedAt: at, caretaker });
      const period = context.profile.firm.handover.period;
      return patch({
        terminatedAt: at,
        caretaker,
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
                // The contract ends at `at`: the termination day is the day it closes (24:00
                // included) and the 10 days count from the next one (SH 50, CC 201, CC 203).
                triggerKind: 'end',
                period,
                cite: context.profile.firm.handover.cite,
              }),
      });
    }),
    /**
     * The hand-over opens on the owners' notice ending the firm's service where the profile
     * counts it from the firm's receipt of the notice (BJ 76 ¶1 "自接到通知之日起三十日内"): the
     * notice day is not counted (CC 201), so a notice served 04-02 gives 24:00 of 05-02. A notice
     * the firm serves itself is not one it receives: its hand-over counts from the contract's end.
     */
    openHandoverOnNotice: assign<TContext, TEvent, undefined, TEvent, never>(
      ({ context, event }) => {
        const { period, cite } = context.profile.firm.handover;
        if (!handoverFromNotice({ context }) || period === null) return {};
        if (event.by.role === 'property-firm') return {};
        return patch({
          handover: context.handover ?? initialHandover(context.feeModel),
          deadlines: startDeadline(context.deadlines, 'handover', {
            title: bilingual('物业服务企业移交资料和财物', 'firm hands over records and property'),
            trigger: event.at,
            period,
            cite,
          }),
        });
      },
    ),
    /** One SH 50 item is delivered against the committee's receipt. */
    handOverItem: assign<TContext, TEvent, undefined, TEvent, never>(({ context, event }) => {
      const item = exit(event, 'HAND_OVER_ITEM');
      // Only taken in the hand-over, which `terminate` opened.
      if (context.handover === null) return {};
      return patch({
        handover: {
          ...context.handover,
          [item.item]: { status: 'delivered', at: item.at, receipt: item.receipt },
        },
      });
    }),
    /** The hand-over is confirmed complete; its deadline is settled. */
    completeHandover: assign<TContext, TEvent, undefined, TEvent, never>(({ context, event }) =>
      patch({
        deadlines: settleDeadline(
          context.deadlines,
          'handover',
          exit(event, 'COMPLETE_HANDOVER').at,
        ),
      }),
    ),
    /** A temporary firm is requested from the 街镇 (SH 52 ¶1). */
    requestTemporary: assign<TContext, TEvent, undefined, TEvent, never>(({ event }) => {
      const request = exit(event, 'REQUEST_TEMPORARY_FIRM');
      return patch({
        temporaryRequest: { by: request.by.role, at: request.at, proposers: request.proposers },
      });
    }),
    /** The 街镇 appoints a temporary firm; its service is limited (SH 52 ¶2). */
    appointTemporary: assign<TContext, TEvent, undefined, TEvent, never>(({ context, event }) => {
      const appoint = exit(event, 'APPOINT_TEMPORARY_FIRM');
      const temporary = context.profile.firm.temporaryFirm.value;
      return patch({
        caretaker: { kind: 'temporary-firm', firmId: appoint.firmId, since: appoint.at },
        deadlines:
          temporary === null
            ? context.deadlines
            : startDeadline(context.deadlines, 'temporary-service', {
                title: bilingual('临时物业服务期限', 'temporary service ends'),
                trigger: appoint.at,
                period: temporary.maxDuration,
                cite: context.profile.firm.temporaryFirm.cite,
              }),
      });
    }),
    /** The firm the owners hired takes over (CC 950). */
    successorTakesOver: assign<TContext, TEvent, undefined, TEvent, never>(({ context, event }) => {
      const successor = exit(event, 'SUCCESSOR_TAKES_OVER');
      return patch({
        caretaker: { kind: 'successor', firmId: successor.firmId, since: successor.at },
        deadlines: settleDeadline(context.deadlines, 'temporary-service', successor.at),
      });
    }),
  };
}
