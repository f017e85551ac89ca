import { type Disclosure, PROFILES, type Profile, profileEditions } from '@jiayuan/core';
import type { DisclosureContext } from './context.js';
import type { DutyId } from './duties.js';

/** Each duty's entry of the `disclosure` section that switches it on or sets its period. */
const DUTY_ENTRY = {
  'service-and-fees': 'firmPostsServiceAndFees',
  'annual-accounts': 'annualAccountsAndBudget',
  'lump-sum-report': 'lumpSumReportBeforeIncrease',
  'maintenance-fund': 'maintenanceFundEvery',
  'public-revenue': 'publicRevenueEvery',
  'committee-decisions': 'committeeDisclosesDecisions',
  'annual-audit': 'annualAuditDueBy',
  'term-end-audit': 'termEndAuditWithin',
  'firm-records': 'firmPostsRecords',
  'committee-fee-payments': 'committeeFeePaymentEvery',
} as const satisfies Record<DutyId, keyof Disclosure>;

/**
 * The profile `context` stands under: for a calendar that follows the law, the edition its `law`
 * names (in the view a rule is shown, core's `actDayContext`, the edition of the act's day, see
 * docs/guides/law-of-the-day.md); for a fixed one, the shipped profile of its id. A host's own
 * profile is not in the snapshot, so none.
 */
function profileOf(context: DisclosureContext): Profile | undefined {
  const law = context.law;
  if (law !== undefined) {
    return profileEditions(law.follows).find((e) => e.id === law.edition)?.profile;
  }
  return (PROFILES as Readonly<Record<string, Profile>>)[context.profileId];
}

/**
 * The articles of the profile's entry for `duty`, for a refusal where no plan of it is kept (the
 * duty does not bind), read from the profile `context` stands under (see {@link profileOf}).
 */
export function dutyEntry(
  context: DisclosureContext,
  duty: string,
): { readonly cite: readonly string[] } | undefined {
  const key = (DUTY_ENTRY as Readonly<Record<string, keyof Disclosure>>)[duty];
  if (key === undefined) return undefined;
  return profileOf(context)?.disclosure[key];
}
