import { bilingual } from '@jiayuan/core';
import { and } from 'xstate';
import type { Question } from '../shared/context.js';
import { meta, state } from '../shared/meta.js';

/**
 * Every owners' vote of this package: the assembly called (with notice) on `question`, voting
 * open on the frozen roll, then counted. `passed` and `failed` are absolute targets
 * (`#machine.state`), from the machine's own union of vote outcomes. Shared as a state config,
 * not a child actor, so snapshots stay flat (docs/guides/machine-conventions.md, rule 7); each
 * machine's `createMachine` checks it against its own setup.
 */
export function voteState<
  TTarget extends `#${string}`,
  const TPassed extends readonly string[] = readonly [],
  const TFailed extends readonly string[] = readonly [],
>(
  question: Question,
  passed: TTarget,
  failed: TTarget,
  /** The machine's own effects after the count, on a pass and on a failure. */
  counted: { readonly passed?: TPassed; readonly failed?: TFailed } = {},
) {
  const onPassed = (counted.passed ?? []) as TPassed;
  const onFailed = (counted.failed ?? []) as TFailed;
  return {
    initial: 'called',
    ...state(
      '业主大会表决',
      "owners' assembly vote",
      ['CC-278-1-4', 'CC-278-2', 'SH-18-2', 'JA-2-4-3'],
      bilingual(
        '业主大会会议就一个事项表决',
        'The owners vote on one question at an assembly meeting.',
      ),
    ),
    on: {
      // A second call while this vote runs: refused by the rule `one-vote-at-a-time`.
      CALL_ASSEMBLY: {
        guard: 'CALL_ASSEMBLY',
        actions: ['clock', { type: 'callAssembly', params: { question } }],
      },
    },
    states: {
      called: {
        ...state(
          '已通知召开',
          'assembly called',
          ['PMR-14', 'SH-25', 'SH-25-2'],
          bilingual(
            '已通知召开业主大会，按通知时间开始表决',
            'The assembly is called; voting opens when the notice said.',
          ),
        ),
        on: {
          OPEN_VOTE: {
            guard: 'OPEN_VOTE',
            target: 'voting',
            actions: ['clock', 'openVote'],
            meta: meta('开始表决，冻结名册', 'voting opens, roll frozen', ['CC-278-2', 'SH-28-4']),
          },
        },
      },
      voting: {
        ...state(
          '表决中',
          'voting',
          ['CC-278-2', 'SH-18-1', 'SH-18-3', 'SPC-9'],
          bilingual(
            '业主在表决期内投票，期满后计票',
            'Owners cast ballots until the window closes; then the vote is counted.',
          ),
        ),
        on: {
          CAST_BALLOT: { guard: 'CAST_BALLOT', actions: ['clock', 'castBallot'] },
          CLOSE_VOTE: [
            {
              guard: and(['CLOSE_VOTE', 'votePasses']),
              target: passed,
              actions: ['clock', 'closeVote', ...onPassed] as const,
              meta: meta('双过半通过', 'passed by double majority', [
                'CC-278-2',
                'SH-18-1-quorum',
                'SH-18-2',
              ]),
            },
            {
              guard: 'CLOSE_VOTE',
              target: failed,
              actions: ['clock', 'closeVote', ...onFailed] as const,
              meta: meta('未通过', 'not passed', ['CC-278-2', 'SH-18-2']),
            },
          ],
        },
      },
    },
  } as const;
}

/**
 * Handlers every machine has at its root: the clock, the re-election freeze, and what the
 * committee does before calling an assembly (SH-36 (十六), SH 25 ¶2).
 */
export const rootHandlers = {
  TICK: { guard: 'TICK', actions: ['clock', 'markMissed'] },
  REPORT_TO_PARTY_ORGANISATION: {
    guard: 'REPORT_TO_PARTY_ORGANISATION',
    actions: ['clock', 'reportToParty'],
    meta: meta('向居（村）党组织报告', 'reported to the party organisation', ['SH-36-16-report']),
  },
  NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE: {
    guard: 'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
    actions: ['clock', 'noticeAuthorities'],
    meta: meta(
      '书面告知房管机构、居委会',
      'housing office and residents’ committee told in writing',
      ['SH-25-2'],
    ),
  },
  'FREEZE.START': {
    guard: 'FREEZE.START',
    actions: ['clock', 'freezeOn'],
    meta: meta('换届冻结开始', 're-election freeze starts', ['SH-28-4']),
  },
  'FREEZE.END': {
    guard: 'FREEZE.END',
    actions: ['clock', 'freezeOff'],
    meta: meta('换届冻结结束', 're-election freeze ends', ['SH-28-4']),
  },
} as const;
