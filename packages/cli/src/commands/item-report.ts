// The printed result of a multi-item count: each item (an election's candidates and seats), and
// the changes of ownership the count took, refused or voided answers for.
import type { ItemResult, SheetTally } from '@jiayuan/assembly';
import type { Locale } from '@jiayuan/core';
import { say, t } from '../i18n.js';
import type { BallotItem } from './ballot-items.js';
import { MAX_ISSUES_SHOWN } from './tally.js';
import type { TransfersRead } from './tally-transfers.js';

/** One item's lines: its heading, electorate, core's explanation, and an election's candidates. */
export function itemLines(
  core: Pick<typeof import('@jiayuan/core'), 'formatArea' | 'formatTally'>,
  item: BallotItem,
  r: ItemResult,
  L: Locale,
): string[] {
  const { formatArea, formatTally } = core;
  const scope =
    item.part === undefined
      ? say(L, t('全体业主', 'all owners'))
      : say(L, t(`${item.part}业主`, `owners of ${item.part}`));
  const e = r.election;
  const majority =
    e !== undefined
      ? say(
          L,
          t(
            `选举 ${e.seats} 席（民法典第二百七十八条第一款第三项），每名候选人一般多数`,
            `election of ${e.seats} seat(s) (CC 278 ¶1 (三)), each candidate by the ordinary majority`,
          ),
        )
      : item.matter === 'special'
        ? say(L, t('特别多数（民法典第二百七十八条第二款）', 'special majority (CC 278 ¶2)'))
        : say(L, t('一般多数（民法典第二百七十八条第二款）', 'ordinary majority (CC 278 ¶2)'));
  const { electorate } = r.result;
  const lines = [
    '',
    say(
      L,
      t(
        `议题 ${item.id}：${item.title}（${majority}，${scope}）`,
        `Item ${item.id}: ${item.title} (${majority}, ${scope})`,
      ),
    ),
    say(
      L,
      t(
        `  表决权人：${electorate.headcount} 人，${formatArea(electorate.area)} m²`,
        `  Electorate: ${electorate.headcount} persons, ${formatArea(electorate.area)} m²`,
      ),
    ),
    formatTally(r.result, L),
  ];
  if (e === undefined) return lines;
  lines.push(
    say(
      L,
      t(
        '  候选人（同意人数/同意面积，各以参与本议题者为基数，民法典第二百七十八条第二款）：',
        '  Candidates (agreeing persons / area, each over those taking part in the item, CC 278 ¶2):',
      ),
    ),
  );
  for (const c of e.candidates) {
    const elected = e.elected.includes(c.candidateId);
    const agree = c.result.counts.agree;
    lines.push(
      `    ${c.name}\t${say(
        L,
        t(
          `${agree.headcount} 人，${formatArea(agree.area)} m²\t${c.result.passed ? '过半数' : '未过半数'}\t${elected ? '当选' : '未当选'}`,
          `${agree.headcount} persons, ${formatArea(agree.area)} m²\t${c.result.passed ? 'majority' : 'no majority'}\t${elected ? 'elected' : 'not elected'}`,
        ),
      )}`,
    );
  }
  const open = e.seats - e.elected.length;
  if (open > 0) {
    // fillSeats leaves a seat open when those tied for it on area and headcount passed: no lot.
    const tied = e.candidates.filter(
      (c) => c.result.passed && !e.elected.includes(c.candidateId),
    ).length;
    lines.push(
      say(
        L,
        tied > 0 && e.candidates.filter((c) => c.result.passed).length > e.seats
          ? t(
              `  ${open} 席空缺：候选人同意面积与人数相同，不抽签，另行选举`,
              `  ${open} seat(s) left open: candidates tied on agreeing area and persons; no lot is drawn, a further round decides`,
            )
          : t(
              `  ${open} 席空缺：过半数的候选人不足`,
              `  ${open} seat(s) left open: too few candidates had a majority`,
            ),
      ),
    );
  }
  return lines;
}

/**
 * The changes of ownership: those refused with the meeting's codes, those taken during the
 * window (an old owner's answer that stood), and the answers they took out of the count.
 */
export function transferLines(
  tally: SheetTally,
  read: TransfersRead,
  sheets: readonly { readonly id: string; readonly line: number }[],
  L: Locale,
): string[] {
  const lines = [
    '',
    say(
      L,
      t(
        `产权变更（${read.file}）：${read.transfers.length} 项，不予采纳 ${tally.refusedTransfers.length} 项`,
        `Changes of ownership (${read.file}): ${read.transfers.length}, ${tally.refusedTransfers.length} refused`,
      ),
    ),
  ];
  for (const r of tally.refusedTransfers) {
    lines.push(`  ${read.file}:${read.lines[r.position] ?? '?'} [${r.code}] ${r.message[L]}`);
  }
  for (const x of tally.transfers) {
    lines.push(
      say(
        L,
        t(
          `  ${x.unitId}：${x.from.join('、')} → ${x.to.join('、')}，登记于 ${x.registeredAt}，投票期内记录于 ${x.recordedAt}${x.held.length > 0 ? `；原业主登记前的表决在议题 ${x.held.join('、')} 上有效` : ''}`,
          `  ${x.unitId}: ${x.from.join(', ')} → ${x.to.join(', ')}, registered ${x.registeredAt}, recorded during the window at ${x.recordedAt}${x.held.length > 0 ? `; the old owner's answer before it stands on item(s) ${x.held.join(', ')}` : ''}`,
        ),
      ),
    );
  }
  const lineOf = new Map(sheets.map((s) => [s.id, s.line]));
  for (const v of tally.voided.slice(0, MAX_ISSUES_SHOWN)) {
    lines.push(
      say(
        L,
        t(
          `  第 ${lineOf.get(v.sheetId) ?? '?'} 行（${v.sheetId}）对议题 ${v.itemId} 的表决因 ${v.transferUnitId} 的产权变更不计入 [${v.reason}]`,
          `  line ${lineOf.get(v.sheetId) ?? '?'} (${v.sheetId}): its answer to item ${v.itemId} taken out by the transfer of ${v.transferUnitId} [${v.reason}]`,
        ),
      ),
    );
  }
  const more = tally.voided.length - MAX_ISSUES_SHOWN;
  if (more > 0) lines.push(say(L, t(`  ……另有 ${more} 项`, `  … and ${more} more`)));
  return lines;
}
