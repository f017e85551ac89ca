// Server-rendered HTML: every value escaped, one layout, Chinese first with English beside it.

/** Text made safe for HTML element content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Both languages of a text, Chinese first. */
export function both(text: { readonly 'zh-CN': string; readonly en: string }): string {
  return `${esc(text['zh-CN'])} <span class="en">${esc(text.en)}</span>`;
}

/** An instant as Shanghai wall time, `2026-09-02 10:00`. */
export function shanghai(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

const STYLE = `
body{font:15px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
header{background:#7a1f1f;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1rem;align-items:center}
header a{color:#fff}header form{margin-left:auto}main{padding:1rem 1.2rem;max-width:1200px}
.en{color:#5b6775;font-size:.9em}header .en{color:#f3d9d9}
table{border-collapse:collapse;background:#fff}td,th{border:1px solid #d5dae1;padding:.3rem .6rem;text-align:left;vertical-align:top}
section{background:#fff;border:1px solid #d5dae1;border-radius:6px;padding:.8rem 1rem;margin:0 0 1rem}
.overdue{color:#b00020;font-weight:600}.ok{color:#1b6e2a}.refusal{border-color:#b00020;background:#fff4f4}
.accepted{border-color:#1b6e2a;background:#f3fbf4}
form.event{border-top:1px solid #e3e7ec;padding:.6rem 0}label{display:block;margin:.3rem 0}
input,select,textarea{font:inherit}textarea{width:100%;min-height:5rem;font-family:monospace}
#diagram{height:520px;border:1px solid #d5dae1;overflow:hidden;background:#fff;cursor:grab;touch-action:none}
#diagram svg{width:100%;height:100%}
.bar{display:inline-block;height:.7rem;background:#7a1f1f;vertical-align:middle}
`;

/** The page around `body`, for a signed-in `who` (or nobody). */
export function layout(title: string, body: string, who?: { name: string; title: string }): string {
  const user =
    who === undefined
      ? ''
      : `<span data-testid="who">${esc(who.name)} · ${esc(who.title)}</span>
         <form method="post" action="/signout"><button>退出 Sign out</button></form>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title>
<style>${STYLE}</style></head><body>
<header><a href="/"><strong>家园 · 街道工作台</strong> <span class="en">street office</span></a>${user}</header>
<main>${body}</main></body></html>`;
}
