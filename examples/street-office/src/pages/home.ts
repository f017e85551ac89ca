import type { ProcessView } from '@jiayuan/host';
import { both, esc, layout, shanghai } from '../html.js';
import type { Person } from '../seed.js';

/** One complex's processes with their state and their due and missed deadlines. */
export function homePage(
  who: Person,
  complex: { readonly name: string; readonly street: string },
  views: readonly ProcessView[],
): string {
  const rows = views
    .map((v) => {
      const next = v.deadlines.pending[0];
      const missed = v.deadlines.missed.length;
      return `<tr data-process="${esc(v.processId)}"><td><a href="/p/${encodeURIComponent(v.processId)}">${esc(v.processId)}</a></td>
<td>${both(v.titles)}</td>
<td>${next === undefined ? '—' : `<span class="${next.overdue ? 'overdue' : ''}">${esc(shanghai(next.dueAt))} ${both(next.titles)}${next.overdue ? ' · 已逾期 overdue' : ''}</span>`}</td>
<td class="${missed > 0 ? 'overdue' : ''}">${missed}</td></tr>`;
    })
    .join('');
  return layout(
    complex.name,
    `<section><h1>${esc(complex.name)}</h1><p>${esc(complex.street)}</p>
<table data-testid="processes"><tr><th>流程 process</th><th>当前步骤 current step</th><th>下一期限 next deadline (Asia/Shanghai)</th><th>已错过 missed</th></tr>${rows}</table></section>`,
    { name: who.name, title: who.title['zh-CN'] },
  );
}
