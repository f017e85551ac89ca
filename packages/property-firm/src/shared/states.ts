import { and } from 'xstate';
import { meta } from './meta.js';
import { firmSetup } from './setup.js';

/**
 * Every owners' vote of this package: the assembly called (with notice), voting open on the frozen
 * roll, then counted. `passed` and `failed` are absolute targets (`#machine.state`). Shared as a
 * state-config factory, not a child actor, so snapshots stay flat (DESIGN principle 7).
 */
export function voteState(passed: string, failed: string) {
  return firmSetup.createStateConfig({
    initial: 'called',
    meta: meta('业主大会表决', "owners' assembly vote", [
      'CC-278-1-4',
      'CC-278-2',
      'SH-18-2',
      'JA-2-4-3',
    ]),
    on: {
      // A second vote while this one runs: refused by the catalog rule `one-vote-at-a-time`.
      CALL_ASSEMBLY: { guard: 'callAllowed', actions: 'advanceClock' },
    },
    states: {
      called: {
        meta: meta('已通知召开', 'assembly called', ['PMR-14', 'SH-25', 'SH-25-2']),
        on: {
          OPEN_VOTE: {
            guard: 'openAllowed',
            target: 'voting',
            actions: ['advanceClock', 'openVote'],
            meta: meta('开始表决，冻结名册', 'voting opens, roll frozen', ['CC-278-2', 'SH-28-4']),
          },
        },
      },
      voting: {
        meta: meta('表决中', 'voting', ['CC-278-2', 'SH-18-1', 'SH-18-3', 'SPC-9']),
        on: {
          CAST_BALLOT: { actions: ['advanceClock', 'castBallot'] },
          CLOSE_VOTE: [
            {
              guard: and(['closeAllowed', 'votePasses']),
              target: passed,
              actions: ['advanceClock', 'closeVote'],
              meta: meta('双过半通过', 'passed by double majority', [
                'CC-278-2',
                'SH-18-1-quorum',
                'SH-18-2',
              ]),
            },
            {
              guard: 'closeAllowed',
              target: failed,
              actions: ['advanceClock', 'closeVote'],
              meta: meta('未通过', 'not passed', ['CC-278-2', 'SH-18-2']),
            },
          ],
        },
      },
    },
  });
}

/**
 * After the contract ends: the hand-over of SH 50 within 10 days, item by item, beside the
 * service region — the old firm keeps serving (CC 950) until a temporary firm (SH 52) or the
 * successor takes over. Done when both are.
 */
export function exitState(done: string) {
  return firmSetup.createStateConfig({
    type: 'parallel',
    meta: meta('合同终止，交接', 'contract ended: hand-over', ['SH-50', 'CC-949', 'CC-950']),
    onDone: { target: done },
    states: {
      handover: {
        initial: 'pending',
        meta: meta('移交资料和财物', 'handing over', ['SH-50', 'SH-81', 'CC-949']),
        states: {
          pending: {
            meta: meta('移交中', 'hand-over pending', ['SH-50']),
            on: {
              HAND_OVER_ITEM: {
                guard: 'itemPending',
                actions: ['advanceClock', 'handOverItem'],
                meta: meta('移交一项', 'one item handed over', ['SH-50']),
              },
              COMPLETE_HANDOVER: {
                guard: 'handoverDone',
                target: 'complete',
                actions: ['advanceClock', 'completeHandover'],
                meta: meta('移交完成', 'hand-over complete', ['SH-50', 'CC-949']),
              },
            },
          },
          complete: { type: 'final', meta: meta('移交完成', 'handed over', ['SH-50']) },
        },
      },
      service: {
        initial: 'oldFirmServing',
        meta: meta('物业服务衔接', 'continuity of service', ['CC-950', 'SH-52']),
        states: {
          oldFirmServing: {
            meta: meta('原物业继续服务', 'old firm keeps serving', ['CC-950']),
            on: {
              REQUEST_TEMPORARY_FIRM: {
                guard: 'temporaryRequestAllowed',
                target: 'temporaryRequested',
                actions: ['advanceClock', 'requestTemporary'],
                meta: meta('申请临时物业', 'temporary firm requested', ['SH-52']),
              },
              SUCCESSOR_TAKES_OVER: {
                target: 'successorServing',
                actions: ['advanceClock', 'successorTakesOver'],
                meta: meta('新物业接管', 'successor takes over', ['CC-950']),
              },
            },
          },
          temporaryRequested: {
            meta: meta('已申请临时物业', 'temporary firm requested', ['SH-52']),
            on: {
              APPOINT_TEMPORARY_FIRM: {
                target: 'temporaryServing',
                actions: ['advanceClock', 'appointTemporary'],
                meta: meta('街镇选定临时物业', 'street office appoints a temporary firm', [
                  'SH-52',
                  'SH-52-2',
                ]),
              },
              SUCCESSOR_TAKES_OVER: {
                target: 'successorServing',
                actions: ['advanceClock', 'successorTakesOver'],
                meta: meta('新物业接管', 'successor takes over', ['CC-950']),
              },
            },
          },
          temporaryServing: {
            meta: meta(
              '临时物业服务（不超过六个月）',
              'temporary firm serving (at most 6 months)',
              ['SH-52-2'],
            ),
            on: {
              SUCCESSOR_TAKES_OVER: {
                target: 'successorServing',
                actions: ['advanceClock', 'successorTakesOver'],
                meta: meta('新物业接管', 'successor takes over', ['CC-950', 'SH-52-2']),
              },
            },
          },
          successorServing: {
            type: 'final',
            meta: meta('新物业服务', 'successor serving', ['CC-950']),
          },
        },
      },
    },
  });
}

/** Handlers every machine has at its root: the clock and the re-election freeze. */
export const rootHandlers = {
  TICK: { actions: ['advanceClock', 'markMissed'] },
  'FREEZE.START': {
    actions: ['advanceClock', 'freezeOn'],
    meta: meta('换届冻结开始', 're-election freeze starts', ['SH-28-4']),
  },
  'FREEZE.END': {
    actions: ['advanceClock', 'freezeOff'],
    meta: meta('换届冻结结束', 're-election freeze ends', ['SH-28-4']),
  },
} as const;
