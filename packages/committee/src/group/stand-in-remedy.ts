import { type Bilingual, bilingual, type CitationId } from '@jiayuan/core';

/** What the remedy waits for, and where it leads once that has happened. */
export interface StandInRemedyOptions<
  TUntil extends 'meetingHeld' | 'newCommitteeElected',
  TTarget extends 'held' | 'renewed',
> {
  /** The guard that ends the gap: the first meeting held, or the new committee elected. */
  readonly until: TUntil;
  /** The sibling state it then leads to. */
  readonly target: TTarget;
  /** Citations of that step. */
  readonly untilLegal: readonly CitationId[];
  /** What the stand-in pushes forward (English). */
  readonly description: string;
  /** The same in both languages. */
  readonly meta: Bilingual;
}

/**
 * The remedy when no committee is formed or re-elected in time (TERM-9, SH-36 (十八)), shared by
 * formation's missed first meeting and re-election's expired term: `on` goes on the overdue
 * state (the 街镇 records the stand-in it formed, where the profile has one: the rule
 * `stand-in-available` of `RECORD_STAND_IN`), `state` is the `standIn` sibling the procedure
 * waits in until the gap closes.
 */
export function standInRemedy<
  const TUntil extends 'meetingHeld' | 'newCommitteeElected',
  const TTarget extends 'held' | 'renewed',
>(options: StandInRemedyOptions<TUntil, TTarget>) {
  return {
    on: {
      RECORD_STAND_IN: {
        guard: 'RECORD_STAND_IN',
        target: 'standIn',
        actions: [
          'recordStandIn',
          { type: 'announce', params: { type: 'notify', what: 'stand-in-formed' } },
        ],
        meta: { legal: ['SH-36-18'] },
      },
    },
    state: {
      description: options.description,
      meta: {
        title: bilingual('物业治理委员会临时补位', 'A stand-in body acts'),
        legal: ['SH-36-18'],
        description: options.meta,
      },
      always: {
        guard: options.until,
        target: options.target,
        meta: { legal: options.untilLegal },
      },
    },
  } as const;
}
