import { type Bilingual, bilingual, type CitationId } from '@jiayuan/core';
import { committeeSetup } from './setup.js';

const act = ['clock', 'formation'] as const;

/** What differs between the first committee's seating and a re-elected one's. */
export interface SeatingOptions {
  /** Title of the filing state (备案, 换届备案). */
  readonly filingTitle: Bilingual;
  /** The article on filing within 30 days (SH 23 first; SH 29 ¶2 on re-election). */
  readonly filingLegal: readonly CitationId[];
  /** The sibling state the completed filing leads to. */
  readonly completedTarget: string;
  /** Citations of the completed filing. */
  readonly completedLegal: readonly CitationId[];
}

/**
 * The steps after the election, shared by formation and re-election as state configs on the one
 * setup (like the election's): chair and vice-chair chosen, members posted within 3 days
 * (SH 21 ¶2), filing within 30 days and the 街镇 completing it within 20 (SH 23, 29 ¶2, 34),
 * each deadline with a visible `overdue` state. Spread the result into the parent's `states`.
 */
export function seatingStateConfigs(options: SeatingOptions) {
  const filingLegal = [...options.filingLegal];
  return {
    officers: committeeSetup.createStateConfig({
      meta: { title: bilingual('推选主任、副主任', 'Choosing officers'), legal: ['SH-21-2'] },
      on: {
        CHOOSE_OFFICERS: {
          guard: 'officersOk',
          target: 'posting',
          actions: [...act],
          meta: { legal: ['SH-21-2'] },
        },
      },
    }),
    posting: committeeSetup.createStateConfig({
      meta: { title: bilingual('公告委员名单', 'Posting the members'), legal: ['SH-21-2'] },
      on: {
        POST_RESULT: {
          target: 'filing',
          actions: [
            ...act,
            { type: 'announce', params: { type: 'post', what: 'committee-members' } },
          ],
          meta: { legal: ['SH-21-2'] },
        },
      },
    }),
    filing: committeeSetup.createStateConfig({
      meta: { title: options.filingTitle, legal: filingLegal },
      initial: 'onTime',
      on: {
        FILE: {
          guard: 'filingOk',
          target: 'awaitingCompletion',
          actions: [...act],
          meta: { legal: filingLegal },
        },
      },
      states: {
        onTime: {
          meta: { title: bilingual('三十日内', 'Within 30 days'), legal: filingLegal },
          on: {
            TICK: {
              guard: { type: 'pastDue', params: { id: 'filing' } },
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
    }),
    awaitingCompletion: committeeSetup.createStateConfig({
      meta: {
        title: bilingual('街镇办理备案', 'Street office completing filing'),
        legal: ['SH-34'],
      },
      initial: 'onTime',
      on: {
        COMPLETE_FILING: {
          target: options.completedTarget,
          actions: [
            ...act,
            'dissolveGroup',
            { type: 'announce', params: { type: 'notify', what: 'seal-permit' } },
          ],
          meta: { legal: [...options.completedLegal] },
        },
      },
      states: {
        onTime: {
          meta: { title: bilingual('二十日内', 'Within 20 days'), legal: ['SH-34'] },
          on: {
            TICK: {
              guard: { type: 'pastDue', params: { id: 'filing-completion' } },
              target: 'overdue',
              actions: ['clock'],
              meta: { legal: ['SH-34'] },
            },
          },
        },
        overdue: {
          meta: {
            title: bilingual('街镇逾期未完成备案', 'Completion overdue'),
            legal: ['SH-34'],
          },
        },
      },
    }),
  };
}
