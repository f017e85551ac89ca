import type { Period } from '../calendar/index.js';
import { describePeriod, PERIOD_UNITS } from '../calendar/index.js';
import type { CitationId } from '../citations/index.js';
import { CITATIONS, formatCitation } from '../citations/index.js';
import type { Bar } from '../fraction.js';
import { formatBar } from '../fraction.js';
import type { Locale } from '../i18n.js';
import type { Profile } from './schema.js';

/** One line of a profile's description: a field, its value and the articles behind it. */
export interface ProfileRow {
  /** Dotted path in the profile, e.g. `voting.quorum.area`. */
  readonly path: string;
  /** The value in words: `2/3以上`, `60日`, `未规定` / `at least 2/3`, `60 days`, `not set`. */
  readonly value: string;
  /** Each citation formatted, e.g. `《民法典》第二百七十八条第二款`. */
  readonly citations: readonly string[];
  /** The citation ids behind them, as the profile gives them, e.g. `CC-278-2`. */
  readonly citationIds: readonly CitationId[];
  /** Whether every citation was read in its text (RULES [V]). */
  readonly verified: boolean;
  readonly note?: string;
}

const WORDS = {
  'zh-CN': { none: '未规定', empty: '无', yes: '是', no: '否', sep: '；', list: '、' },
  en: { none: 'not set', empty: 'none', yes: 'yes', no: 'no', sep: '; ', list: ', ' },
} as const;

// Metadata, not rules: described by the caller, not as rows.
const SKIPPED = new Set(['id', 'name', 'follows', 'laws']);

type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

function isRecord(v: Json): v is { readonly [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isBar(v: { readonly [k: string]: Json }): boolean {
  return isRecord(v.fraction ?? null) && (v.mode === 'at-least' || v.mode === 'more-than');
}

function isPeriod(v: { readonly [k: string]: Json }): boolean {
  const keys = Object.keys(v);
  return (
    keys.length === 1 &&
    PERIOD_UNITS.some((u) => u === keys[0]) &&
    typeof v[keys[0] ?? ''] === 'number'
  );
}

function render(v: Json, locale: Locale): string {
  const w = WORDS[locale];
  if (v === null) return w.none;
  if (typeof v === 'boolean') return v ? w.yes : w.no;
  if (typeof v === 'number' || typeof v === 'string') return String(v);
  if (Array.isArray(v))
    return v.length === 0 ? w.empty : v.map((x) => render(x, locale)).join(w.list);
  if (!isRecord(v)) return String(v);
  if (isBar(v)) return formatBar(v as unknown as Bar, locale);
  if (isPeriod(v)) return describePeriod(v as unknown as Period)[locale];
  if (typeof v.num === 'number' && typeof v.den === 'number' && Object.keys(v).length === 2) {
    return `${v.num}/${v.den}`;
  }
  return Object.entries(v)
    .map(([k, x]) => `${k}: ${render(x, locale)}`)
    .join(w.sep);
}

function isEntry(v: { readonly [k: string]: Json }): boolean {
  return Array.isArray(v.cite) && ('value' in v || 'period' in v);
}

function walk(node: Json, path: string, locale: Locale, out: ProfileRow[]): void {
  if (!isRecord(node)) {
    out.push({
      path,
      value: render(node, locale),
      citations: [],
      citationIds: [],
      verified: false,
    });
    return;
  }
  if (isEntry(node)) {
    const ids = node.cite as readonly CitationId[];
    const note = node.note;
    const noteText = note !== undefined && isRecord(note) ? note[locale] : undefined;
    out.push({
      path,
      value: render(('value' in node ? node.value : node.period) ?? null, locale),
      // Two ids may point at the same paragraph (different key phrases): list it once.
      citations: [...new Set(ids.map((id) => formatCitation(CITATIONS[id], locale)))],
      citationIds: ids,
      verified: ids.length > 0 && ids.every((id) => CITATIONS[id].verified),
      ...(typeof noteText === 'string' ? { note: noteText } : {}),
    });
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    if (path === '' && SKIPPED.has(key)) continue;
    walk(child, path === '' ? key : `${path}.${key}`, locale, out);
  }
}

/**
 * Lists every value of a profile with its articles, in profile order, for documentation and
 * the CLI: `{ path: 'voting.quorum.area', value: '2/3以上', citations: ['《民法典》第二百七十八条第二款', …] }`.
 */
export function describeProfile(profile: Profile, locale: Locale): ProfileRow[] {
  const out: ProfileRow[] = [];
  walk(profile as unknown as Json, '', locale, out);
  return out;
}
