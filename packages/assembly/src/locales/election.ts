import { type Bilingual, bilingual } from '@jiayuan/core';
import { electionEn } from './election-en.js';
import type { ElectionLocale } from './election-types.js';
import { electionZhCN } from './election-zh-CN.js';

/** The same election text from both locales. */
export function electionText(pick: (locale: ElectionLocale) => string): Bilingual {
  return bilingual(pick(electionZhCN), pick(electionEn));
}

export type { ElectionLocale };
export { electionEn, electionZhCN };
