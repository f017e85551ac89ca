// The demo's dated events: local times in Asia/Shanghai, a sender by role, ballot times.

/** A local time in Asia/Shanghai: `2026-03-02T09:00:00` → `2026-03-02T09:00:00+08:00`. */
export const D = (s: string): string => `${s}+08:00`;

/** An event's fields as the demo builds them. */
export type DemoEvent = Record<string, unknown>;

/** A dated event of `type` sent by `id` (default `<role>-1`) in `role`, with its payload. */
export const ev = (
  type: string,
  role: string,
  at: string,
  payload: DemoEvent = {},
  id = `${role}-1`,
): DemoEvent & { type: string; at: string; by: { id: string; role: string } } => ({
  type,
  at,
  by: { id, role },
  ...payload,
});

/** Ballot times spread evenly, in order, from `from` over `days` days (09:00–17:00). */
export function spread(from: string, days: number, i: number, n: number): string {
  const start = Date.parse(D(`${from}T09:00:00`));
  const day = Math.floor((i * days) / n);
  const minute = Math.floor(((i * days) % n) * (480 / n));
  return new Date(start + day * 86_400_000 + minute * 60_000).toISOString();
}
