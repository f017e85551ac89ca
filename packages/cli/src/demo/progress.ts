/** A plain-text progress bar on a terminal stream; silent when disabled. */
export interface Progress {
  /** Shows `done` of `total` with a label. */
  update(label: string, done: number, total: number): void;
  /** Ends the current bar's line. */
  end(): void;
}

const WIDTH = 30;

/** The bar as text: `label [██████······]  600/1,000`. */
export function progressLine(label: string, done: number, total: number): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const full = Math.round(share * WIDTH);
  return `${label} [${'█'.repeat(full)}${'·'.repeat(WIDTH - full)}] ${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
}

/**
 * A progress bar redrawn in place on `stream` (stderr), or a no-op when `enabled` is false —
 * the demo disables it with `--quiet` or when stderr is not a terminal.
 */
export function createProgress(
  enabled: boolean,
  stream: { write(s: string): unknown } = process.stderr,
): Progress {
  if (!enabled) return { update: () => {}, end: () => {} };
  let open = false;
  return {
    update(label, done, total) {
      stream.write(`\r\x1b[2K${progressLine(label, done, total)}`);
      open = true;
    },
    end() {
      if (open) stream.write('\n');
      open = false;
    },
  };
}
