import { z } from 'zod';
import type { Period } from '../calendar/index.js';
import { PeriodSchema } from '../calendar/index.js';
import { CitationIdSchema } from '../citations/index.js';
import type { Bar } from '../fraction.js';
import { BarSchema } from '../fraction.js';
import type { Cited, CitedPeriod, OptionalCitedPeriod } from './cited.js';
import {
  BilingualSchema,
  CitedCountSchema,
  CitedPeriodSchema,
  CitedSwitchSchema,
  cited,
  OptionalCitedPeriodSchema,
} from './cited.js';

/** A fine range in yuan, both bounds included. */
export interface FineRange {
  /** The smallest fine. */
  min: number;
  /** The largest fine. */
  max: number;
}

/**
 * When the hand-over period starts: the day after the contract ends (SH 50 "自物业服务合同终止之日
 * 起十日内"), or the day after the firm receives the owners' notice of dismissal (BJ 76 ¶1 "自接到
 * 通知之日起三十日内").
 */
export type HandoverStart = 'contract-end' | 'notice-received';

/**
 * The hand-over period with the event it counts from: `{ period: { days: 30 }, countsFrom:
 * 'notice-received', cite: ['BJ-76'] }`. Without `countsFrom` it counts from the contract's end.
 */
export interface HandoverPeriod extends OptionalCitedPeriod {
  /** What the period counts from; the contract's end when absent. */
  countsFrom?: HandoverStart | undefined;
}

/** A temporary firm (临时物业服务人) appointed when a firm exits with no successor. */
export interface TemporaryFirm {
  /** The longest a temporary firm may serve. */
  maxDuration: Period;
  /** Owners who may apply when there is no committee; `null`: the 街镇 acts alone. */
  ownersShareWithoutCommittee: Bar | null;
}

/** Property firm: hire, renew, dismiss, hand over (RULES FIRM-1..12). */
export interface Firm {
  /** The committee drafts a selection plan the assembly approves. */
  selectionPlanRequired: Cited<boolean>;
  /** A tender, when used, runs on the city platform. */
  tenderViaCityPlatform: Cited<boolean>;
  /** Fewer bidders than this in an early-stage tender need the district's approval. */
  earlyStageMinBidders: Cited<number>;
  /** The firm files the contract after signing. */
  contractFiling: OptionalCitedPeriod;
  /** The owners decide on renewal at the latest this long before expiry. */
  renewalDecisionBefore: OptionalCitedPeriod;
  /** A firm not renewing gives this much written notice before expiry (CC 947 ¶2). */
  nonRenewalNotice: CitedPeriod;
  /** Either side ends an indefinite-term contract with this much notice (CC 948 ¶2). */
  indefiniteTermNotice: CitedPeriod;
  /** Owners dismissing the firm during the term give this much notice (CC 946 ¶1). */
  dismissalNotice: CitedPeriod;
  /** A contract may set other notice periods for dismissal and non-renewal (CC 946, 947). */
  contractMaySetNotice: Cited<boolean>;
  /** The outgoing firm hands over within this period of the contract ending or of the notice. */
  handover: HandoverPeriod;
  /** Fine range in yuan for refusing the handover; `null` when no text sets one. */
  handoverFineYuan: Cited<FineRange | null>;
  /** The old firm keeps serving, and may charge, until the successor takes over. */
  keepsServingUntilHandover: Cited<boolean>;
  /** Temporary firm when a firm exits with no successor; `null` when no text provides one. */
  temporaryFirm: Cited<TemporaryFirm | null>;
}

/**
 * {@link HandoverPeriodSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const handoverPeriodExact = z
  .strictObject({
    period: PeriodSchema.nullable(),
    cite: z.array(CitationIdSchema),
    note: BilingualSchema.optional(),
    countsFrom: z.enum(['contract-end', 'notice-received']).optional(),
  })
  .refine((e) => e.cite.length > 0 || e.note !== undefined, {
    error: 'an entry without a citation needs a note saying where its value comes from',
    path: ['cite'],
  });

/** Zod schema of a {@link HandoverPeriod}. */
export const HandoverPeriodSchema: z.ZodType<HandoverPeriod, HandoverPeriod> = handoverPeriodExact;

/**
 * {@link FirmSchema} with its full zod type, for the type test only.
 *
 * @internal
 */
export const firmExact = z.strictObject({
  selectionPlanRequired: CitedSwitchSchema,
  tenderViaCityPlatform: CitedSwitchSchema,
  earlyStageMinBidders: CitedCountSchema,
  contractFiling: OptionalCitedPeriodSchema,
  renewalDecisionBefore: OptionalCitedPeriodSchema,
  nonRenewalNotice: CitedPeriodSchema,
  indefiniteTermNotice: CitedPeriodSchema,
  dismissalNotice: CitedPeriodSchema,
  contractMaySetNotice: CitedSwitchSchema,
  handover: HandoverPeriodSchema,
  handoverFineYuan: cited(
    z
      .strictObject({ min: z.number().int().positive(), max: z.number().int().positive() })
      .nullable(),
  ),
  keepsServingUntilHandover: CitedSwitchSchema,
  temporaryFirm: cited(
    z
      .strictObject({
        maxDuration: PeriodSchema,
        ownersShareWithoutCommittee: BarSchema.nullable(),
      })
      .nullable(),
  ),
});

/** Zod schema of {@link Firm}. */
export const FirmSchema: z.ZodType<Firm, Firm> = firmExact;
