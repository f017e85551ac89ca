import {
  IdSchema,
  InstantSchema,
  type Period,
  PeriodSchema,
  type Profile,
  type Role,
  TextSchema,
} from '@jiayuan/core';
import { z } from 'zod';

/** What an owners' vote in these procedures decides. Every one is CC 278 ¶1 item (4). */
export const QUESTIONS = ['dismiss-firm', 'selection-plan', 'choose-firm', 'renew-firm'] as const;

/** One of {@link QUESTIONS}. */
export type Question = (typeof QUESTIONS)[number];

/** Who appoints: the owners (SH 39–44), or the developer for the early-stage firm (SH 40 ¶1). */
export const STAGES = ['owners', 'early-stage'] as const;

/** One of {@link STAGES}. */
export type Stage = (typeof STAGES)[number];

/** How the firm is paid: the commission model adds a fund balance to the hand-over (SH 50(4)). */
export const FEE_MODELS = ['lump-sum', 'commission'] as const;

/** One of {@link FEE_MODELS}. */
export type FeeModel = (typeof FEE_MODELS)[number];

/** A firm as the procedures name it. */
export const FirmRefSchema = z.strictObject({
  id: IdSchema,
  name: IdSchema.optional(),
});

/** See {@link FirmRefSchema}. */
export type FirmRef = z.infer<typeof FirmRefSchema>;

/**
 * The contract in force. A contract may set its own notice periods where CC 946 ¶1 and 947 ¶2
 * allow it ("合同对通知期限另有约定的除外"); they apply only when the profile says so.
 */
export const ContractTermsSchema = z.strictObject({
  /** When the fixed term ends (24:00 of the last day, as an instant). */
  endsAt: InstantSchema.optional(),
  /** The contract's own notice period for dismissal (CC 946 ¶1). */
  dismissalNotice: PeriodSchema.optional(),
  /** The contract's own notice period for the firm's non-renewal (CC 947 ¶2). */
  nonRenewalNotice: PeriodSchema.optional(),
});

/** See {@link ContractTermsSchema}. */
export type ContractTerms = z.infer<typeof ContractTermsSchema>;

/** An assembly meeting called on one question. */
export interface Assembly {
  readonly question: Question;
  readonly calledAt: string;
  readonly calledBy: Role;
  /** When voting opens: at least the profile's notice period after the call (PMR 14). */
  readonly opensAt: string;
  readonly closesAt: string;
}

/** A closed vote's outcome, kept in order. */
export interface Decision {
  readonly question: Question;
  readonly voteId: string;
  readonly passed: boolean;
  readonly at: string;
}

/** The owners' request for an interim assembly (SH 25 ¶1), or the committee's own proposal. */
export interface Proposal {
  readonly source: 'committee' | 'owners';
  readonly at: string;
  /** Owner ids of the proposers (owners' request only). */
  readonly proposers: readonly string[];
}

/** A written notice with the instant it takes effect. */
export interface WrittenNotice {
  readonly kind:
    | 'dismissal'
    | 'non-renewal'
    | 'indefinite-term'
    | 'renewal-decision'
    | 'replacement-decision';
  readonly by: Role;
  readonly servedAt: string;
  readonly effectiveAt: string | null;
}

/** Who is serving the complex now (CC 950, SH 52). */
export interface Caretaker {
  readonly kind: 'old-firm' | 'temporary-firm' | 'successor';
  readonly firmId: string | null;
  readonly since: string;
}

/** The selection plan's required contents (SH 39 ¶1). */
export const SelectionPlanSchema = z.strictObject({
  creditStanding: TextSchema,
  staffing: TextSchema,
  trackRecord: TextSchema,
  serviceContentAndFees: TextSchema,
  contractTerm: TextSchema,
  method: z.enum(['tender', 'negotiation']),
});

/** See {@link SelectionPlanSchema}. */
export type SelectionPlan = z.infer<typeof SelectionPlanSchema>;

/** A bid recorded in tender or negotiation. */
export const BidSchema = z.strictObject({
  firmId: IdSchema,
  firmName: IdSchema.optional(),
  /** Reference on the city platform (SH 40 ¶3), for a tender. */
  platformRef: IdSchema.optional(),
  /** Offered fee in fen per m² per month, when given. */
  feeFen: z.number().int().nonnegative().optional(),
});

/** See {@link BidSchema}. */
export type Bid = z.infer<typeof BidSchema>;

/** The signed contract. */
export interface SignedContract {
  readonly contractId: string;
  readonly firmId: string;
  readonly signedAt: string;
  readonly startsAt: string;
  readonly endsAt: string;
}

/** The notice period in force: the contract's own when the profile allows it, else the statute's. */
export function noticePeriodOf(
  context: { readonly profile: Profile; readonly contract: ContractTerms },
  kind: 'dismissal' | 'non-renewal',
): Period {
  const firm = context.profile.firm;
  const own =
    kind === 'dismissal' ? context.contract.dismissalNotice : context.contract.nonRenewalNotice;
  if (own !== undefined && firm.contractMaySetNotice.value) return own;
  return kind === 'dismissal' ? firm.dismissalNotice.period : firm.nonRenewalNotice.period;
}
