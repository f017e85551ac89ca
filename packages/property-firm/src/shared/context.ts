import {
  DEFAULT_PROFILE,
  type DeadlineBook,
  InstantSchema,
  type Period,
  PeriodSchema,
  type Profile,
  ProfileSchema,
  type Role,
  type Roll,
  type RollInput,
  RollSchema,
  type VoteRecord,
} from '@jiayuan/core';
import { z } from 'zod';
import type { HandoverItem, HandoverStatus } from './handover.js';

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
  id: z.string().min(1),
  name: z.string().min(1).optional(),
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

/** What a host passes as a machine's `input`. */
export interface FirmInput {
  readonly processId: string;
  readonly startedAt: string;
  readonly roll: RollInput;
  readonly profile?: z.input<typeof ProfileSchema> | undefined;
  readonly electronicAdopted?: boolean | undefined;
  readonly freezeActive?: boolean | undefined;
  readonly hasCommittee?: boolean | undefined;
  readonly firm?: FirmRef | undefined;
  readonly feeModel?: FeeModel | undefined;
  readonly contract?: ContractTerms | undefined;
  readonly stage?: Stage | undefined;
  readonly earlyStageContractInForce?: boolean | undefined;
}

/** A {@link FirmInput} after validation, defaults filled in. */
export interface ParsedFirmInput {
  readonly processId: string;
  readonly startedAt: string;
  readonly roll: Roll;
  readonly profile?: Profile | undefined;
  readonly electronicAdopted: boolean;
  readonly freezeActive: boolean;
  readonly hasCommittee: boolean;
  readonly firm?: FirmRef | undefined;
  readonly feeModel: FeeModel;
  readonly contract: ContractTerms;
  readonly stage: Stage;
  readonly earlyStageContractInForce: boolean;
}

/** The input of every machine of this package, validated with zod when the process starts. */
export const FirmInputSchema: z.ZodType<ParsedFirmInput, FirmInput> = z.strictObject({
  /** The host's id of this process. */
  processId: z.string().min(1),
  /** When the process starts; the clock begins here. */
  startedAt: InstantSchema,
  /** The owners' roll as confirmed; each vote freezes its own copy when it opens. */
  roll: RollSchema,
  /** Defaults to core's `DEFAULT_PROFILE` (Shanghai); copied into context. */
  profile: ProfileSchema.optional(),
  /** Whether the assembly adopted electronic voting (VOTE-14). */
  electronicAdopted: z.boolean().default(false),
  /** Whether a re-election freeze is on when the process starts (SH 28 ¶4). */
  freezeActive: z.boolean().default(false),
  /** Whether the complex has an owners' committee (SH 52 ¶1). */
  hasCommittee: z.boolean().default(true),
  /** The firm in place (dismissal, contract term) or none (hiring). */
  firm: FirmRefSchema.optional(),
  feeModel: z.enum(FEE_MODELS).default('lump-sum'),
  contract: ContractTermsSchema.default({}),
  /** Hiring only: who appoints. */
  stage: z.enum(STAGES).default('owners'),
  /** Hiring only: an early-stage contract is in force and ends when the owners' one takes effect. */
  earlyStageContractInForce: z.boolean().default(false),
});

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
  readonly kind: 'dismissal' | 'non-renewal' | 'indefinite-term' | 'renewal-decision';
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
  creditStanding: z.string().min(1),
  staffing: z.string().min(1),
  trackRecord: z.string().min(1),
  serviceContentAndFees: z.string().min(1),
  contractTerm: z.string().min(1),
  method: z.enum(['tender', 'negotiation']),
});

/** See {@link SelectionPlanSchema}. */
export type SelectionPlan = z.infer<typeof SelectionPlanSchema>;

/** A bid recorded in tender or negotiation. */
export const BidSchema = z.strictObject({
  firmId: z.string().min(1),
  firmName: z.string().min(1).optional(),
  /** Reference on the city platform (SH 40 ¶3), for a tender. */
  platformRef: z.string().min(1).optional(),
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

/**
 * The context of every machine of this package: plain JSON (RULES design principle 6). Fields a
 * machine does not use stay at their empty value.
 */
export interface FirmContext {
  readonly processId: string;
  readonly now: string;
  readonly profile: Profile;
  readonly roll: Roll;
  readonly electronicAdopted: boolean;
  readonly hasCommittee: boolean;
  readonly freeze: { readonly active: boolean; readonly changedAt: string | null };
  readonly deadlines: DeadlineBook;
  readonly firm: FirmRef | null;
  readonly feeModel: FeeModel;
  readonly contract: ContractTerms;
  readonly stage: Stage;
  readonly earlyStageContractInForce: boolean;
  /** The meeting called, until its vote closes. */
  readonly assembly: Assembly | null;
  /** The open vote (at most one at a time). */
  readonly vote: VoteRecord | null;
  /** Closed votes, oldest first. */
  readonly votes: readonly VoteRecord[];
  readonly decisions: readonly Decision[];
  readonly proposal: Proposal | null;
  readonly notices: readonly WrittenNotice[];
  readonly terminatedAt: string | null;
  readonly handover: Readonly<Record<HandoverItem, HandoverStatus>> | null;
  readonly caretaker: Caretaker | null;
  readonly temporaryRequest: {
    readonly by: Role;
    readonly at: string;
    readonly proposers: readonly string[];
  } | null;
  readonly plan: SelectionPlan | null;
  readonly planPostedAt: string | null;
  readonly bids: readonly Bid[];
  readonly negotiationApproval: { readonly at: string; readonly ref: string } | null;
  readonly chosenFirm: string | null;
  readonly signed: SignedContract | null;
  readonly filedAt: string | null;
  readonly renewal: 'accepted' | 'declined' | null;
}

/** The notice period in force: the contract's own when the profile allows it, else the statute's. */
export function noticePeriodOf(
  context: Pick<FirmContext, 'profile' | 'contract'>,
  kind: 'dismissal' | 'non-renewal',
): Period {
  const firm = context.profile.firm;
  const own =
    kind === 'dismissal' ? context.contract.dismissalNotice : context.contract.nonRenewalNotice;
  if (own !== undefined && firm.contractMaySetNotice.value) return own;
  return kind === 'dismissal' ? firm.dismissalNotice.period : firm.nonRenewalNotice.period;
}

/** Builds the starting context from a validated input. */
export function initialContext(input: FirmInput): FirmContext {
  const parsed = FirmInputSchema.parse(input);
  return {
    processId: parsed.processId,
    now: parsed.startedAt,
    profile: parsed.profile ?? DEFAULT_PROFILE,
    roll: parsed.roll,
    electronicAdopted: parsed.electronicAdopted,
    hasCommittee: parsed.hasCommittee,
    freeze: { active: parsed.freezeActive, changedAt: null },
    deadlines: {},
    firm: parsed.firm ?? null,
    feeModel: parsed.feeModel,
    contract: parsed.contract,
    stage: parsed.stage,
    earlyStageContractInForce: parsed.earlyStageContractInForce,
    assembly: null,
    vote: null,
    votes: [],
    decisions: [],
    proposal: null,
    notices: [],
    terminatedAt: null,
    handover: null,
    caretaker:
      parsed.firm === undefined
        ? null
        : { kind: 'old-firm', firmId: parsed.firm.id, since: parsed.startedAt },
    temporaryRequest: null,
    plan: null,
    planPostedAt: null,
    bids: [],
    negotiationApproval: null,
    chosenFirm: null,
    signed: null,
    filedAt: null,
    renewal: null,
  };
}
