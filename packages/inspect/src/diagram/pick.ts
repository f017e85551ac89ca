import type { Bilingual, Locale } from '@jiayuan/core';

/** Picks one language of a bilingual text. */
export function pick(text: Bilingual, locale: Locale): string {
  return text[locale];
}
