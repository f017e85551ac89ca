import {
  bilingual,
  type CitationId,
  type DeadlineBook,
  defineRule,
  describePeriod,
  type HolidayCalendar,
  isOverdue,
  type Profile,
  type RuleVerdict,
  startDeadline,
} from '@jiayuan/core';
import { en, zhCN } from '../locales/index.js';
import type { AssemblyContext } from './context.js';
import { RULES_FILING_COMPLETION } from './deadline-ids.js';

type Snap = { readonly context: AssemblyContext };

/** The articles of the street office's part in each shipped profile (SH 34; BJ 50, PMR 16 silent). */
const COMPLETION_ARTICLES: readonly CitationId[] = ['SH-34', 'BJ-50', 'PMR-16'];

/** The street office's completion of a rules-change filing (SH 34). */
export interface RulesFilingCompletion {
  readonly at: string;
  readonly by: string;
  /** The office's record of the completed filing. */
  readonly reference: string;
  /**
   * Completed after the profile's period had run out: recorded, not refused (the period binds
   * the office, not the owners).
   */
  readonly late: boolean;
  /** The filing's papers were copied to the district housing department (SH 34 抄送). */
  readonly copiedToDistrict: boolean;
}

/**
 * The deadline book after a filing at `at`: the street office completes it within the profile's
 * `term.changeFilingCompletion` from the filing (SH 34: 受理…备案后，应当在二十日内完成备案手续);
 * a profile without the period (BJ 50 and PMR 16 set none, or one persisted before the setting)
 * starts none.
 */
export function startFilingCompletion(
  deadlines: DeadlineBook,
  profile: Profile,
  at: string,
  calendar?: HolidayCalendar,
): DeadlineBook {
  const completion = profile.term.changeFilingCompletion;
  if (completion === undefined || completion.period === null) return deadlines;
  const words = describePeriod(completion.period);
  return startDeadline(deadlines, RULES_FILING_COMPLETION, {
    title: bilingual(
      `街道办事处完成议事规则、管理规约变更备案（${words['zh-CN']}内）`,
      `The street office completes the filing of the rules change (${words.en})`,
    ),
    trigger: at,
    period: completion.period,
    cite: completion.cite,
    ...(calendar === undefined ? {} : { calendar }),
  });
}

/** Whether a completion at `at` comes after the period ran out (still recorded). */
export function completionLate(deadlines: DeadlineBook, at: string): boolean {
  const entry = deadlines[RULES_FILING_COMPLETION];
  return entry !== undefined && isOverdue(entry.due, at);
}

/** Whether the profile has the office copy the completed filing to the district (SH 34). */
export function copiedToDistrictUnder(profile: Profile): boolean {
  return profile.term.changeFilingCopiedToDistrict?.value === true;
}

const refuse = (
  context: AssemblyContext,
  pick: (l: typeof en) => string,
  details?: Record<string, unknown>,
): RuleVerdict => ({
  ok: false,
  message: bilingual(pick(zhCN), pick(en)),
  // The profile's own entry: SH 34, or the silent BJ 50 / PMR 16.
  citations: [...(context.profile.term.changeFilingCompletion?.cite ?? ['SH-34'])],
  ...(details === undefined ? {} : { details }),
});

/** The street office completes a filing the committee (or the stand-in) has made (SH 34). */
export const rulesFilingToComplete = defineRule({
  id: 'rules-filing-to-complete',
  citations: COMPLETION_ARTICLES,
  check({ context }: Snap) {
    return context.rulesFiling !== null ? true : refuse(context, (l) => l.rules.noFilingToComplete);
  },
});

/** A filing is completed once: a second completion is refused. */
export const rulesFilingCompletedOnce = defineRule({
  id: 'rules-filing-completed-once',
  citations: COMPLETION_ARTICLES,
  check({ context }: Snap) {
    const done = context.rulesFiling?.completion ?? null;
    return done === null
      ? true
      : refuse(context, (l) => l.rules.filingCompleted(done.at), { completedAt: done.at });
  },
});
