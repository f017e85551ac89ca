/**
 * When ballots may be cast: from `opensAt` (included) until `closesAt` (excluded), as core's
 * tally reads its `VotingWindow` (the close instant itself is late). Both ends are required
 * here, so it is assignable to core's type.
 */
export interface BallotWindow {
  /** ISO 8601 instant, e.g. `2026-03-01T00:00:00.000Z`. */
  readonly opensAt: string;
  /** ISO 8601 instant after `opensAt`. */
  readonly closesAt: string;
}

/** The default window: 15 days of March 2026, in UTC. */
export const DEFAULT_WINDOW: BallotWindow = {
  opensAt: '2026-03-01T00:00:00.000Z',
  closesAt: '2026-03-16T00:00:00.000Z',
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Parses an ISO instant to epoch milliseconds, naming the option in the error. */
export function parseInstant(name: string, text: string): number {
  const ms = Date.parse(text);
  if (typeof text !== 'string' || !ISO_INSTANT.test(text) || Number.isNaN(ms)) {
    throw new RangeError(`${name} must be an ISO 8601 instant with Z or an offset, got ${text}`);
  }
  return ms;
}

/** Resolves a window to epoch milliseconds and checks that it opens before it closes. */
export function resolveWindow(window: BallotWindow): { opens: number; closes: number } {
  const opens = parseInstant('window.opensAt', window.opensAt);
  const closes = parseInstant('window.closesAt', window.closesAt);
  if (closes <= opens) {
    throw new RangeError(
      `window.closesAt (${window.closesAt}) must be after window.opensAt (${window.opensAt})`,
    );
  }
  return { opens, closes };
}

/** Epoch milliseconds as an ISO instant in UTC with a `Z`. */
export function toInstant(ms: number): string {
  return new Date(ms).toISOString();
}
