import { daysBetween, deadline, describePeriod, localDateOf, type Period } from '@jiayuan/core';

/**
 * The Asia/Shanghai date of the last moment before `instant`: a term that ends at 24:00 of a day
 * (`…T16:00:00.000Z`) has that day as its last day, not the next one.
 */
export function lastDayBefore(instant: string): string {
  return localDateOf(new Date(Date.parse(instant) - 1).toISOString());
}

/**
 * Whether written notice served at `servedAt` is at least `period` before `effectiveAt`
 * ("提前六十日书面通知", CC 946 ¶1, 947 ¶2, 948 ¶2). The period is counted from the day after the
 * notice (CC 201); the thing noticed may take effect no earlier than the end of its last day.
 */
export function noticeMet(servedAt: string, effectiveAt: string, period: Period): boolean {
  const due = deadline(servedAt, period);
  return daysBetween(due.lastDay, lastDayBefore(effectiveAt)) >= 0;
}

/** The earliest instant a notice served at `servedAt` lets the thing noticed take effect. */
export function earliestEffective(servedAt: string, period: Period): string {
  return deadline(servedAt, period).dueAt;
}

/** A period in words, both languages: `60日` / `60 days`. */
export const periodText = describePeriod;
