const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UNITS = [
  { value: 1000, char: '千' },
  { value: 100, char: '百' },
  { value: 10, char: '十' },
] as const;

/**
 * Writes a whole number from 0 to 9999 in Chinese numerals the way statutes number their
 * articles: `278` → `二百七十八`, `205` → `二百零五`, `15` → `十五`, `110` → `一百一十`,
 * `1259` → `一千二百五十九`.
 *
 * @throws RangeError when `n` is not an integer in 0..9999.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) {
    throw new RangeError(`toChineseNumeral: expected an integer in 0..9999, got ${n}`);
  }
  if (n === 0) return DIGITS[0];
  let out = '';
  let rest = n;
  let pendingZero = false;
  for (const { value, char } of UNITS) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d === 0) {
      // A zero is written once between two non-zero places (二百零五), never at the end.
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += DIGITS[0];
    pendingZero = false;
    // 10–19 are written 十, 十一 … when they lead the number (第十五条), 一十 inside it.
    if (!(value === 10 && d === 1 && out === '')) out += DIGITS[d];
    out += char;
  }
  if (rest > 0) {
    if (pendingZero) out += DIGITS[0];
    out += DIGITS[rest];
  }
  return out;
}

const DIGIT_VALUE: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT_VALUE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Reads Chinese numerals up to 9999 (`二百零五` → 205, `十五` → 15). Returns `undefined` for
 * text that is not a well-formed numeral.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '') return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Number.POSITIVE_INFINITY;
  for (const ch of text) {
    const d = DIGIT_VALUE[ch];
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined;
      digit = d;
      continue;
    }
    const u = UNIT_VALUE[ch];
    if (u === undefined || u >= lastUnit) return undefined;
    total += (digit ?? 1) * u;
    digit = undefined;
    lastUnit = u;
  }
  return total + (digit ?? 0);
}
