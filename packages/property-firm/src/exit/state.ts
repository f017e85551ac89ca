import { bilingual } from '@jiayuan/core';
import { meta, state } from '../shared/meta.js';

/**
 * After the contract ends: the hand-over of SH 50 within 10 days, item by item, beside the
 * service region — the old firm keeps serving (CC 950) until a temporary firm (SH 52) or the
 * successor takes over. Done when both are; then `done`, from the machine's own targets.
 */
export function exitState<TTarget extends `#${string}`>(
  done: TTarget,
  options: {
    /** The hand-over may be done while the dismissal notice runs (BJ 76 ¶1). */
    readonly handoverOnNotice?: boolean;
  } = {},
) {
  const takeover = (legal: Parameters<typeof meta>[2]) =>
    ({
      guard: 'SUCCESSOR_TAKES_OVER',
      target: 'successorServing',
      actions: ['clock', 'successorTakesOver'],
      meta: meta('新物业接管', 'successor takes over', legal),
    }) as const;
  const requestTemporary = () =>
    ({
      guard: 'REQUEST_TEMPORARY_FIRM',
      target: 'temporaryRequested',
      actions: ['clock', 'requestTemporary'],
      meta: meta('申请临时物业', 'temporary firm requested', ['SH-52']),
    }) as const;
  return {
    type: 'parallel',
    ...state(
      '合同终止，交接',
      'contract ended: hand-over',
      ['SH-50', 'CC-949', 'CC-950'],
      bilingual(
        '合同已终止：原物业服务企业办理移交，同时保证物业服务不中断',
        'The contract has ended: the old firm hands over while someone keeps serving the complex.',
      ),
    ),
    onDone: { target: done },
    states: {
      handover: {
        initial: 'pending',
        ...state(
          '移交资料和财物',
          'handing over',
          ['SH-50', 'SH-81', 'CC-949'],
          bilingual(
            '原物业服务企业在期限内移交第五十条所列全部资料和财物',
            'The outgoing firm hands over every SH 50 item within the period.',
          ),
        ),
        states: {
          pending: {
            ...state(
              '移交中',
              'hand-over pending',
              ['SH-50'],
              bilingual(
                '逐项移交，业主委员会出具收据',
                'Items are handed over one by one against receipts.',
              ),
            ),
            // Confirmed while the notice ran (BJ 76 ¶1): nothing left to hand over.
            ...(options.handoverOnNotice === true
              ? {
                  always: {
                    guard: 'handedOverBeforeEnd',
                    target: 'complete',
                    meta: meta('通知期内已移交', 'handed over during the notice', ['BJ-76']),
                  } as const,
                }
              : {}),
            on: {
              HAND_OVER_ITEM: {
                guard: 'HAND_OVER_ITEM',
                actions: ['clock', 'handOverItem'],
                meta: meta('移交一项', 'one item handed over', ['SH-50']),
              },
              COMPLETE_HANDOVER: {
                guard: 'COMPLETE_HANDOVER',
                target: 'complete',
                actions: ['clock', 'completeHandover'],
                meta: meta('移交完成', 'hand-over complete', ['SH-50', 'CC-949']),
              },
            },
          },
          complete: {
            type: 'final',
            ...state(
              '移交完成',
              'handed over',
              ['SH-50'],
              bilingual('各项资料和财物均已移交', 'Every item is accounted for.'),
            ),
          },
        },
      },
      service: {
        initial: 'oldFirmServing',
        ...state(
          '物业服务衔接',
          'continuity of service',
          ['CC-950', 'SH-52'],
          bilingual(
            '新企业接管前由谁提供物业服务',
            'Who serves the complex until the successor takes over.',
          ),
        ),
        states: {
          oldFirmServing: {
            ...state(
              '原物业继续服务',
              'old firm keeps serving',
              ['CC-950'],
              bilingual(
                '原物业服务企业继续服务至被替换',
                'The old firm keeps serving until it is replaced.',
              ),
            ),
            // A profile that does not keep the old firm serving (CC 950 binds every shipped one).
            always: {
              guard: 'oldFirmStops',
              target: 'unserved',
              meta: meta('原物业不再服务', 'old firm stops serving', ['CC-950']),
            },
            on: {
              REQUEST_TEMPORARY_FIRM: requestTemporary(),
              SUCCESSOR_TAKES_OVER: takeover(['CC-950']),
            },
          },
          unserved: {
            ...state(
              '无人提供物业服务',
              'no one serving',
              ['CC-950', 'SH-52'],
              bilingual(
                '原物业服务企业不再服务，待临时物业或新物业接管',
                'The old firm has stopped; a temporary firm or the successor is to take over.',
              ),
            ),
            on: {
              REQUEST_TEMPORARY_FIRM: requestTemporary(),
              SUCCESSOR_TAKES_OVER: takeover(['CC-950']),
            },
          },
          temporaryRequested: {
            ...state(
              '已申请临时物业',
              'temporary firm requested',
              ['SH-52'],
              bilingual(
                '已报街镇从预选库中选定临时物业',
                'The street office is asked to pick a temporary firm from its pool.',
              ),
            ),
            on: {
              APPOINT_TEMPORARY_FIRM: {
                guard: 'APPOINT_TEMPORARY_FIRM',
                target: 'temporaryServing',
                actions: ['clock', 'appointTemporary'],
                meta: meta('街镇选定临时物业', 'street office appoints a temporary firm', [
                  'SH-52',
                  'SH-52-2',
                ]),
              },
              SUCCESSOR_TAKES_OVER: takeover(['CC-950']),
            },
          },
          temporaryServing: {
            ...state(
              '临时物业服务（不超过六个月）',
              'temporary firm serving (at most 6 months)',
              ['SH-52-2'],
              bilingual(
                '临时物业服务，期限不超过规定期限',
                'A temporary firm serves for at most the profile’s period.',
              ),
            ),
            on: { SUCCESSOR_TAKES_OVER: takeover(['CC-950', 'SH-52-2']) },
          },
          successorServing: {
            type: 'final',
            ...state(
              '新物业服务',
              'successor serving',
              ['CC-950'],
              bilingual('新物业服务企业提供服务', 'The successor firm serves the complex.'),
            ),
          },
        },
      },
    },
  } as const;
}

/** The final state after `exitState`: the old firm has handed over and its successor serves. */
export function handedOverState() {
  return {
    type: 'final',
    ...state(
      '交接完成',
      'handed over',
      ['SH-50', 'CC-950'],
      bilingual(
        '移交完成，新物业服务企业接管服务',
        'The firm has handed over and its successor serves.',
      ),
    ),
  } as const;
}
