import {
  type Bilingual,
  bilingual,
  type Disclosure,
  PROFILE_HISTORIES,
  PROFILES,
  type Profile,
} from '@jiayuan/core';
import type { DisclosureContext } from './context.js';
import type { DutyId, DutyPlan } from './duties.js';
import { DISCLOSURE_TEXT } from './messages.js';

/** The `disclosure` settings each duty's plan is derived from (its value and its articles). */
export const DUTY_SETTINGS = {
  'service-and-fees': ['firmPostsServiceAndFees'],
  'annual-accounts': ['annualAccountsAndBudget'],
  'lump-sum-report': ['lumpSumReportBeforeIncrease'],
  'maintenance-fund': ['maintenanceFundEvery'],
  'public-revenue': ['publicRevenueEvery'],
  'committee-decisions': ['committeeDisclosesDecisions'],
  'annual-audit': ['annualAuditDueBy', 'auditPosting'],
  'term-end-audit': ['termEndAuditWithin', 'auditPosting'],
  'firm-records': ['firmPostsRecords', 'firmRecordsEvery'],
  'committee-fee-payments': ['committeeFeePaymentEvery'],
} as const satisfies Record<DutyId, readonly (keyof Disclosure)[]>;

/**
 * The profile the calendar holds: the edition of the history it follows, else the shipped
 * profile of its id; `undefined` for a host's own profile, which the snapshot does not keep.
 */
export function profileInForce(context: DisclosureContext): Profile | undefined {
  const law = context.law;
  if (law !== undefined) {
    return PROFILE_HISTORIES[law.follows]?.editions.find((e) => e.id === law.edition)?.profile;
  }
  return (PROFILES as Readonly<Record<string, Profile>>)[context.profileId];
}

type Entry = { readonly cite: readonly string[]; readonly note?: Bilingual | undefined };

/**
 * What a refusal about `plan` says when the profile cites no article for it (its texts are
 * silent: the audits under `beijing`, BJ having no audit posting): the profile's notes on the
 * settings that cite nothing, and those settings, which decide in place of an article. `null`
 * when the plan cites an article.
 */
export function silenceOf(context: DisclosureContext, plan: DutyPlan): Bilingual | null {
  if (plan.cite.length > 0) return null;
  const keys: readonly (keyof Disclosure)[] = DUTY_SETTINGS[plan.duty];
  const profile = profileInForce(context);
  if (profile === undefined) {
    return DISCLOSURE_TEXT.silentDuty(
      bilingual(context.profileId, context.profileId),
      plan.title,
      keys,
      [],
    );
  }
  const silent = keys.flatMap((key) => {
    const entry = profile.disclosure[key] as Entry | undefined;
    return entry !== undefined && entry.cite.length === 0 ? [{ key, note: entry.note }] : [];
  });
  const notes = new Map<string, Bilingual>();
  for (const { note } of silent) if (note !== undefined) notes.set(note.en, note);
  return DISCLOSURE_TEXT.silentDuty(
    profile.name,
    plan.title,
    silent.length > 0 ? silent.map((s) => s.key) : keys,
    [...notes.values()],
  );
}
