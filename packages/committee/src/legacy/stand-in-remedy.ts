import { type Bilingual, bilingual, type CitationId } from '@jiayuan/core';
import { committeeSetup } from './setup.js';

const act = ['clock', 'formation'] as const;

/** What the remedy waits for, and where it leads once that has happened. */
export interface StandInRemedyOptions {
  /** The guard that ends the gap: the first meeting held, or the new committee elected. */
  readonly until: 'meetingHeld' | 'newCommitteeElected';
  /** The sibling state it then leads to. */
  readonly target: string;
  /** Citations of that step. */
  readonly untilLegal: readonly CitationId[];
  /** What the stand-in pushes forward. */
  readonly description: Bilingual;
}

/**
 * The remedy when no committee is formed or re-elected in time (TERM-9, SH-36 (十八)), shared by
 * formation's missed first meeting and re-election's expired term: `on` goes on the overdue
 * state (the 街镇 records the stand-in it formed, where the profile has one), `state` is the
 * `standIn` sibling the procedure waits in until the gap closes.
 */
export function standInRemedy(options: StandInRemedyOptions) {
  return {
    on: {
      RECORD_STAND_IN: {
        guard: 'standInAvailable',
        target: 'standIn',
        actions: [
          ...act,
          { type: 'announce', params: { type: 'notify', what: 'stand-in-formed' } },
        ],
        meta: { legal: ['SH-36-18'] },
      },
    },
    state: committeeSetup.createStateConfig({
      meta: {
        title: bilingual('物业治理委员会临时补位', 'A stand-in body acts'),
        legal: ['SH-36-18'],
        description: options.description,
      },
      always: {
        guard: options.until,
        target: options.target,
        meta: { legal: [...options.untilLegal] },
      },
    }),
  } as const;
}
