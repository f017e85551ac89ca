import type { ProcessView } from '@jiayuan/host';
import { both, esc, layout, shanghai } from '../html.js';
import type { Person } from '../seed.js';

function processRow(v: ProcessView): string {
  const next = v.deadlines.pending[0];
  const missed = v.deadlines.missed.length;
  return `<tr data-process="${esc(v.processId)}"><td><a href="/p/${encodeURIComponent(v.processId)}">${esc(v.processId)}</a></td>
<td>${both(v.titles)}</td>
<td>${next === undefined ? '—' : `<span class="${next.overdue ? 'overdue' : ''}">${esc(shanghai(next.dueAt))} ${both(next.titles)}${next.overdue ? ' · 已逾期 overdue' : ''}</span>`}</td>
<td class="${missed > 0 ? 'overdue' : ''}">${missed}</td></tr>`;
}

/** The street's complexes, each with its processes' state and due and missed deadlines. */
export function homePage(
  who: Person,
  street: string,
  complexes: readonly { readonly name: string; readonly views: readonly ProcessView[] }[],
): string {
  const sections = complexes
    .map(
      (c) => `<section data-complex="${esc(c.name)}"><h2>${esc(c.name)}</h2>
<table><tr><th>流程 process</th><th>当前步骤 current step</th><th>下一期限 next deadline (Asia/Shanghai)</th><th>已错过 missed</th></tr>${c.views.map(processRow).join('')}</table></section>`,
    )
    .join('');
  return layout(street, `<h1>${esc(street)}</h1><div data-testid="processes">${sections}</div>`, {
    name: who.name,
    title: who.title['zh-CN'],
  });
}
