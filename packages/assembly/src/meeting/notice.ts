import { daysBetween, deadline, localDateOf, type Period } from '@jiayuan/core';

// The call's rule, the refusal's message and the fuzz's payloads ask the first opening day of
// the same instants under the profile's one notice period again and again: each pair is counted
// once (`deadline` is a pure function of the instant and the period), kept by the period object.
const firstDays = new WeakMap<Period, Map<string, string>>();

/**
 * The first day voting may open after notice given at `servedAt` (PMR 14, SH 16 ¶2 "召开十五日前
 * 通知"): the last day of `period` counted from the day after the notice (CC 201). Counting back
 * from that day, which is not counted, reaches the notice's day after the whole period — as
 * core's `advanceNoticeMet` counts (15 days: notice 04-01, voting from 04-16).
 */
export function firstOpeningDay(servedAt: string, period: Period): string {
  let byInstant = firstDays.get(period);
  if (byInstant === undefined) {
    byInstant = new Map();
    firstDays.set(period, byInstant);
  }
  let day = byInstant.get(servedAt);
  if (day === undefined) {
    day = deadline(servedAt, period).lastDay;
    if (byInstant.size >= 10_000) byInstant.clear();
    byInstant.set(servedAt, day);
  }
  return day;
}

/** Whether notice at `servedAt` lets voting open at `opensAt` (its Asia/Shanghai date). */
export function noticeMet(servedAt: string, opensAt: string, period: Period): boolean {
  return daysBetween(firstOpeningDay(servedAt, period), localDateOf(opensAt)) >= 0;
}
