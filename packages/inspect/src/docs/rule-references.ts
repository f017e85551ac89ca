/** A source file that cites a row of the rule book in a comment: `RULES` and the row id. */
export interface RuleReference {
  /** The row id, e.g. `VOTE-7`. */
  readonly rule: string;
  /** The file's path from the repository root. */
  readonly file: string;
}

// `RULES` then one or more ids joined by `,`, `/` or `and`, possibly across a comment's line
// break (`RULES\n * TERM-9`).
const CITES =
  /\bRULES(?:\s|\*|\/\/)+([A-Z]+-[A-Z0-9]+(?:\s*(?:,|\/|and)\s*(?:\*\s*)?[A-Z]+-[A-Z0-9]+)*)/g;
const ID = /[A-Z]+-[A-Z0-9]+/g;

/**
 * Every rule-book row the given files cite, once per file and row, in file order then row
 * order.
 */
export function findRuleReferences(
  files: readonly { readonly path: string; readonly text: string }[],
): RuleReference[] {
  const out: RuleReference[] = [];
  for (const { path, text } of files) {
    const rules = new Set<string>();
    for (const match of text.matchAll(CITES)) {
      for (const id of (match[1] ?? '').matchAll(ID)) rules.add(id[0]);
    }
    for (const rule of rules) out.push({ rule, file: path });
  }
  return out;
}

/** The files citing each row, sorted. */
export function referencesByRule(references: readonly RuleReference[]): Map<string, string[]> {
  const byRule = new Map<string, string[]>();
  for (const { rule, file } of references) byRule.set(rule, [...(byRule.get(rule) ?? []), file]);
  for (const files of byRule.values()) files.sort();
  return byRule;
}
