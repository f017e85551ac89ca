import { type ExitContext, exitContext } from '../exit/context.js';
import {
  type ContractTermInput,
  ContractTermInputSchema,
  commonContext,
  parseInput,
} from '../shared/input.js';
import type { CommonContext } from '../vote/context.js';

/**
 * The contract-term machine's context: the common part (clock, profile, roll, freeze, deadlines,
 * votes), the contract's end (firm, notices, hand-over, who serves) and the firm's answer to the
 * owners' renewal.
 */
export interface ContractTermContext extends CommonContext, ExitContext {
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
  return { ...commonContext(input), ...exitContext(input), renewal: null };
}
