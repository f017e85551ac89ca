import type { MeetingRecord } from '../shared/context.js';

/** One member's attendance over a window: meetings held while a member, and missed. */
export interface AbsenceShare {
  readonly held: number;
  readonly absent: number;
}

/**
 * Each member's absences over the window `[from, to]` (SH 31 (五): "一年内累计缺席…会议总次数"):
 * the meetings held while they were a member and how many of those they missed. Pure.
 */
export function absenceShares(
  meetings: readonly MeetingRecord[],
  from: string,
  to: string,
): Record<string, AbsenceShare> {
  const start = Date.parse(from);
  const end = Date.parse(to);
  const out: Record<string, { held: number; absent: number }> = {};
  for (const m of meetings) {
    const at = Date.parse(m.heldAt);
    if (at < start || at > end) continue;
    for (const id of m.members) {
      const row = out[id] ?? { held: 0, absent: 0 };
      row.held += 1;
      if (!m.attended.includes(id)) row.absent += 1;
      out[id] = row;
    }
  }
  return out;
}
