/** One row of the rule book: what a procedure requires and the article that says so. */
export interface RuleBookRow {
  /** The row id, e.g. `VOTE-2`, `TERM-7`, `JOINT-MONTHLY`. */
  readonly id: string;
  /** The columns between the id and the source, by header (`rule`, `numbers`, `who`, …). */
  readonly columns: readonly { readonly header: string; readonly text: string }[];
  /** The source column as written, e.g. `CC 278 ¶2 [V]; SH 18 [V]`. */
  readonly source: string;
}

/** One numbered section of the rule book, e.g. `1. Counting and voting`. */
export interface RuleBookSection {
  /** The section number as written (`1`, `10`). */
  readonly number: string;
  /** The heading after the number. */
  readonly title: string;
  /** The section's prose outside its table, joined by blank lines. */
  readonly prose: string;
  readonly rows: readonly RuleBookRow[];
}

/** The rule book: its sections in order. */
export interface RuleBook {
  readonly sections: readonly RuleBookSection[];
}

const SECTION_HEADING = /^## (\d+)\. (.+)$/;
const ROW_ID = /^[A-Z]+-[A-Z0-9]+$/;

/**
 * Reads the rule book's Markdown (docs/rules/source/rule-book.md): every `## N. Title` section
 * with its table rows keyed by id. The first column of a table is the id and the last the
 * source; a row whose first cell is not an id (a header or a separator) is skipped.
 *
 * @throws when an id appears twice or a table row has fewer than three cells.
 */
export function parseRuleBook(markdown: string): RuleBook {
  const sections: RuleBookSection[] = [];
  const seen = new Set<string>();
  let current: { number: string; title: string; prose: string[]; rows: RuleBookRow[] } | undefined;
  let headers: string[] = [];
  const close = () => {
    if (current === undefined) return;
    sections.push({
      number: current.number,
      title: current.title,
      prose: current.prose
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim(),
      rows: current.rows,
    });
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = SECTION_HEADING.exec(line);
    if (heading !== null) {
      close();
      current = { number: heading[1] ?? '', title: heading[2] ?? '', prose: [], rows: [] };
      headers = [];
      continue;
    }
    if (current === undefined) continue;
    if (!line.startsWith('|')) {
      current.prose.push(line);
      continue;
    }
    const cells = splitRow(line);
    const first = cells[0] ?? '';
    if (!ROW_ID.test(first)) {
      // The header row names the columns; the separator row (`|---|`) is skipped.
      if (!/^-+$/.test(first)) headers = cells;
      continue;
    }
    if (cells.length < 3) throw new Error(`rule book: row ${first} has fewer than three cells`);
    if (seen.has(first)) throw new Error(`rule book: row ${first} appears twice`);
    seen.add(first);
    current.rows.push({
      id: first,
      columns: cells
        .slice(1, -1)
        .map((text, index) => ({ header: headers[index + 1] ?? '', text })),
      source: cells[cells.length - 1] ?? '',
    });
  }
  close();
  return { sections };
}

/** Every row of the book, in order. */
export function ruleBookRows(book: RuleBook): RuleBookRow[] {
  return book.sections.flatMap((section) => section.rows);
}

// Splits a Markdown table row on unescaped pipes and trims the cells.
function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}
