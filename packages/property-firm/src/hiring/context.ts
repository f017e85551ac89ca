import type { Bid, SelectionPlan, SignedContract, Stage } from '../shared/context.js';
import { commonContext, type HiringInput, HiringInputSchema, parseInput } from '../shared/input.js';
import type { CommonContext } from '../vote/context.js';

/**
 * The hiring machine's context: the common part (clock, profile, roll, freeze, deadlines, votes)
 * and the selection — who appoints, the plan, the bids, the choice, the contract and its filing.
 */
export interface HiringContext extends CommonContext {
  readonly stage: Stage;
  /** An early-stage contract is in force and ends when the owners' one takes effect (CC 940). */
  readonly earlyStageContractInForce: boolean;
  readonly plan: SelectionPlan | null;
  readonly planPostedAt: string | null;
  readonly bids: readonly Bid[];
  readonly negotiationApproval: { readonly at: string; readonly ref: string } | null;
  readonly chosenFirm: string | null;
  readonly signed: SignedContract | null;
  readonly filedAt: string | null;
}

/**
 * The first context of a hiring process.
 *
 * @throws {FirmInputError} for an input meant for another procedure or malformed.
 */
export function initialHiringContext(raw: HiringInput): HiringContext {
  const input = parseInput('hiring', HiringInputSchema, raw);
  return {
    ...commonContext(input),
    stage: input.stage,
    earlyStageContractInForce: input.earlyStageContractInForce,
    plan: null,
    planPostedAt: null,
    bids: [],
    negotiationApproval: null,
    chosenFirm: null,
    signed: null,
    filedAt: null,
  };
}
