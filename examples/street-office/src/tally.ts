// The live tally of a vote: the four ratios against the four bars (CC 278 ¶2), and the ballots
// by building, read from the process's typed snapshot.
import { currentTally, formatArea, formatBar, type VoteRecord } from '@jiayuan/core';
import { voteBreakdown } from '@jiayuan/property-firm';
import { both, esc } from './html.js';

const CHECK_NAMES = {
  'quorum-headcount': { 'zh-CN': '参与表决人数', en: 'turnout, heads' },
  'quorum-area': { 'zh-CN': '参与表决面积', en: 'turnout, area' },
  'approval-headcount': { 'zh-CN': '同意人数', en: 'approval, heads' },
  'approval-area': { 'zh-CN': '同意面积', en: 'approval, area' },
} as const;

/** The tally section of a vote, open or counted; empty when there is none. */
export function tallyHtml(vote: VoteRecord | undefined): string {
  if (vote === undefined) return '';
  const result = currentTally(vote);
  const open = vote.result === undefined;
  const rows = result.checks
    .map((c) => {
      const share = c.whole === 0 ? 0 : c.part / c.whole;
      return `<tr data-check="${esc(c.id)}"><td>${both(CHECK_NAMES[c.id])}</td>
<td>${c.id.endsWith('area') ? `${esc(formatArea(c.part))} / ${esc(formatArea(c.whole))}` : `${c.part} / ${c.whole}`}</td>
<td><span class="bar" style="width:${Math.round(share * 120)}px"></span> ${(share * 100).toFixed(2)}%</td>
<td>${esc(formatBar(c.bar, 'zh-CN'))}</td><td class="${c.passed ? 'ok' : 'overdue'}">${c.passed ? '达到 met' : '未达到 not met'}</td></tr>`;
    })
    .join('');
  const buildings = voteBreakdown(vote, 'building')
    .map(
      (b) =>
        `<tr><td>${esc(b.key)}</td>${(['agree', 'disagree', 'abstain'] as const)
          .map((c) => `<td>${b.counts[c].headcount} · ${esc(formatArea(b.counts[c].area))}</td>`)
          .join(
            '',
          )}<td>${b.electorate === undefined ? '' : `${b.electorate.headcount} · ${esc(formatArea(b.electorate.area))}`}</td></tr>`,
    )
    .join('');
  return `<section data-testid="tally"><h2>${open ? '表决进行中 <span class="en">voting open</span>' : '计票结果 <span class="en">count</span>'}</h2>
<p>收到表决票 ${result.ballots.received} 张 <span class="en">ballots received</span> ·
${open ? '' : result.passed ? '<strong class="ok">通过 passed</strong>' : '<strong class="overdue">未通过 not passed</strong>'}</p>
<table><tr><th>事项 bar</th><th>数 count</th><th>比例 share</th><th>要求 required</th><th></th></tr>${rows}</table>
<h3>按楼栋 <span class="en">by building</span></h3>
<table><tr><th>楼栋 building</th><th>同意 agree</th><th>反对 disagree</th><th>弃权 abstain</th><th>业主 owners</th></tr><tr><td></td><td colspan="4" class="en">人数 · 面积 heads · area</td></tr>${buildings}</table></section>`;
}
