import type { Bilingual, Locale } from '@jiayuan/core';

/** The language of the output: `--lang zh|en`, else `LANG`/`LC_ALL` (zh… → zh-CN), else en. */
export function resolveLocale(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Locale {
  const pick = (v: string | undefined): Locale | undefined => {
    if (v === undefined || v === '') return undefined;
    const s = v.toLowerCase();
    if (s.startsWith('zh')) return 'zh-CN';
    if (s.startsWith('en') || s === 'c' || s === 'posix') return 'en';
    return undefined;
  };
  return pick(flag) ?? pick(env.LC_ALL) ?? pick(env.LANG) ?? 'en';
}

/** Picks the text of `locale`. */
export function say(locale: Locale, text: Bilingual): string {
  return text[locale];
}

/** A bilingual text inline. */
export function t(zh: string, en: string): Bilingual {
  return { 'zh-CN': zh, en };
}
