import { type ExitContext, exitContext } from '../exit/context.js';
import type { Proposal } from '../shared/context.js';
import {
  commonContext,
  type DismissalInput,
  DismissalInputSchema,
  parseInput,
} from '../shared/input.js';
import type { CommonContext } from '../vote/context.js';

/**
 * The dismissal machine's context: the common part (clock, profile, roll, freeze, deadlines,
 * votes), the contract's end (firm, notices, hand-over, who serves) and the proposal to dismiss.
 */
export interface DismissalContext extends CommonContext, ExitContext {
  /** The committee's proposal, or the owners' request for an interim assembly (SH 25 ¶1). */
  readonly proposal: Proposal | null;
}

/**
 * The first context of a dismissal process.
 *
 * @throws {FirmInputError} for an input meant for another procedure or malformed.
 */
export function initialDismissalContext(raw: DismissalInput): DismissalContext {
  const input = parseInput('dismissal', DismissalInputSchema, raw);
  return { ...commonContext(input), ...exitContext(input), proposal: null };
}
