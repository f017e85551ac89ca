import {
  type ClockUpdate,
  clockTo,
  type DeadlineBook,
  type EventEnvelope,
  type LawClocked,
  markMissed,
} from '@jiayuan/core';
import { assertEvent, assign, emit } from 'xstate';
import type { DeadlineId } from './deadline-titles.js';
import { isPastDue } from './time.js';

/**
 * A named effect shared by several machines (the election, the group's work, the committee's
 * seating): typed against the part of the context it reads and writes, so it fits the `setup` of
 * every machine whose context has that part. xstate types an action by the whole machine it
 * belongs to; a shared one is typed by its slice instead, which is what the cast below states.
 */
export type Effect<TContext, TEvent = EventEnvelope> = (
  args: { readonly context: TContext; readonly event: TEvent },
  params: undefined,
) => void;

/** An assignment of `update(context, event)` as a shared named effect. */
export function effect<TContext extends object>(
  update: (context: TContext, event: EventEnvelope) => Partial<TContext>,
): Effect<TContext> {
  return assign<TContext, EventEnvelope, undefined, never, never>(({ context, event }) =>
    update(context, event),
  ) as unknown as Effect<TContext>;
}

/**
 * A maker of shared effects over `TContext` taken on events of `TEvent`: `on(type, update)` is
 * the effect of events of `type` (asserted with xstate's `assertEvent`), its `update` typed by
 * that event. The effect moves the clock first ({@link clockedUpdate}): a transition lists it
 * without `clock`.
 */
export function effectsFor<TContext extends object, TEvent extends EventEnvelope>() {
  return <const TType extends TEvent['type']>(
    type: TType | readonly TType[],
    update: (
      context: TContext,
      event: Extract<TEvent, { readonly type: TType }>,
    ) => Partial<TContext>,
  ): Effect<TContext & Clocked> =>
    effect<TContext & Clocked>(
      clockedUpdate(
        (context, event) =>
          update(context, eventOf<TEvent, TType>(event, type)) as Partial<TContext & Clocked>,
      ),
    );
}

/**
 * The event `type` of a union `TEvent`, asserted with xstate's `assertEvent` (it throws on any
 * other event) and narrowed to its type. For shared effects, which see events as envelopes.
 */
export function eventOf<TEvent extends EventEnvelope, const TType extends TEvent['type']>(
  event: EventEnvelope,
  type: TType | readonly TType[],
): Extract<TEvent, { readonly type: TType }> {
  assertEvent(event, type as TType | TType[]);
  return event as unknown as Extract<TEvent, { readonly type: TType }>;
}

/** What every process keeps for its clock. */
export interface Clocked extends LawClocked {
  readonly deadlines: DeadlineBook;
}

/** What the clock changes: the time (and the edition held), and the deadlines it marks missed. */
export interface ClockChange extends ClockUpdate {
  readonly deadlines: DeadlineBook;
}

// Built as literals and filled by `Object.assign`, never `{ ...a, b }` or `{ ...a, ...b }`: V8 11
// (Node 20) copies a spread object into one given a property the source lacks 20–30 times
// slower (0.5–1.9 µs against 20–70 ns), and the clock runs on every event of every process
// (docs/benchmarks-machines.md).
function clockChange(context: Clocked, at: string): ClockChange {
  const { now, profile, law } = clockTo(context, at);
  const deadlines = markMissed(context.deadlines, at);
  return profile === undefined || law === undefined
    ? { now, deadlines }
    : { now, profile, law, deadlines };
}

/**
 * Moves the process clock to the event and marks overdue deadlines missed (every event). A
 * process that follows the law takes the edition in force on the event's day (the act's date).
 * An event's own effect made with {@link clocked} (or by `effectsFor`) moves the clock itself.
 */
export const clock: Effect<Clocked> = effect<Clocked>((context, event) =>
  clockChange(context, event.at),
);

/**
 * `update` applied to the context as {@link clock} leaves it at the event, returned with the
 * clock's own change: the effect of an event moves the clock first, in the same `assign`.
 *
 * xstate rebuilds the whole snapshot — state value, tags — after every `assign`, which on the
 * deep parallel states of formation and re-election cost more than most effects themselves; a
 * transition listing `clock` and then its effect paid it twice (docs/benchmarks-machines.md).
 */
export function clockedUpdate<TContext extends Clocked, TEvent extends EventEnvelope>(
  update: (context: TContext, event: TEvent) => Partial<TContext>,
): (context: TContext, event: TEvent) => Partial<TContext> {
  return (context, event) => {
    const moved = clockChange(context, event.at);
    // `moved` is this call's own object: the effect sees a copy, and its own fields win.
    return Object.assign(moved, update({ ...context, ...moved }, event)) as Partial<TContext>;
  };
}

/**
 * An `assign` assigner that moves the clock first ({@link clockedUpdate}), for a setup's own
 * named effects: `assign(clocked(({ context, event }) => ({ … })))` in place of listing `clock`
 * before the effect.
 */
export function clocked<
  TArgs extends { readonly context: Clocked; readonly event: EventEnvelope },
  TUpdate extends object,
>(update: (args: TArgs) => TUpdate): (args: TArgs) => TUpdate & ClockChange {
  return (args) => {
    const moved = clockChange(args.context, args.event.at);
    return Object.assign(moved, update({ ...args, context: { ...args.context, ...moved } }));
  };
}

/** What a committee process announces: a posting in the complex or a notice to someone. */
export type AnnouncementKind = 'post' | 'notify';

/** What is posted or notified (the `what` of {@link CommitteeEmitted}). */
export type Announcement =
  | 'decision'
  | 'regular-meeting-overdue'
  | 'membership-ended'
  | 'removal-result'
  | 'by-elected'
  | 'inactive'
  | 'developer-report-overdue'
  | 'group-formation-overdue'
  | 'group-roster'
  | 'roll'
  | 'meeting-notice'
  | 'first-meeting-overdue'
  | 'stand-in-formed'
  | 'committee-members'
  | 'filing-overdue'
  | 'seal-permit'
  | 'term-report-overdue'
  | 'records-handover-overdue'
  | 'police-assist'
  | 'term-end-audit'
  | 'term-expired';

/** What the committee machines emit for the host to carry out: postings, notices, filings. */
export interface CommitteeEmitted {
  readonly type: AnnouncementKind;
  /** What is posted or notified. */
  readonly what: Announcement;
  readonly at: string;
}

/** The params of the `announce` action. */
export interface AnnounceParams {
  readonly type: AnnouncementKind;
  readonly what: Announcement;
}

/** Emits a posting or notice at the event's time (params: what and how). */
export const announce = emit(
  ({ event }: { readonly event: EventEnvelope }, params: AnnounceParams): CommitteeEmitted => ({
    type: params.type,
    what: params.what,
    at: event.at,
  }),
) as unknown as (args: { readonly event: EventEnvelope }, params: AnnounceParams) => void;

/** The params of the `pastDue` guard: the deadline it asks about. */
export interface PastDueParams {
  readonly id: DeadlineId;
}

/** The `pastDue` guard on deadline `id`, as a transition names it: `and(['TICK', overdue(id)])`. */
export function overdue(id: DeadlineId): {
  readonly type: 'pastDue';
  readonly params: PastDueParams;
} {
  return { type: 'pastDue', params: { id } };
}

/** Whether deadline `params.id` has passed unmet at the event (a TICK's own condition). */
export function pastDue(
  {
    context,
    event,
  }: { readonly context: Pick<Clocked, 'deadlines'>; readonly event: EventEnvelope },
  params: PastDueParams,
): boolean {
  return isPastDue(context, params.id, event.at);
}
