/**
 * One problem found in a roll: which record, which field, and why.
 * `path` follows the input's shape, e.g. `units[3].areas`.
 */
export interface RollIssue {
  readonly path: string;
  readonly unitId?: string;
  readonly ownerId?: string;
  readonly message: string;
}

/** Thrown by {@link parseRoll} with every issue found, not only the first. */
export class RollError extends Error {
  readonly issues: readonly RollIssue[];

  constructor(issues: readonly RollIssue[]) {
    const shown = issues
      .slice(0, 10)
      .map((i) => `  - ${i.path}: ${i.message}`)
      .join('\n');
    const more = issues.length > 10 ? `\n  … and ${issues.length - 10} more` : '';
    super(
      `invalid roll (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n${shown}${more}`,
    );
    this.name = 'RollError';
    this.issues = issues;
  }
}
