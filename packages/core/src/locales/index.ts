import type { Bilingual, Locale } from '../i18n.js';
import { en } from './en.js';
import type { MessageKey, MessageParams, MessageTemplates } from './types.js';
import { zhCN } from './zh-CN.js';

/** The message templates of every locale. */
export const LOCALE_MESSAGES: Readonly<Record<Locale, MessageTemplates>> = {
  'zh-CN': zhCN,
  en,
};

/** Renders message `key` with `params` in every locale. */
export function message<K extends MessageKey>(key: K, params: MessageParams[K]): Bilingual {
  return {
    'zh-CN': LOCALE_MESSAGES['zh-CN'][key](params),
    en: LOCALE_MESSAGES.en[key](params),
  };
}

export { en } from './en.js';
export type { MessageKey, MessageParams, MessageTemplates, ProcessEndReason } from './types.js';
export { zhCN } from './zh-CN.js';
