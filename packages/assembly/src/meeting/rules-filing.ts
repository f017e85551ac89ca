import {
  bilingual,
  type ChangeFiler,
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
import type { AgendaItem } from '../ballot/agenda.js';
import { en, zhCN } from '../locales/index.js';
import type { AssemblyContext, ItemOutcome } from './context.js';
import { RULES_FILING } from './deadline-ids.js';
import type { RulesFilingCompletion } from './rules-filing-completion.js';

type Snap = { readonly context: AssemblyContext };
type Sent = { readonly by: { readonly role: string } };

/** The articles the filing rests on in each shipped profile (SH 33, BJ 50; PMR 16 is silent). */
const FILING_ARTICLES: readonly CitationId[] = ['SH-33', 'BJ-50', 'PMR-16'];

/** The committee's filing of a change of the rules of procedure or the statute (SH 33, BJ 50). */
export interface RulesFiling {
  readonly at: string;
  readonly by: string;
  /** Who filed: the committee, or the stand-in where the profile lets it (BJ 50). */
  readonly filer: ChangeFiler;
  /** The street office's receipt or the filing's own reference. */
  readonly reference: string;
  /** The items whose decided change it files. */
  readonly items: readonly string[];
  /** Filed after the profile's period had run out: recorded, not refused (a late filing is still a filing). */
  readonly late: boolean;
  /** The street office's completion of the filing (SH 34); `null` until completed. */
  readonly completion: RulesFilingCompletion | null;
}

/**
 * Who a sender files as: the committee, or the stand-in 物业管理委员会 acting through its chair,
 * the residents' committee's representative (BJ 54 ¶2).
 */
export function filerOf(role: string): ChangeFiler {
  return role === 'committee' ? 'committee' : 'stand-in';
}

/** Who may file under the profile; a profile persisted before the setting: the committee alone. */
export function changeFilersOf(profile: Profile): readonly ChangeFiler[] {
  return profile.term.changeFilers?.value ?? ['committee'];
}

/**
 * The items of a count that changed the rules of procedure or the management statute: those of
 * either kind that passed on their own majority (CC 278 ¶1 (一)(二), ¶2), whether or not the item
 * carried the text version (SH 33 "业主大会议事规则和管理规约发生变更的").
 */
export function rulesChangesOf(
  items: readonly AgendaItem[],
  outcomes: readonly ItemOutcome[],
): string[] {
  return items
    .filter((i) => i.kind === 'rules-of-procedure' || i.kind === 'management-statute')
    .filter((i) => outcomes.find((o) => o.itemId === i.id)?.passed === true)
    .map((i) => i.id);
}

/**
 * The deadline book after a count that changed the rules at `at`: the committee files the change
 * within the profile's `term.changeFiling` period from the decision (SH 33, BJ 50: 三十日内); a
 * profile whose texts set no filing (national: PMR 16 covers the committee's election only)
 * starts none.
 */
export function startRulesFiling(
  deadlines: DeadlineBook,
  profile: Profile,
  at: string,
  changed: readonly string[],
  calendar?: HolidayCalendar,
): DeadlineBook {
  const filing = profile.term.changeFiling;
  if (changed.length === 0 || filing.period === null) return deadlines;
  const words = describePeriod(filing.period);
  return startDeadline(deadlines, RULES_FILING, {
    title: bilingual(
      `议事规则、管理规约变更备案（${words['zh-CN']}内）`,
      `File the change of the rules of procedure or statute (${words.en})`,
    ),
    trigger: at,
    period: filing.period,
    cite: filing.cite,
    ...(calendar === undefined ? {} : { calendar }),
  });
}

/** Whether a filing at `at` comes after the period ran out (still recorded: SH 33 sets no bar). */
export function filingLate(deadlines: DeadlineBook, at: string): boolean {
  const entry = deadlines[RULES_FILING];
  return entry !== undefined && isOverdue(entry.due, at);
}

const refuse = (
  context: AssemblyContext,
  pick: (l: typeof en) => string,
  details?: Record<string, unknown>,
): RuleVerdict => ({
  ok: false,
  message: bilingual(pick(zhCN), pick(en)),
  // The refusal cites the profile's own entry: SH 33, BJ 50, or the silent PMR 16.
  citations: [...context.profile.term.changeFiling.cite],
  ...(details === undefined ? {} : { details }),
});

/**
 * TERM-8, VOTE-19: there is a change to file — an item adopting or amending the rules of
 * procedure or the management statute passed at the count (SH 33, BJ 50).
 */
export const rulesChangeToFile = defineRule({
  id: 'rules-change-to-file',
  citations: FILING_ARTICLES,
  check({ context }: Snap) {
    const changed = rulesChangesOf(context.call?.items ?? [], context.decision?.outcomes ?? []);
    return changed.length > 0 ? true : refuse(context, (l) => l.rules.noRulesChange);
  },
});

/**
 * The profile's texts provide the filing (SH 33, BJ 50); where they are silent (national: PMR 16
 * files the committee's election, not a change of the rules) the step does not exist.
 */
export const rulesFilingInProfile = defineRule({
  id: 'rules-filing-in-profile',
  citations: FILING_ARTICLES,
  check({ context }: Snap) {
    return context.profile.term.changeFiling.period !== null
      ? true
      : refuse(context, (l) => l.rules.rulesFilingNotInProfile);
  },
});

/**
 * The sender may file under the profile: the committee (SH 33), or also the stand-in where the
 * texts name it (BJ 50: 业主委员会或者物业管理委员会). The refusal cites the profile's entry.
 */
export const rulesFiler = defineRule({
  id: 'rules-filer',
  citations: ['SH-33', 'BJ-50'],
  check({ context }: Snap, event: Sent) {
    const filers = changeFilersOf(context.profile);
    if (filers.includes(filerOf(event.by.role))) return true;
    const entry = context.profile.term.changeFilers;
    return {
      ok: false,
      message: bilingual(
        zhCN.rules.rulesFiler(context.profile.name['zh-CN']),
        en.rules.rulesFiler(context.profile.name.en),
      ),
      citations: [...(entry?.cite ?? context.profile.term.changeFiling.cite)],
      details: { role: event.by.role, filers: [...filers] },
    };
  },
});

/** One filing covers the meeting's changes: a second is refused. */
export const rulesFiledOnce = defineRule({
  id: 'rules-filed-once',
  citations: FILING_ARTICLES,
  check({ context }: Snap) {
    const filed = context.rulesFiling;
    return filed === null
      ? true
      : refuse(context, (l) => l.rules.rulesFiled(filed.at), { filedAt: filed.at });
  },
});
