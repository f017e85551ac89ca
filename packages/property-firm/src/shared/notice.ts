import {
  daysBetween,
  deadline,
  describePeriod,
  endDateOf,
  epochMillisOf,
  type Period,
} from '@jiayuan/core';

/**
 * The Asia/Shanghai date of the last moment before `instant`: a term that ends at 24:00 of a day
 * (`…T16:00:00.000Z`) has that day as its last day, not the next one (core's `endDateOf`).
 */
export function lastDayBefore(instant: string): string {
  return endDateOf(instant);
}

/**
 * Whether written notice served at `servedAt` is at least `period` before a meeting held at
 * `effectiveAt` (PMR 14, SH 25): the period is counted from the day after the notice (CC 201) and
 * its last day may be the meeting's day. For a contract that ends, see {@link endNoticeMet}.
 */
export function noticeMet(servedAt: string, effectiveAt: string, period: Period): boolean {
  const due = deadline(servedAt, period);
  return daysBetween(due.lastDay, lastDayBefore(effectiveAt)) >= 0;
}

/**
 * Whether written notice served at `servedAt` lets a contract end at `endsAt`
 * ("提前六十日书面通知", CC 946 ¶1, 947 ¶2, 948 ¶2): the whole period, counted from the day after
 * the notice (CC 201), must have run out — at 24:00 of its last day (CC 203) — by the end. An end
 * at 00:00:01 of the last day is one second into a period that still runs.
 */
export function endNoticeMet(servedAt: string, endsAt: string, period: Period): boolean {
  return epochMillisOf(endsAt) >= epochMillisOf(deadline(servedAt, period).dueAt);
}

/** The earliest instant a notice served at `servedAt` lets the thing noticed take effect. */
export function earliestEffective(servedAt: string, period: Period): string {
  return deadline(servedAt, period).dueAt;
}

/** A period in words, both languages: `60日` / `60 days`. */
export const periodText = describePeriod;
