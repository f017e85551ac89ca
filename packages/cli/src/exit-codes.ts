/**
 * Exit codes of `jiayuan`, stable for scripts:
 *
 * - `0` — done (for `tally`: the motion passed);
 * - `1` — an unexpected error (a bug, a broken database);
 * - `2` — bad usage or bad input: unknown option, unreadable file, bad rows (reported by line and field);
 * - `3` — `tally`: counted, and the motion did not pass;
 * - `4` — `send`: the process refused the event (the reason is printed);
 * - `5` — not found: no such process or machine.
 */
export const EXIT_CODES = {
  ok: 0,
  error: 1,
  usage: 2,
  notPassed: 3,
  refused: 4,
  notFound: 5,
} as const;

/** An error that ends the command with a given exit code and message. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT_CODES.usage) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
