import type { Locale } from '../i18n.js';

/** The words of a citation's version label in one locale. */
export interface VersionWords {
  /** A wording in force from `from` with no end: `2023-12-28 text`. */
  readonly text: (from: string) => string;
  /** A wording in force from `from` to `until`, both included. */
  readonly span: (from: string, until: string) => string;
  /** Added when the wording is not in force on `date`. */
  readonly notInForce: (date: string) => string;
  /** Joins the parts of a label. */
  readonly separator: string;
  /** Wraps a label after the citation it follows. */
  readonly wrap: (label: string) => string;
}

/** The version labels' words by locale. */
export const VERSION_WORDS: Readonly<Record<Locale, VersionWords>> = {
  'zh-CN': {
    text: (from) => `${from}文本`,
    span: (from, until) => `${from}至${until}有效`,
    notInForce: (date) => `${date}不在施行期内`,
    separator: '；',
    wrap: (label) => `（${label}）`,
  },
  en: {
    text: (from) => `${from} text`,
    span: (from, until) => `${from} – ${until}`,
    notInForce: (date) => `not in force on ${date}`,
    separator: '; ',
    wrap: (label) => ` (${label})`,
  },
};
