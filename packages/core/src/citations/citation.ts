import type { Bilingual, Locale } from '../i18n.js';
import type { LawId } from './laws.js';
import { LAWS } from './laws.js';
import { parseChineseNumeral, toChineseNumeral } from './numerals.js';

/**
 * Article label for a provision the sources name without an article (e.g. national guidance
 * cited second-hand). Formatted as "article not located".
 */
export const UNLOCATED = '?';

/**
 * A pointer into a legal text with the words that justify it.
 *
 * `article` is a number for statutes (第二百七十八条 → `278`) and a string for sections of
 * policy documents, matching how the text labels them (`'（四）'`, `'二(二)'`, `'九'`), for a
 * chapter (`'第六章'`), or {@link UNLOCATED}.
 */
export interface Citation {
  readonly id: string;
  readonly law: LawId;
  readonly article: number | string;
  /** 款, counting from 1. */
  readonly paragraph?: number;
  /** 项 of a statute (number) or numbered item of a policy section (`1` in `二(二)1`). */
  readonly item?: number | string;
  /** Short Chinese phrase copied verbatim from the article; tests look for it in the text. */
  readonly keyPhrase: string;
  /** `true` when the rule was read in the text itself (RULES [V]); `false` for [S], [U], inference. */
  readonly verified: boolean;
  readonly note?: Bilingual;
}

/** A registry entry before its id is attached. */
export type CitationEntry = Omit<Citation, 'id'>;

const CHAPTER = /^第([零一二三四五六七八九十百]+)章$/;
const SECTION =
  /^([零一二三四五六七八九十百]+)?、?(?:[（(]([零一二三四五六七八九十百]+)[)）])?(\d+)?$/;

function zhArticle(c: Citation): string {
  if (typeof c.article === 'number') return `第${toChineseNumeral(c.article)}条`;
  if (c.article === UNLOCATED) return '（条文未定位）';
  if (CHAPTER.test(c.article)) return c.article;
  const label = c.article.replace(/\(/g, '（').replace(/\)/g, '）');
  return label.startsWith('（') ? label : ` ${label}`;
}

function enArticle(c: Citation): string {
  if (typeof c.article === 'number') return ` art. ${c.article}`;
  if (c.article === UNLOCATED) return ' (article not located)';
  const chapter = CHAPTER.exec(c.article);
  if (chapter) return ` ch. ${parseChineseNumeral(chapter[1] ?? '') ?? chapter[1]}`;
  const m = SECTION.exec(c.article);
  if (!m) return ` sec. ${c.article}`;
  const [, top, sub, item] = m;
  const num = (s: string) => String(parseChineseNumeral(s) ?? s);
  return ` sec. ${top === undefined ? '' : num(top)}${sub === undefined ? '' : `(${num(sub)})`}${item ?? ''}`;
}

function zhItem(item: number | string): string {
  return typeof item === 'number' ? `第${toChineseNumeral(item)}项` : item;
}

/**
 * Renders a citation for people: zh-CN `《民法典》第二百七十八条第二款`, en
 * `Civil Code art. 278(2)`; policy sections as `沪房物业〔2026〕36号（四）` /
 * `SHHA Property [2026] No. 36 sec. (4)`.
 */
export function formatCitation(c: Citation, locale: Locale): string {
  const law = LAWS[c.law];
  if (locale === 'zh-CN') {
    let out = `${law.short['zh-CN']}${zhArticle(c)}`;
    if (c.paragraph !== undefined) out += `第${toChineseNumeral(c.paragraph)}款`;
    // A policy section's item is part of its label: 二（二）1.
    if (c.item !== undefined) out += typeof c.article === 'string' ? c.item : zhItem(c.item);
    return out;
  }
  let out = `${law.short.en}${enArticle(c)}`;
  if (c.paragraph !== undefined) out += `(${c.paragraph})`;
  if (c.item !== undefined) out += typeof c.article === 'string' ? `.${c.item}` : `(${c.item})`;
  return out;
}
