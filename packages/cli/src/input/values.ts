/**
 * A lookup table of words without a prototype: `constructor`, `__proto__` and `toString` are
 * unknown words like any other.
 */
export function wordTable<T>(entries: Record<string, T>): (word: string) => T | undefined {
  const map = new Map<string, T>(Object.entries(entries).map(([k, v]) => [k.toLowerCase(), v]));
  return (word) => map.get(word.normalize('NFKC').trim().toLowerCase());
}

/** Hundredths of a square metre from a cell (see {@link parseAreaCell}), or the reason it is not one. */
export type AreaCell =
  | { readonly ok: true; readonly area: number }
  | { readonly ok: false; readonly message: string };

const AREA = /^(\d{1,12})(?:\.(\d{1,2}))?$/;
const DECIMAL = /^\d{1,9}\.\d{3,20}$/;

/**
 * An area cell in 0.01 m² (core's `AreaSchema` unit). `89.57` as written, without passing
 * through floating point; Excel's binary artefacts such as `89.570000000000007` or
 * `89.569999999999993` are taken as `89.57` — only when the value lies within 1e-9 m² of a
 * hundredth, so `89.571` is still refused. Full-width digits are folded. No sign, exponent or
 * separators. (Read without `@jiayuan/core`, so that a refused file is refused before the
 * machines are loaded.)
 */
export function parseAreaCell(text: string): AreaCell {
  const s = text.normalize('NFKC').trim();
  const m = AREA.exec(s);
  if (m !== null) {
    const area = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
    if (area <= 0)
      return { ok: false, message: `invalid area "${text}": must be greater than zero` };
    if (!Number.isSafeInteger(area))
      return { ok: false, message: `invalid area "${text}": too large` };
    return { ok: true, area };
  }
  if (DECIMAL.test(s)) {
    const value = Number(s);
    const hundredths = Math.round(value * 100);
    if (Math.abs(value - hundredths / 100) <= 1e-9 && hundredths > 0) {
      return { ok: true, area: hundredths };
    }
    return {
      ok: false,
      message: `invalid area "${text}": more than two decimals (0.01 m²) / 面积最多两位小数`,
    };
  }
  return {
    ok: false,
    message: `invalid area "${text}": expected square metres with at most two decimals, e.g. "89.57"`,
  };
}

/** Co-owner separators seen in rolls: `/`, `;`, `、`, `,`, `|`, `&`, line breaks (full-width too). */
const OWNER_SEPARATORS = /[/／;；、,，|｜&＆\n\r]+/;

/** Splits a co-owner cell such as `王芳/李强` or `王芳、李强`. */
export function splitList(value: string): string[] {
  return value
    .split(OWNER_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Building, entrance and room read from a structured room id. */
export interface RoomParts {
  readonly building: string;
  readonly entrance?: string;
  readonly room: string;
}

const DASHED = /^([0-9A-Za-z]+)[-－—_]([0-9A-Za-z]+)(?:[-－—_]([0-9A-Za-z]+))?$/;
const WORDED =
  /^([0-9A-Za-z]+)(?:号楼|栋|幢|座|号)(?:([0-9A-Za-z]+)(?:单元|门|号门))?([0-9A-Za-z]+)(?:室|号)?$/;

/**
 * Reads `01-02-1502` (building-entrance-room), `1-1502` (building-room), `1号楼2单元1502室`,
 * `3栋1502`; undefined for an id with no such structure.
 */
export function roomParts(id: string): RoomParts | undefined {
  const s = id.normalize('NFKC').trim();
  const d = DASHED.exec(s);
  if (d !== null) {
    return d[3] === undefined
      ? { building: d[1]!, room: d[2]! }
      : { building: d[1]!, entrance: d[2]!, room: d[3]! };
  }
  const w = WORDED.exec(s);
  if (w !== null) {
    return w[2] === undefined
      ? { building: w[1]!, room: w[3]! }
      : { building: w[1]!, entrance: w[2]!, room: w[3]! };
  }
  return undefined;
}

/** A time read from a cell or an option: an ISO instant, or why not. */
export type TimeCell =
  | { readonly ok: true; readonly at: string }
  | { readonly ok: false; readonly message: string };

const TIME =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A date and time as an ISO instant. Without a zone it is Asia/Shanghai wall time (+08:00):
 * `2026-05-02 10:00`, `2026/5/2 10:00:30`, `2026年5月2日 10:00`, `2026-05-02T10:00:00Z`. A date
 * alone is `dateOnly` on that day: `start` (00:00), `end` (24:00, the next day's 00:00 — a period
 * ends at 24:00 of its last day) or `noon`. Impossible dates (`2026-02-30`) and times (`25:00`)
 * are refused.
 */
export function parseTime(text: string, dateOnly: 'start' | 'end' | 'noon' = 'noon'): TimeCell {
  const s = text.normalize('NFKC').trim();
  const m = TIME.exec(s);
  const bad = (why: string): TimeCell => ({
    ok: false,
    message: `bad time "${text}": ${why} (e.g. 2026-05-02 10:00, Shanghai time, or ISO 8601) / 时间格式错误`,
  });
  if (m === null) return bad('not a date and time');
  const [, y, mo, d, h, mi, se, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return bad(`there is no month ${month}`);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day < 1 || day > days) return bad(`${year}-${pad(month)} has ${days} days`);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = se === undefined ? 0 : Number(se);
  if (hour > 23 || minute > 59 || second > 59) return bad('no such time of day');
  let offset = '+08:00';
  if (zone !== undefined) {
    if (zone.toUpperCase() === 'Z') offset = 'Z';
    else {
      const z = zone.replace(':', '');
      const oh = Number(z.slice(1, 3));
      const om = Number(z.slice(3, 5));
      if (oh > 14 || om > 59) return bad('no such time zone offset');
      offset = `${z.slice(0, 3)}:${z.slice(3, 5)}`;
    }
  }
  const date = `${y}-${pad(month)}-${pad(day)}`;
  if (h === undefined) {
    if (zone !== undefined) return bad('a date alone has no time zone');
    if (dateOnly === 'start') return { ok: true, at: `${date}T00:00:00+08:00` };
    if (dateOnly === 'noon') return { ok: true, at: `${date}T12:00:00+08:00` };
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    return { ok: true, at: `${next}T00:00:00+08:00` };
  }
  const fraction = frac === undefined ? '' : frac.slice(0, 4);
  return {
    ok: true,
    at: `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}${offset}`,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
