import { type Bilingual, bilingual } from '@jiayuan/core';
import { en } from './en.js';
import type { AssemblyLocale } from './types.js';
import { zhCN } from './zh-CN.js';

/** The same text from both locales. */
export function text(pick: (locale: AssemblyLocale) => string): Bilingual {
  return bilingual(pick(zhCN), pick(en));
}

export type { AssemblyLocale };
export { en, zhCN };
