import { formatArea } from '../area.js';
import { formatBar, formatRatio } from '../fraction.js';
import type { Bilingual, Locale } from '../i18n.js';
import { CHOICES } from '../schemas/ballot.js';
import { TALLY_MESSAGES } from './locale/index.js';
import type { Check, TallyResult } from './result.js';

/** A check rendered for people: the exact ratio against its bar. */
export interface ExplainedCheck {
  readonly id: Check['id'];
  readonly passed: boolean;
  readonly text: Bilingual;
}

/** A result's explanation in both locales: the verdict, the four checks, the counts. */
export interface TallyExplanation {
  readonly verdict: Bilingual;
  readonly checks: readonly ExplainedCheck[];
  readonly lines: Readonly<Record<Locale, readonly string[]>>;
}

function ratio(check: Check): string {
  return check.id.endsWith('-area')
    ? `${formatRatio(check.part, check.whole)} [${formatArea(check.part)} / ${formatArea(check.whole)} m²]`
    : formatRatio(check.part, check.whole);
}

function render(
  result: TallyResult,
  locale: Locale,
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
    verdict,
  ];
  return { verdict, checks, lines };
}

/**
 * Explains a result in zh-CN and en: the four ratios against the four bars, pass or fail each,
 * the counts per choice, the ballots refused, and the verdict.
 */
export function explainTally(result: TallyResult): TallyExplanation {
  const zh = render(result, 'zh-CN');
  const en = render(result, 'en');
  return {
    verdict: { 'zh-CN': zh.verdict, en: en.verdict },
    checks: result.checks.map((c, i) => ({
      id: c.id,
      passed: c.passed,
      text: { 'zh-CN': zh.checks[i]!, en: en.checks[i]! },
    })),
    lines: { 'zh-CN': zh.lines, en: en.lines },
  };
}

/** The explanation of a result as text in one locale, one line per fact. */
export function formatTally(result: TallyResult, locale: Locale = 'zh-CN'): string {
  return render(result, locale).lines.join('\n');
}
