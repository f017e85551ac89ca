import { type ExitContext, exitContext } from '../exit/context.js';
import {
  type ContractTermInput,
  ContractTermInputSchema,
  commonContext,
  parseInput,
} from '../shared/input.js';
import type { CommonContext } from '../vote/context.js';
import { renewalDecisionDeadline } from './deadlines.js';

/**
 * The owners' decision on the firm after this term (SH 46 ¶1): renew it, hire another firm
 * (另聘, through a hiring process whose vote passed), or none — a renewal vote that did not pass
 * decides neither, and with no decision at expiry the contract runs on indefinitely (CC 948 ¶1).
 */
export type OwnersDecision =
  | { readonly kind: 'renew'; readonly at: string; readonly voteId: string }
  | { readonly kind: 'none'; readonly at: string; readonly voteId: string }
  | {
      readonly kind: 'replace';
      readonly at: string;
      /** The hiring process whose owners' vote chose the firm. */
      readonly hiringProcessId: string;
      /** The firm the owners chose: the successor of the hand-over (CC 949, CC 950). */
      readonly firmId: string;
    };

/**
 * The contract-term machine's context: the common part (clock, profile, roll, freeze, deadlines,
 * votes), the contract's end (firm, notices, hand-over, who serves), the owners' decision on the
 * next term and the firm's answer to a renewal.
 */
export interface ContractTermContext extends CommonContext, ExitContext {
  /** The owners' latest decision on the next term; `null` before any (SH 46 ¶1). */
  readonly ownersDecision: OwnersDecision | null;
  readonly renewal: 'accepted' | 'declined' | null;
}

/**
 * The first context of a contract-term process.
 *
 * @throws {FirmInputError} for an input meant for another procedure or malformed (a contract
 *   with no end of its fixed term among them).
 */
export function initialContractTermContext(raw: ContractTermInput): ContractTermContext {
  const input = parseInput('contract-term', ContractTermInputSchema, raw);
  const common = commonContext(input);
  return {
    ...common,
    // BJ 75 ¶1: the owners decide on the next term the profile's lead time before expiry.
    deadlines: {
      ...common.deadlines,
      ...renewalDecisionDeadline(common.profile, input.contract.endsAt, input.startedAt),
    },
    ...exitContext(input),
    ownersDecision: null,
    renewal: null,
  };
}
