import { epochMillisOf } from '@jiayuan/core';

// Asia/Shanghai has kept UTC+8 all year since 1991, so no time-zone data is needed.
const OFFSET_MS = 8 * 3_600_000;

/**
 * An instant as Asia/Shanghai wall time, ISO 8601 with `+08:00`: `2026-03-12T16:00:00.000Z` is
 * `2026-03-13T00:00:00+08:00` (24:00 of 03-12, CC 203). Milliseconds are written only when not
 * zero.
 *
 * @throws TypeError / RangeError when `at` is not an ISO instant with `Z` or an offset.
 */
export function shanghaiTime(at: string): string {
  const shifted = new Date(epochMillisOf(at) + OFFSET_MS).toISOString();
  const millis = shifted.slice(19, 23);
  return `${shifted.slice(0, 19)}${millis === '.000' ? '' : millis}+08:00`;
}
