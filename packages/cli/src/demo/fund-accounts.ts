// The demo's disclosure calendar: started once the complex has its committee and new firm, it
// takes the emergency repair's drawing (the coordinator's RECORD_FUND_DRAWING), and the
// committee's posting of the half-year's fund accounts lists it (SH 66 ¶2, rule drawings-listed).
import type { CitationId } from '@jiayuan/core';
import type { DisclosureContext } from '@jiayuan/joint-meeting';
import { CliError, EXIT_CODES } from '../exit-codes.js';
import { t } from '../i18n.js';
import type { DemoSteps } from './steps.js';

/** The duties the demo posts: the fund's accounts each half-year, public revenue each quarter. */
const POSTED = ['maintenance-fund', 'public-revenue'] as const;

/** An amount in fen as yuan with thousands separators: 23420000 → "234,200.00". */
export function yuanText(fen: number): string {
  const whole = String(Math.trunc(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(fen % 100).padStart(2, '0')}`;
}

const contextOf = (s: { readonly envelope: { readonly snapshot: unknown } }) =>
  (s.envelope.snapshot as { context: DisclosureContext }).context;

/** The plans' articles of the posted duties, without repeats. */
const citesOf = (c: DisclosureContext, duties: readonly string[]): CitationId[] => [
  ...new Set(c.plans.filter((p) => duties.includes(p.duty)).flatMap((p) => p.cite)),
];

/**
 * Prints each open obligation with a due date: what the calendar expects next and by when (the
 * last day of its period, ending at 24:00, Asia/Shanghai).
 */
function printOpen(d: DemoSteps, c: DisclosureContext, indent = ''): void {
  for (const o of c.obligations) {
    if (o.status === 'published') continue;
    const lastDay = c.deadlines[o.id]?.due.lastDay;
    if (lastDay === undefined) continue;
    const title = c.plans.find((p) => p.duty === o.duty)?.title ?? t(o.duty, o.duty);
    d.tl.line(
      t(
        `                  ${indent}${title['zh-CN']}（${o.id}）：${lastDay} 24:00 前公布`,
        `                  ${indent}${title.en} (${o.id}): due by 24:00 of ${lastDay}`,
      ),
    );
  }
}

/**
 * Starts the complex's disclosure calendar at `at` (the firm's fees by lump sum, as its hand-over
 * has it) and prints the obligations it opens. Returns the calendar's process id.
 */
export async function startDisclosureCalendar(d: DemoSteps, at: string): Promise<string> {
  const r = d.check(
    await d.complex.start('disclosure', {
      complexId: d.complexId,
      feeModel: 'lump-sum',
      startAt: at,
    }),
    'start the disclosure calendar',
  );
  const c = contextOf(r.state);
  d.tl.step(
    at,
    t(
      '小区信息公开日历开始：业主委员会和物业服务企业在其上登记各项公开',
      "The complex's disclosure calendar starts: the committee and the firm record their postings on it",
    ),
    citesOf(c, POSTED),
  );
  printOpen(d, c);
  return r.processId;
}

/**
 * The committee posts the half-year's fund accounts at `at`, naming `drawings` (every drawing
 * waiting: the calendar refuses a posting that leaves one out), and the quarter's public revenue;
 * prints each drawing the posting lists, then what stays open on the calendar.
 *
 * @throws {CliError} when a named drawing is not on the posting.
 */
export async function postFundAccounts(
  d: DemoSteps,
  calendarId: string,
  at: string,
  drawings: readonly string[],
): Promise<void> {
  const evidence = '公告栏及业主微信群（收支明细，附审价报告编号）';
  const sent = { at, by: { id: 'committee-1', role: 'committee' }, evidence };
  const before = contextOf(await d.complex.host.get(calendarId));
  const fund = await d.step(
    calendarId,
    { type: 'PUBLISH', ...sent, duty: 'maintenance-fund', drawings },
    t(
      '业主委员会公布 2027 年上半年专项维修资金收支情况',
      'The committee posts the maintenance fund’s accounts for the first half of 2027',
    ),
    citesOf(before, ['maintenance-fund']),
  );
  const posted = contextOf(fund.state)
    .obligations.filter((o) => o.duty === 'maintenance-fund' && o.publishedAt === at)
    .at(-1);
  const listed = posted?.drawings ?? [];
  for (const id of drawings)
    if (!listed.some((x) => x.drawingId === id))
      throw new CliError(`demo: the posting does not list the drawing ${id}`, EXIT_CODES.error);
  for (const x of listed) {
    const day = x.drawnAt.slice(0, 10);
    d.tl.line(
      t(
        `                  列明列支：${x.drawingId}，${yuanText(x.costFen)} 元，${day} 列支（${x.reportId}）`,
        `                  Lists the drawing ${x.drawingId}: ¥${yuanText(x.costFen)}, drawn ${day} (${x.reportId})`,
      ),
    );
  }
  const revenue = await d.step(
    calendarId,
    { type: 'PUBLISH', ...sent, duty: 'public-revenue' },
    t(
      '业主委员会公布 2027 年第二季度公共收益收支情况',
      'The committee posts the public revenue accounts for the second quarter of 2027',
    ),
    citesOf(before, ['public-revenue']),
  );
  d.tl.line(
    t('                  日历上尚待公布：', '                  Still open on the calendar:'),
  );
  printOpen(d, contextOf(revenue.state), '  ');
}
