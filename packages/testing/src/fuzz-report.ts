// How the fuzz driver prints a counterexample: one line per input, decoded, with its verdict.

/** One input of a fuzz run and what `dispatch` said. */
export interface FuzzStep {
  /** 1 for the first input of the run. */
  readonly index: number;
  /** What was sent, exactly. */
  readonly input: unknown;
  /** How the input was made: `valid`, `late` (dated before the clock) or what was broken. */
  readonly made: string;
  /** `accepted` with the state after, `refused <code>` with the rule, or `threw …`. */
  readonly verdict: string;
}

const MAX_TEXT = 48;
const MAX_LINE = 400;

/** JSON of `value` with long strings cut, for one line of a report. */
export function brief(value: unknown): string {
  let text: string;
  try {
    text =
      JSON.stringify(value, (_key, v: unknown) =>
        typeof v === 'string' && v.length > MAX_TEXT
          ? `${v.slice(0, 12)}…(${v.length} characters)`
          : v === undefined
            ? '(undefined)'
            : v,
      ) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_LINE ? `${text.slice(0, MAX_LINE)}…` : text;
}

const ENVELOPE = new Set(['type', 'at', 'by']);

/** A short plain string as it is (a role, an id); anything else as {@link brief} JSON. */
function plain(value: unknown): string {
  return typeof value === 'string' && /^[\w.:+-]{1,48}$/.test(value) ? value : brief(value);
}

/** One input as a reader wants it: type, time, sender, payload. */
export function describeInput(input: unknown): string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return brief(input);
  const record = input as Record<string, unknown>;
  const by = record.by;
  const sender =
    typeof by === 'object' && by !== null && !Array.isArray(by)
      ? `${plain(Reflect.get(by, 'role'))} ${plain(Reflect.get(by, 'id'))}`
      : brief(by);
  const payload = Object.fromEntries(Object.entries(record).filter(([k]) => !ENVELOPE.has(k)));
  const parts = [
    typeof record.type === 'string' ? record.type : `type ${brief(record.type)}`,
    'at' in record
      ? `at ${typeof record.at === 'string' ? record.at : brief(record.at)}`
      : '(no at)',
    'by' in record ? `by ${sender}` : '(no by)',
  ];
  if (Object.keys(payload).length > 0) parts.push(brief(payload));
  return parts.join('  ');
}

/** The lines of a run: `  3. RESOLVE  at …  by …  {…}  → refused rule-violated (meetingHeldHere)`. */
export function describeSteps(steps: readonly FuzzStep[], failedAt: number): string[] {
  return steps.map((step) => {
    const mark = step.index === failedAt ? '✗' : ' ';
    const made = step.made === 'valid' ? '' : `[${step.made}] `;
    return `  ${mark} ${String(step.index).padStart(2)}. ${made}${describeInput(step.input)}\n        → ${step.verdict}`;
  });
}
