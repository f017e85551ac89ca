import {
  type Bilingual,
  bilingual,
  CITATIONS,
  type Cited,
  type FineRange,
  formatCitation,
  type Role,
  type TallyExplanation,
} from '@jiayuan/core';
import type { Question } from './context.js';

/**
 * What a notice or posting is about: an assembly called on a question, the posted selection plan,
 * the early-stage contract ending (CC 940), or a written notice to the firm.
 */
export type FirmTopic =
  | `assembly:${Question}`
  | 'selection-plan'
  | 'early-stage-contract-ends'
  | 'dismissal'
  | 'handover-missed'
  | 'renewal-decision'
  | 'replacement-decision';

/** Side effects the machines ask the host to carry out (emitted, never performed). */
export type FirmEmitted =
  | {
      /** Tell these parties something in writing. */
      readonly type: 'notify';
      readonly to: readonly Role[];
      readonly about: FirmTopic;
      readonly at: string;
      readonly text: Bilingual;
    }
  | {
      /** Post a notice in the complex. */
      readonly type: 'post';
      readonly about: FirmTopic;
      readonly at: string;
      readonly text: Bilingual;
    }
  | {
      /** A vote was counted: its result, explained, to post (SH 27). */
      readonly type: 'vote-result';
      readonly voteId: string;
      readonly question: Question;
      readonly passed: boolean;
      readonly at: string;
      readonly explanation: TallyExplanation;
    };

/** The written notice to the firm about `about` (dismissal, renewal or replacement decision). */
export function notifyFirm(
  about: 'dismissal' | 'renewal-decision' | 'replacement-decision',
  at: string,
): FirmEmitted {
  return {
    type: 'notify',
    to: ['property-firm'],
    about,
    at,
    text: bilingual(`书面通知物业服务企业：${about}`, `Written notice to the firm: ${about}`),
  };
}

/** Id of the hand-over deadline in a process's deadline book. */
export const HANDOVER_DEADLINE = 'handover';

/**
 * The report to the district housing bureau that the outgoing firm has not handed over in time,
 * with the fine the profile's articles set for a refusal (BJ 97, PMR 58: ¥10,000–100,000 once an
 * order to correct is not followed), or none where the texts set none.
 */
export function handoverMissed(fine: Cited<FineRange | null>, at: string): FirmEmitted {
  const zhCite = fine.cite.map((id) => formatCitation(CITATIONS[id], 'zh-CN')).join('、');
  const enCite = fine.cite.map((id) => formatCitation(CITATIONS[id], 'en')).join(', ');
  const range = fine.value;
  return {
    type: 'notify',
    to: ['district-housing-bureau'],
    about: 'handover-missed',
    at,
    text:
      range === null
        ? bilingual(
            '原物业服务企业未在期限内完成移交；相关规定未设罚款',
            'The outgoing firm has not handed over in time; the texts set no fine',
          )
        : bilingual(
            `原物业服务企业未在期限内完成移交：责令限期改正，逾期仍拒不移交的，处${range.min}元以上${range.max}元以下罚款（${zhCite}）`,
            `The outgoing firm has not handed over in time: it may be ordered to correct, and a refusal after that fined ¥${range.min}–${range.max} (${enCite})`,
          ),
  };
}
