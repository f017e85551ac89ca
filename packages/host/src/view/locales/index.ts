import type { Bilingual, Locale } from '@jiayuan/core';
import { en } from './en.js';
import type { ReadMessageTemplates } from './types.js';
import { zhCN } from './zh-CN.js';

/** The read model's message templates of every locale. */
export const READ_MESSAGES: Readonly<Record<Locale, ReadMessageTemplates>> = { 'zh-CN': zhCN, en };

/** Renders read message `id` with its parameters in every locale. */
export function readMessage<K extends keyof ReadMessageTemplates>(
  id: K,
  params: Parameters<ReadMessageTemplates[K]>[0],
): Bilingual {
  // Indexing by a generic id gives a union of template types; each takes exactly these params.
  const render = (templates: ReadMessageTemplates): string =>
    (templates[id] as (p: Parameters<ReadMessageTemplates[K]>[0]) => string)(params);
  return { 'zh-CN': render(READ_MESSAGES['zh-CN']), en: render(READ_MESSAGES.en) };
}

export type { ReadField, ReadMessageTemplates } from './types.js';
