import type { ProcessView, ViewEvent } from '@jiayuan/host';
import { type FieldSchema, fieldHtml, fieldsOf } from '../form.js';
import { both, esc, layout, shanghai } from '../html.js';
import type { Person } from '../seed.js';

/** What the process page shows beside the view: the diagram, the tally, a one-time message. */
export interface ProcessExtras {
  readonly svg: string;
  /** The innermost active state, centred in the diagram. */
  readonly activeId: string;
  readonly tally: string;
  readonly flash?: { readonly ok: boolean; readonly html: string };
  /** Whether this person votes as an owner here (their ballot form is the app's own). */
  readonly ownerUnits: readonly { readonly id: string; readonly number: string }[];
}

function eventForm(processId: string, e: ViewEvent, extras: ProcessExtras): string {
  const action = `/p/${encodeURIComponent(processId)}/send`;
  const as =
    e.roles.length > 1
      ? `<label>身份 <span class="en">acting as</span> <select name="as">${e.roles
          .map((r) => `<option>${esc(r)}</option>`)
          .join('')}</select></label>`
      : '';
  if (e.type === 'CAST_BALLOT' && e.roles.includes('owner') && extras.ownerUnits.length > 0) {
    // An owner votes for their own flat: the app fills in the ballot's ids, channel and time.
    const units = extras.ownerUnits
      .map((u) => `<option value="${esc(u.id)}">${esc(u.number)}</option>`)
      .join('');
    return `<form class="event" method="post" action="${action}" data-event="CAST_BALLOT">
<h3>${esc(e.titles['zh-CN'])} <span class="en">${esc(e.titles.en)}</span></h3>
<input type="hidden" name="type" value="CAST_BALLOT"><input type="hidden" name="as" value="owner">
<label>房屋 <span class="en">flat</span> <select name="unit">${units}</select></label>
<label><input type="radio" name="choice" value="agree" required> 同意 agree</label>
<label><input type="radio" name="choice" value="disagree"> 反对 disagree</label>
<label><input type="radio" name="choice" value="abstain"> 弃权 abstain</label>
<button>投票 Vote</button></form>`;
  }
  const fields = fieldsOf(e.payloadSchema as FieldSchema)
    .map(([name, s, required]) => fieldHtml(name, s, required))
    .join('');
  return `<form class="event" method="post" action="${action}" data-event="${esc(e.type)}">
<h3>${esc(e.titles['zh-CN'])} <span class="en">${esc(e.titles.en)}</span></h3>
<p class="en">${esc(e.descriptions['zh-CN'])} · ${esc(e.descriptions.en)} [${esc(e.cite.join(', '))}]</p>
<input type="hidden" name="type" value="${esc(e.type)}">${as}${fields}
<button>提交 Send</button></form>`;
}

// Pan with the mouse, zoom with the wheel: the diagram's viewBox moves, nothing is re-laid out.
const PAN_ZOOM = `<script>
(() => { const box = document.getElementById('diagram'); const svg = box && box.querySelector('svg');
if (!svg) return; const vb = svg.viewBox.baseVal; let drag = null;
box.addEventListener('wheel', (e) => { e.preventDefault(); const k = e.deltaY > 0 ? 1.15 : 1 / 1.15;
  const r = box.getBoundingClientRect(); const px = vb.x + (e.clientX - r.left) / r.width * vb.width;
  const py = vb.y + (e.clientY - r.top) / r.height * vb.height;
  vb.x = px - (px - vb.x) * k; vb.y = py - (py - vb.y) * k; vb.width *= k; vb.height *= k; }, { passive: false });
box.addEventListener('pointerdown', (e) => { drag = { x: e.clientX, y: e.clientY }; box.setPointerCapture(e.pointerId); });
box.addEventListener('pointermove', (e) => { if (!drag) return; const r = box.getBoundingClientRect();
  vb.x -= (e.clientX - drag.x) / r.width * vb.width; vb.y -= (e.clientY - drag.y) / r.height * vb.height;
  drag = { x: e.clientX, y: e.clientY }; });
box.addEventListener('pointerup', () => { drag = null; });
const id = box.dataset.active; const active = id && svg.querySelector('[data-state="' + CSS.escape(id) + '"]');
if (active) { const b = active.getBBox();
  const w = Math.max(vb.width / 2, b.width * 3); const h = w * box.clientHeight / Math.max(box.clientWidth, 1);
  vb.x = b.x + b.width / 2 - w / 2; vb.y = b.y + b.height / 2 - h / 2; vb.width = w; vb.height = h; } })();
</script>`;

