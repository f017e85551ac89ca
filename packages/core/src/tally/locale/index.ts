import type { Bilingual, Locale } from '../../i18n.js';
import type { BallotIssueCode } from '../ballot-issue.js';
import { en } from './en.js';
import type { BallotIssueParams, TallyMessages } from './messages.js';
import { zhCN } from './zh-CN.js';

/** The tally's texts by locale. */
export const TALLY_MESSAGES: Readonly<Record<Locale, TallyMessages>> = { 'zh-CN': zhCN, en };

/** A ballot issue's message in both locales. */
export function issueMessage(code: BallotIssueCode, params: BallotIssueParams): Bilingual {
  return { 'zh-CN': zhCN.issue[code](params), en: en.issue[code](params) };
}

export type { BallotIssueParams, TallyMessages };
