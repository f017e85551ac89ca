/**
 * Locales every message is written in. `zh-CN` is the language of the law; `en` is for
 * developers and international users.
 */
export const LOCALES = ['zh-CN', 'en'] as const;

/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** A message in both locales. Every user-facing text in jiayuan is one of these. */
export interface Bilingual {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** Builds a {@link Bilingual} text. */
export function bilingual(zh: string, en: string): Bilingual {
  return { 'zh-CN': zh, en };
}