// Server-sent events: the page reloads when the process changes (someone else sent an event).
const LIVE = (processId: string, seq: number) => `<script>
(() => { const es = new EventSource('/p/${encodeURIComponent(processId)}/live?seq=${seq}');
// A page being submitted or left does not reload under its own request.
const stop = () => es.close(); addEventListener('submit', stop, true); addEventListener('beforeunload', stop);
es.addEventListener('changed', () => { es.close(); location.reload(); }); })();
</script>`;

/** A process as one person may read and act on it now. */
export function processPage(who: Person, view: ProcessView, extras: ProcessExtras): string {
  const states = view.states
    .map(
      (s) =>
        `<li>${both(s.titles)}${s.legal.length > 0 ? ` <span class="en">[${esc(s.legal.join(', '))}]</span>` : ''}</li>`,
    )
    .join('');
  const citations = view.citations
    .map(
      (c) =>
        `<li data-cite="${esc(c.id)}"><strong>${esc(c.labels['zh-CN'])}</strong> <span class="en">${esc(c.labels.en)}</span><br>“${esc(c.keyPhrase)}”</li>`,
    )
    .join('');
  const deadline = (d: ProcessView['deadlines']['pending'][number]) =>
    `<li class="${d.overdue || d.status === 'missed' ? 'overdue' : ''}">${esc(shanghai(d.dueAt))} · ${both(d.titles)} [${esc(d.cite.join(', '))}]${d.overdue ? ' · 已逾期 overdue' : ''}</li>`;
  const forms = view.events.map((e) => eventForm(view.processId, e, extras)).join('');
  const log = view.log
    .map(
      (l) =>
        `<tr><td>${l.seq}</td><td>${esc(shanghai(l.at ?? l.recordedAt))}</td><td>${both(l.titles)}</td><td>${esc(l.by?.name ?? l.by?.id ?? '')} ${esc(l.by?.role ?? '')}</td></tr>`,
    )
    .join('');
  const flash =
    extras.flash === undefined
      ? ''
      : `<section class="${extras.flash.ok ? 'accepted' : 'refusal'}" data-testid="${extras.flash.ok ? 'accepted' : 'refusal'}">${extras.flash.html}</section>`;
  return layout(
    view.processId,
    `${flash}<section><h1 data-testid="state">${both(view.titles)}</h1>
<p>${esc(view.processId)} · ${esc(view.machine.id)} v${view.machine.version} · 截至 <span class="en">as of</span> ${esc(shanghai(view.asOf))} (Asia/Shanghai) · 我的身份 <span class="en">my roles</span>: ${esc(view.principal.roles.join(', ') || '—')}</p>
<ul>${states}</ul></section>
<section><h2>流程图 <span class="en">diagram</span> <span class="en">(drag to pan, wheel to zoom)</span></h2><div id="diagram" data-active="${esc(extras.activeId)}">${extras.svg}</div></section>
${extras.tally}
<section><h2>可以办理 <span class="en">what I may do now</span></h2>${forms === '' ? '<p>无 <span class="en">nothing</span></p>' : forms}</section>
<section><h2>期限 <span class="en">deadlines</span></h2><ul data-testid="pending">${view.deadlines.pending.map(deadline).join('')}</ul>
<h3>已错过 <span class="en">missed</span></h3><ul data-testid="missed">${view.deadlines.missed.map(deadline).join('')}</ul></section>
<section><h2>依据 <span class="en">articles</span></h2><ul>${citations}</ul></section>
<section><h2>记录 <span class="en">log</span></h2><table>${log}</table></section>
${PAN_ZOOM}${LIVE(view.processId, view.seq)}`,
    { name: who.name, title: who.title['zh-CN'] },
  );
}
