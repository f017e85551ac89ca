import { formatArea } from '../area.js';
import { formatCitation } from '../citations/citation.js';
import { CITATIONS, isCitationId } from '../citations/registry.js';
import { citationVersion } from '../citations/version-label.js';
import { formatBar, formatRatio } from '../fraction.js';
import type { Bilingual, Locale } from '../i18n.js';
import { CHOICES } from '../schemas/ballot.js';
import type { LocalDate } from '../schemas/time.js';
import { TALLY_MESSAGES } from './locale/index.js';
import type { Check, TallyResult } from './result.js';

/** A check rendered for people: the exact ratio against its bar. */
export interface ExplainedCheck {
  readonly id: Check['id'];
  readonly passed: boolean;
  readonly text: Bilingual;
}

/** A cited article of an explanation, with the text version in force on the day explained. */
export interface ExplainedCitation {
  readonly id: string;
  /** The version label (`2023-12-28 text`, `2021-07-01 – 2026-06-30; not in force on …`). */
  readonly version: Bilingual;
  /** Whether the cited wording is in force on the day explained. */
  readonly inForce: boolean;
}

/** A result's explanation in both locales: the verdict, the four checks, the counts. */
export interface TallyExplanation {
  readonly verdict: Bilingual;
  readonly checks: readonly ExplainedCheck[];
  readonly lines: Readonly<Record<Locale, readonly string[]>>;
  /** With {@link ExplainOptions.on}: the articles the count applies, each as in force that day. */
  readonly citations?: readonly ExplainedCitation[];
}

/** How to explain a count on a day. */
export interface ExplainOptions {
  /**
   * The day the count is explained for (the vote's close, say): each cited article then carries
   * its text version, and one not in force that day is flagged.
   */
  readonly on: LocalDate;
  /**
   * Articles the host applied beyond the Civil Code's (e.g. the profile's `voting.quorum.cite`
   * frozen with the vote); CC 278 ¶2, and SPC 9 where co-owners were merged, are always cited.
   */
  readonly citations?: readonly string[];
}

// CC 278 ¶2 sets the four checks; SPC 9 is cited where units sharing co-owners were merged.
function citedIds(result: TallyResult, extra: readonly string[]): string[] {
  const base = ['CC-278-2', ...(result.electorate.coOwnerMerge === undefined ? [] : ['SPC-9'])];
  return [...new Set([...base, ...extra])];
}

function explainCitations(result: TallyResult, options: ExplainOptions): ExplainedCitation[] {
  return citedIds(result, options.citations ?? []).flatMap((id) => {
    const version = citationVersion(id, options.on);
    return version === undefined
      ? []
      : [{ id, version: version.label, inForce: version.inForce === true }];
  });
}

function citationLines(
  cited: readonly ExplainedCitation[],
  on: LocalDate,
  locale: Locale,
): string[] {
  const t = TALLY_MESSAGES[locale];
  return [
    t.basis(on),
    ...cited.map((c) => {
      const text = isCitationId(c.id) ? formatCitation(CITATIONS[c.id], locale) : c.id;
      return t.cited(`${text} ${c.id}`, c.version[locale], c.inForce);
    }),
  ];
}

function ratio(check: Check): string {
  return check.id.endsWith('-area')
    ? `${formatRatio(check.part, check.whole)} [${formatArea(check.part)} / ${formatArea(check.whole)} m²]`
    : formatRatio(check.part, check.whole);
}

function render(
  result: TallyResult,
  locale: Locale,
  basis: readonly string[] = [],
): { verdict: string; checks: string[]; lines: string[] } {
  const t = TALLY_MESSAGES[locale];
  const verdict = result.passed
    ? t.verdict.passed
    : result.quorumMet
      ? t.verdict.failedApproval
      : t.verdict.failedQuorum;
  const checks = result.checks.map((c) =>
    t.line(t.check[c.id], ratio(c), formatBar(c.bar, locale), c.passed),
  );
  const e = result.electorate;
  const scope = e.part === undefined ? t.scope.whole : t.scope.part(e.part);
  const lines = [
    t.heading(t.majority[result.majority]),
    t.electorate(e.headcount, formatArea(e.area), scope),
    t.parking[e.parking],
    ...(e.excludedUnits > 0 ? [t.excluded(e.excludedUnits)] : []),
    ...(e.coOwnerMerge === undefined
      ? []
      : [
          t.coOwnerMerge(
            e.coOwnerMerge.ownerSets,
            e.coOwnerMerge.ownerSets - e.coOwnerMerge.merged,
            e.coOwnerMerge.merged,
          ),
        ]),
    t.revote[result.revote],
    ...CHOICES.map((c) =>
      t.counts(t.choice[c], result.counts[c].headcount, formatArea(result.counts[c].area)),
    ),
    ...checks,
    t.ballots(
      result.ballots.received,
      result.ballots.counted,
      result.ballots.superseded,
      result.ballots.rejected,
    ),
    ...basis,
    verdict,
  ];
  return { verdict, checks, lines };
}

/**
 * Explains a result in zh-CN and en: the four ratios against the four bars, pass or fail each,
 * the counts per choice, the ballots refused, and the verdict. Given a day (`options.on`), it
 * also lists the articles applied, each with its text version in force that day, and flags one
 * that is not (`citations`, and lines before the verdict).
 */
export function explainTally(result: TallyResult, options?: ExplainOptions): TallyExplanation {
  const cited = options === undefined ? undefined : explainCitations(result, options);
  const basis = (locale: Locale) =>
    cited === undefined || options === undefined ? [] : citationLines(cited, options.on, locale);
  const zh = render(result, 'zh-CN', basis('zh-CN'));
  const en = render(result, 'en', basis('en'));
  return {
    verdict: { 'zh-CN': zh.verdict, en: en.verdict },
    checks: result.checks.map((c, i) => ({
      id: c.id,
      passed: c.passed,
      text: { 'zh-CN': zh.checks[i]!, en: en.checks[i]! },
    })),
    lines: { 'zh-CN': zh.lines, en: en.lines },
    ...(cited === undefined ? {} : { citations: cited }),
  };
}

/**
 * The explanation of a result as text in one locale, one line per fact; given a day, with the
 * articles applied as in force that day (see {@link explainTally}).
 */
export function formatTally(
  result: TallyResult,
  locale: Locale = 'zh-CN',
  options?: ExplainOptions,
): string {
  const basis =
    options === undefined
      ? []
      : citationLines(explainCitations(result, options), options.on, locale);
  return render(result, locale, basis).lines.join('\n');
}
