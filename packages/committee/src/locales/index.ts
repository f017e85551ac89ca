import type { Bilingual, Locale } from '@jiayuan/core';
import { en } from './en.js';
import type {
  CommitteeMessageArgs,
  CommitteeMessageId,
  CommitteeMessageTemplates,
} from './types.js';
import { zhCN } from './zh-CN.js';

/** The committee's message templates of every locale. */
export const COMMITTEE_MESSAGES: Readonly<Record<Locale, CommitteeMessageTemplates>> = {
  'zh-CN': zhCN,
  en,
};

/** Renders committee message `id` with its parameters (none for a message without) in every locale. */
export function committeeMessage<K extends CommitteeMessageId>(
  id: K,
  ...params: CommitteeMessageArgs<K>
): Bilingual {
  // Indexing by a generic id gives a union of template types; each takes exactly these params.
  const render = (templates: CommitteeMessageTemplates): string =>
    (templates[id] as (...args: CommitteeMessageArgs<K>) => string)(...params);
  return { 'zh-CN': render(COMMITTEE_MESSAGES['zh-CN']), en: render(COMMITTEE_MESSAGES.en) };
}

export { en } from './en.js';
export type {
  CommitteeLeaderSeat,
  CommitteeMessageArgs,
  CommitteeMessageId,
  CommitteeMessageTemplates,
} from './types.js';
export { zhCN } from './zh-CN.js';
