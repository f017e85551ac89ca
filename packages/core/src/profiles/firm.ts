import { z } from 'zod';
import { PeriodSchema } from '../calendar/index.js';
import { BarSchema } from '../fraction.js';
import {
  CitedCountSchema,
  CitedPeriodSchema,
  CitedSwitchSchema,
  cited,
  OptionalCitedPeriodSchema,
} from './cited.js';

/** Property firm: hire, renew, dismiss, hand over (RULES FIRM-1..12). */
export const FirmSchema = z.strictObject({
  /** The committee drafts a selection plan the assembly approves. */
  selectionPlanRequired: CitedSwitchSchema,
  /** A tender, when used, runs on the city platform. */
  tenderViaCityPlatform: CitedSwitchSchema,
  /** Fewer bidders than this in an early-stage tender need the district's approval. */
  earlyStageMinBidders: CitedCountSchema,
  /** The firm files the contract after signing. */
  contractFiling: OptionalCitedPeriodSchema,
  /** The owners decide on renewal at the latest this long before expiry. */
  renewalDecisionBefore: OptionalCitedPeriodSchema,
  /** A firm not renewing gives this much written notice before expiry (CC 947 ¶2). */
  nonRenewalNotice: CitedPeriodSchema,
  /** Either side ends an indefinite-term contract with this much notice (CC 948 ¶2). */
  indefiniteTermNotice: CitedPeriodSchema,
  /** Owners dismissing the firm during the term give this much notice (CC 946 ¶1). */
  dismissalNotice: CitedPeriodSchema,
  /** A contract may set other notice periods for dismissal and non-renewal (CC 946, 947). */
  contractMaySetNotice: CitedSwitchSchema,
  /** The outgoing firm hands over within this period of the contract ending. */
  handover: OptionalCitedPeriodSchema,
  /** Fine range in yuan for refusing the handover. */
  handoverFineYuan: cited(
    z
      .strictObject({ min: z.number().int().positive(), max: z.number().int().positive() })
      .nullable(),
  ),
  /** The old firm keeps serving, and may charge, until the successor takes over. */
  keepsServingUntilHandover: CitedSwitchSchema,
  /** Temporary firm when a firm exits with no successor. */
  temporaryFirm: cited(
    z
      .strictObject({
        maxDuration: PeriodSchema,
        /** Owners who may apply when there is no committee; `null`: the 街镇 acts alone. */
        ownersShareWithoutCommittee: BarSchema.nullable(),
      })
      .nullable(),
  ),
});

/** See {@link FirmSchema}. */
export type Firm = z.infer<typeof FirmSchema>;
