import type { Role } from '@jiayuan/core';
import type {
  Caretaker,
  ContractTerms,
  FeeModel,
  FirmRef,
  WrittenNotice,
} from '../shared/context.js';
import type { HandoverItem, HandoverStatus } from '../shared/handover.js';
import type { ParsedExitInput } from '../shared/input.js';

/** A request for a temporary firm (SH 52 ¶1). */
export interface TemporaryRequest {
  readonly by: Role;
  readonly at: string;
  readonly proposers: readonly string[];
}

/**
 * What the procedures that end a contract keep (dismissal, contract term): the firm in place and
 * its contract, the written notices, the termination, the hand-over of SH 50 and who serves.
 */
export interface ExitContext {
  /** The firm in place (`null` only in a process stored before a firm was required). */
  readonly firm: FirmRef | null;
  readonly feeModel: FeeModel;
  readonly contract: ContractTerms;
  /** Whether the complex has an owners' committee (SH 52 ¶1). */
  readonly hasCommittee: boolean;
  readonly notices: readonly WrittenNotice[];
  readonly terminatedAt: string | null;
  readonly handover: Readonly<Record<HandoverItem, HandoverStatus>> | null;
  readonly caretaker: Caretaker | null;
  readonly temporaryRequest: TemporaryRequest | null;
}

/** The part of a starting context the procedures that end a contract share. */
export function exitContext(
  input: ParsedExitInput & { readonly contract: ContractTerms },
): ExitContext {
  return {
    firm: input.firm,
    feeModel: input.feeModel,
    contract: input.contract,
    hasCommittee: input.hasCommittee,
    notices: [],
    terminatedAt: null,
    handover: null,
    caretaker: { kind: 'old-firm', firmId: input.firm.id, since: input.startedAt },
    temporaryRequest: null,
  };
}
