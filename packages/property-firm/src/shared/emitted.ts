import { type Bilingual, bilingual, type Role, type TallyExplanation } from '@jiayuan/core';
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
