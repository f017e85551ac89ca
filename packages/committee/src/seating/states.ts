import { type Bilingual, bilingual, type CitationId } from '@jiayuan/core';
import { and } from 'xstate';
import { overdue } from '../shared/effects.js';

/** What differs between the first committee's seating and a re-elected one's. */
export interface SeatingOptions<TCompleted extends 'established' | 'filed'> {
  /** Title of the filing state (备案, 换届备案). */
  readonly filingTitle: Bilingual;
  /** The article on filing within 30 days (SH 23 first; SH 29 ¶2 on re-election). */
  readonly filingLegal: readonly CitationId[];
  /** The sibling state the completed filing leads to. */
  readonly completedTarget: TCompleted;
  /** Citations of the completed filing. */
  readonly completedLegal: readonly CitationId[];
}

/**
 * The steps after the election, shared by formation and re-election as state configs (like the
 * election's): chair and vice-chair chosen, members posted within 3 days (SH 21 ¶2), filing
 * within 30 days and the 街镇 completing it within 20 (SH 23, 29 ¶2, 34), each deadline with a
 * visible `overdue` state. Spread the result into the parent's `states`. It names what
 * `seatingEntries` and `seatingEffects` define, and each setup's `completeFiling`.
 */
export function seatingStates<const TCompleted extends 'established' | 'filed'>(
  options: SeatingOptions<TCompleted>,
) {
  const filingLegal = options.filingLegal;
  return {
    officers: {
      description: 'The elected members choose their chair and vice-chair(s).',
      meta: { title: bilingual('推选主任、副主任', 'Choosing officers'), legal: ['SH-21-2'] },
      on: {
        CHOOSE_OFFICERS: {
          guard: 'CHOOSE_OFFICERS',
          target: 'posting',
          actions: ['chooseOfficers'],
          meta: { legal: ['SH-21-2'] },
        },
      },
    },
    posting: {
      description: 'The group posts the chair, vice-chairs and members.',
      meta: { title: bilingual('公告委员名单', 'Posting the members'), legal: ['SH-21-2'] },
      on: {
        POST_RESULT: {
          guard: 'POST_RESULT',
          target: 'filing',
          actions: [
            'postResult',
            { type: 'announce', params: { type: 'post', what: 'committee-members' } },
          ],
          meta: { legal: ['SH-21-2'] },
        },
      },
    },
    filing: {
      description:
        "The committee files with the street office within the profile's period of its election (SH 23: 30 days).",
      meta: { title: options.filingTitle, legal: filingLegal },
      initial: 'onTime',
      on: {
        FILE: {
          guard: 'FILE',
          target: 'awaitingCompletion',
          actions: ['file'],
          meta: { legal: filingLegal },
        },
      },
      states: {
        onTime: {
          description: "Within the profile's period.",
          meta: { title: bilingual('期限内', 'Within the period'), legal: filingLegal },
          on: {
            TICK: {
              guard: and(['TICK', overdue('filing')]),
              target: 'overdue',
              actions: [
                'clock',
                { type: 'announce', params: { type: 'notify', what: 'filing-overdue' } },
              ],
              meta: { legal: filingLegal },
            },
          },
        },
        overdue: {
          description: 'The period passed; the miss is recorded and filing is still possible.',
          meta: {
            title: bilingual('逾期未备案', 'Filing overdue'),
            legal: filingLegal,
            description: bilingual(
              '逾期已记录，仍可补办备案',
              'Recorded; filing is still possible',
            ),
          },
        },
      },
    },
    awaitingCompletion: {
      description:
        "The street office completes the filing within the profile's period (SH 34: 20 days; BJ 43 ¶2: 5 working days).",
      meta: {
        title: bilingual('街镇办理备案', 'Street office completing filing'),
        legal: ['SH-34'],
      },
      initial: 'onTime',
      on: {
        COMPLETE_FILING: {
          guard: 'COMPLETE_FILING',
          target: options.completedTarget,
          actions: [
            'completeFiling',
            'dissolveGroup',
            { type: 'announce', params: { type: 'notify', what: 'seal-permit' } },
          ],
          meta: { legal: options.completedLegal },
        },
      },
      states: {
        onTime: {
          description: "Within the profile's period.",
          meta: { title: bilingual('期限内', 'Within the period'), legal: ['SH-34'] },
          on: {
            TICK: {
              guard: and(['TICK', overdue('filing-completion')]),
              target: 'overdue',
              actions: ['clock'],
              meta: { legal: ['SH-34'] },
            },
          },
        },
        overdue: {
          description: 'The street office has not completed the filing within the period.',
          meta: {
            title: bilingual('街镇逾期未完成备案', 'Completion overdue'),
            legal: ['SH-34'],
          },
        },
      },
    },
  } as const;
}
