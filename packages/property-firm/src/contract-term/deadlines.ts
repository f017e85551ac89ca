import {
  addDays,
  addMonths,
  bilingual,
  type DeadlineBook,
  endDateOf,
  localDateOf,
  type Profile,
  periodParts,
} from '@jiayuan/core';
import { match } from 'ts-pattern';

/** The id of the owners' decision on the next term in the deadline book. */
export const RENEWAL_DECISION_DEADLINE = 'renewal-decision';

const END_OF_DAY = 'T16:00:00.000Z'; // 24:00 in Asia/Shanghai

/**
 * The owners' decision to renew or hire another firm, due the profile's lead time before the
 * term ends (BJ 75 ¶1 "物业服务合同期限届满前六个月…组织业主共同决定续聘或者另聘"), counted back from
 * the term's last day: a term ending at 24:00 of 12-31 gives 24:00 of 06-30, so that the whole
 * lead time still runs after the decision (CC 201, CC 203). Nothing when the profile sets no lead
 * time (SH 46 ¶1, CC 947 ¶1: before expiry only) or the contract has no fixed end.
 */
export function renewalDecisionDeadline(
  profile: Profile,
  endsAt: string | undefined,
  startedAt: string,
): DeadlineBook {
  const { period, cite } = profile.firm.renewalDecisionBefore;
  if (period === null || endsAt === undefined) return {};
  const termEndsOn = endDateOf(endsAt);
  const { unit, count } = periodParts(period);
  const lastDay = match(unit)
    .with('years', () => addMonths(termEndsOn, -12 * count))
    .with('months', () => addMonths(termEndsOn, -count))
    // Working days are not a lead time any text sets before a contract's end; read as days.
    .with('days', 'workingDays', () => addDays(termEndsOn, -count))
    .exhaustive();
  return {
    [RENEWAL_DECISION_DEADLINE]: {
      id: RENEWAL_DECISION_DEADLINE,
      title: bilingual('届满前决定续聘或者另聘', 'owners decide on renewal or another firm'),
      due: {
        trigger: endsAt,
        period,
        startsOn: localDateOf(startedAt),
        lastDay,
        dueAt: `${lastDay}${END_OF_DAY}`,
        rolledPastHolidays: false,
      },
      cite,
      status: 'pending',
    },
  };
}
