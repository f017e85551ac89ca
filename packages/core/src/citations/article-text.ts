import { parseChineseNumeral, toChineseNumeral } from './numerals.js';

const NUM = '[零〇一二两三四五六七八九十百千]+';

/** `第二百七十八条` at the start of a line, then an ASCII space, an ideographic space or text. */
const ARTICLE_HEADING = new RegExp(`^第(${NUM})条`);
/** `## 第一章 总则`, `第一章　总　　则`, `#### 第一节 …`, `## 第一编 …`, or any Markdown heading. */
const STRUCTURE_HEADING = new RegExp(`^(?:#{1,6}\\s*)?第${NUM}(?:编|分编|章|节)|^#{1,6}\\s`);
/** Top-level section of a policy document: `九、业主委员会任期届满…`. */
const TOP_SECTION = new RegExp(`^(${NUM})、`);
/** Second-level section: `（四）做好…` or `(四)…`. */
const SUB_SECTION = new RegExp(`^[（(](${NUM})[)）]`);
/** Numbered item inside a section: `1. 区级工作联席会议制度。`. */
const ITEM = /^(\d+)[.．、]/;
/** A policy-document label: `九`, `九、`, `（四）`, `(四)`, `二(二)`, `二（二）1`, `二(二)1`. */
const SECTION_LABEL = new RegExp(`^(${NUM})?、?(?:[（(](${NUM})[)）])?(\\d+)?$`);

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** Whether a line is blank, counting zero-width and ideographic spaces as blank. */
function isBlank(line: string): boolean {
  return line.replace(/[\s\u200b\ufeff]/g, '') === '';
}

function joinTrimmed(block: readonly string[]): string {
  const kept = [...block];
  while (kept.length > 0 && isBlank(kept[kept.length - 1] ?? '')) kept.pop();
  return kept.join('\n').trim();
}

/**
 * Extracts the text of one article or section from a law file's text.
 *
 * - A number finds a statute's article by its heading (`278` → the line starting
 *   `第二百七十八条`, followed by an ASCII space, an ideographic space or the text itself); the
 *   article runs until the next article heading or chapter/section heading.
 * - A string finds a section of a policy document by its label: `'九'` (top-level `九、`),
 *   `'（四）'` (the first second-level `（四）`), `'二(二)'` (`（二）` inside `二、`), and
 *   `'二(二)1'` (item `1.` inside that). Half- and full-width brackets are the same.
 *
 * Pure: takes the text, returns the heading line and everything up to the next heading, or
 * `undefined` when the article or section is not there.
 */
export function findArticle(lawText: string, article: number | string): string | undefined {
  const all = lines(lawText);
  return typeof article === 'number' ? findStatuteArticle(all, article) : findSection(all, article);
}

function findStatuteArticle(all: readonly string[], article: number): string | undefined {
  if (!Number.isInteger(article) || article < 1 || article > 9999) return undefined;
  const start = all.findIndex((line) => {
    const m = ARTICLE_HEADING.exec(line);
    return m !== null && parseChineseNumeral(m[1] ?? '') === article;
  });
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < all.length) {
    const line = all[end] ?? '';
    if (ARTICLE_HEADING.test(line) || STRUCTURE_HEADING.test(line)) break;
    end++;
  }
  return joinTrimmed(all.slice(start, end));
}

function findSection(all: readonly string[], label: string): string | undefined {
  const m = SECTION_LABEL.exec(label.trim());
  if (m === null) return undefined;
  const [, top, sub, item] = m;
  if (top === undefined && sub === undefined) return undefined;
  let block: readonly string[] = all;
  if (top !== undefined) {
    const found = slice(block, TOP_SECTION, parseChineseNumeral(top), [TOP_SECTION]);
    if (found === undefined) return undefined;
    block = found;
  }
  if (sub !== undefined) {
    const found = slice(block, SUB_SECTION, parseChineseNumeral(sub), [SUB_SECTION, TOP_SECTION]);
    if (found === undefined) return undefined;
    block = found;
  }
  if (item !== undefined) {
    const found = slice(block, ITEM, Number(item), [ITEM, SUB_SECTION, TOP_SECTION]);
    if (found === undefined) return undefined;
    block = found;
  }
  return joinTrimmed(block);
}

/** The lines from the first line labelled `n` by `heading` up to the next line any `stops` match. */
function slice(
  block: readonly string[],
  heading: RegExp,
  n: number | undefined,
  stops: readonly RegExp[],
): readonly string[] | undefined {
  if (n === undefined) return undefined;
  const start = block.findIndex((line) => {
    const m = heading.exec(line);
    if (m === null) return false;
    const raw = m[1] ?? '';
    return (/^\d+$/.test(raw) ? Number(raw) : parseChineseNumeral(raw)) === n;
  });
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < block.length && !stops.some((re) => re.test(block[end] ?? ''))) end++;
  return block.slice(start, end);
}

const ITEM_LINE = new RegExp(`^[（(]${NUM}[)）]`);

/**
 * Splits an article's text (as {@link findArticle} returns it) into its paragraphs (款) and
 * returns paragraph `n`, counting from 1. Item lines (`（一）…`) belong to the paragraph above
 * them; blank lines are ignored.
 */
export function findParagraph(articleText: string, n: number): string | undefined {
  const paragraphs: string[][] = [];
  for (const line of lines(articleText)) {
    if (isBlank(line)) continue;
    const last = paragraphs[paragraphs.length - 1];
    if (ITEM_LINE.test(line) && last !== undefined) last.push(line);
    else paragraphs.push([line]);
  }
  const p = paragraphs[n - 1];
  return p === undefined ? undefined : p.join('\n');
}

/** The heading a statute gives article `n`: `278` → `第二百七十八条`. */
export function articleHeading(n: number): string {
  return `第${toChineseNumeral(n)}条`;
}

/**
 * Removes every kind of whitespace (ASCII, ideographic, zero-width) so a phrase can be matched
 * across the line breaks and spacing of different copies of a text.
 */
export function squeezeWhitespace(text: string): string {
  return text.replace(/[\s\u200b\ufeff]/g, '');
}
