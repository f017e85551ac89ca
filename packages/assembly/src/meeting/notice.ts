import { daysBetween, deadline, localDateOf, type Period } from '@jiayuan/core';

/**
 * The first day voting may open after notice given at `servedAt` (PMR 14, SH 16 ¶2 "召开十五日前
 * 通知"): the last day of `period` counted from the day after the notice (CC 201). Counting back
 * from that day, which is not counted, reaches the notice's day after the whole period — as
 * core's `advanceNoticeMet` counts (15 days: notice 04-01, voting from 04-16).
 */
export function firstOpeningDay(servedAt: string, period: Period): string {
  return deadline(servedAt, period).lastDay;
}

/** Whether notice at `servedAt` lets voting open at `opensAt` (its Asia/Shanghai date). */
export function noticeMet(servedAt: string, opensAt: string, period: Period): boolean {
  return daysBetween(firstOpeningDay(servedAt, period), localDateOf(opensAt)) >= 0;
}
