// The scalar kinds of the zod bridge: strings (lengths, formats, ISO instants) and numbers.
import fc from 'fast-check';
import { accepts, type Context, checksOf, type Def, type Node, unsupported } from './zod-def.js';

const TEXT_UNIT: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0x61, max: 0x7a }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
  },
);

export function stringArbitrary(
  schema: Node,
  def: Def,
  path: string,
  context: Context,
): fc.Arbitrary<string> {
  let minLength = 0;
  let maxLength = Number.POSITIVE_INFINITY;
  const formats: Def[] = [];
  let filter = false;
  for (const check of checksOf(def)) {
    switch (check.check) {
      case 'min_length':
        minLength = Math.max(minLength, check.minimum ?? 0);
        break;
      case 'max_length':
        maxLength = Math.min(maxLength, check.maximum ?? maxLength);
        break;
      case 'length_equals':
        minLength = Math.max(minLength, check.length ?? 0);
        maxLength = Math.min(maxLength, check.length ?? maxLength);
        break;
      case 'string_format':
        formats.push(check);
        break;
      case 'custom':
      case 'overwrite':
        filter = true;
        break;
      default:
        throw unsupported(`check "${check.check}" on a string`, path);
    }
  }
  if (minLength > maxLength) {
    throw unsupported(
      `a string of at least ${minLength} and at most ${maxLength} characters`,
      path,
    );
  }
  const affixes = formats.filter((f) => AFFIXES.has(f.format ?? ''));
  if (affixes.length > 0 && affixes.length === formats.length) {
    // Prefix, text with what it must include, suffix; zod has the last word on the rest.
    const find = (format: string) => affixes.find((f) => f.format === format);
    const body = fc.string({ unit: TEXT_UNIT, maxLength: context.maxStringLength });
    const composed = fc.tuple(body, body).map(([a, b]) => {
      const text = `${find('starts_with')?.prefix ?? ''}${a}${find('includes')?.includes ?? ''}${b}${find('ends_with')?.suffix ?? ''}`;
      if (find('lowercase')) return text.toLowerCase();
      return find('uppercase') ? text.toUpperCase() : text;
    });
    return composed.filter((value) => accepts(schema, value, path));
  }
  const [first, ...others] = formats;
  if (first === undefined) {
    const plain = fc.string({
      unit: TEXT_UNIT,
      minLength,
      maxLength: Number.isFinite(maxLength)
        ? maxLength
        : Math.max(minLength, context.maxStringLength),
    });
    return filter ? plain.filter((value) => accepts(schema, value, path)) : plain;
  }
  const formatted = formatArbitrary(first, path, context);
  const bounded = minLength > 0 || Number.isFinite(maxLength);
  // Generators of their own (uuid, url, …) may differ from zod at the edges: zod decides.
  const exact = EXACT_FORMATS.has(first.format ?? '');
  return filter || bounded || others.length > 0 || !exact
    ? formatted.filter((value) => accepts(schema, value, path))
    : formatted;
}

const AFFIXES: ReadonlySet<string> = new Set([
  'starts_with',
  'ends_with',
  'includes',
  'lowercase',
  'uppercase',
]);

// Formats whose generator here always satisfies zod's own check.
const EXACT_FORMATS: ReadonlySet<string> = new Set(['datetime', 'date', 'time', 'regex']);

function formatArbitrary(check: Def, path: string, context: Context): fc.Arbitrary<string> {
  switch (check.format) {
    case 'datetime':
      return dateTimeArbitrary(check, context);
    case 'date':
      return instant(context).map((ms) => new Date(ms).toISOString().slice(0, 10));
    case 'time':
      return instant(context).map((ms) => timeOf(new Date(ms).toISOString(), check.precision));
    case 'email': {
      const word = (max: number) =>
        fc.string({
          unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
          minLength: 1,
          maxLength: max,
        });
      return fc
        .tuple(word(12), word(10), fc.constantFrom('cn', 'com', 'org', 'gov.cn'))
        .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
    }
    case 'uuid':
    case 'guid':
      return fc.uuid();
    case 'url':
      return fc.webUrl();
    case 'ipv4':
      return fc.ipV4();
    case 'ipv6':
      return fc.ipV6();
    default:
      // `regex`, `email` and every other format zod checks with a pattern.
      if (check.pattern instanceof RegExp) return fc.stringMatching(check.pattern);
      throw unsupported(`string format "${check.format}"`, path);
  }
}

function instant(context: Context): fc.Arbitrary<number> {
  return fc.integer({ min: context.minMs, max: context.maxMs });
}

// HH:MM, HH:MM:SS or HH:MM:SS.fff… from an ISO string, per zod's `precision` (-1 minutes,
// 0 seconds, n digits; null: seconds with or without milliseconds).
function timeOf(iso: string, precision: number | null | undefined, withMs = false): string {
  const minutes = iso.slice(11, 16);
  if (precision === -1) return minutes;
  const seconds = `${minutes}${iso.slice(16, 19)}`;
  if (precision === 0) return seconds;
  if (precision === null || precision === undefined) {
    return withMs ? `${seconds}${iso.slice(19, 23)}` : seconds;
  }
  return `${seconds}.${iso.slice(20, 23).padEnd(precision, '0').slice(0, precision)}`;
}

// Offsets a host in China meets, and two others so offsets are really parsed.
const OFFSETS_MIN = [0, 480, -300, 330] as const;

function dateTimeArbitrary(check: Def, context: Context): fc.Arbitrary<string> {
  const offsets = check.offset === true ? OFFSETS_MIN : [0];
  return fc
    .record({
      ms: instant(context),
      offset: fc.constantFrom(...offsets),
      local: check.local === true ? fc.boolean() : fc.constant(false),
      withMs: fc.boolean(),
    })
    .map(({ ms, offset, local, withMs }) => {
      // The wall-clock time at that offset, so the string names the drawn instant.
      const iso = new Date(ms + offset * 60_000).toISOString();
      const text = `${iso.slice(0, 10)}T${timeOf(iso, check.precision, withMs)}`;
      if (local) return text;
      if (offset === 0) return `${text}Z`;
      const sign = offset < 0 ? '-' : '+';
      const abs = Math.abs(offset);
      const hh = String(Math.floor(abs / 60)).padStart(2, '0');
      const mm = String(abs % 60).padStart(2, '0');
      return `${text}${sign}${hh}:${mm}`;
    });
}

export function numberArbitrary(schema: Node, def: Def, path: string): fc.Arbitrary<number> {
  let integer = false;
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  let minExcluded = false;
  let maxExcluded = false;
  let multipleOf: number | undefined;
  let filter = false;
  for (const check of checksOf(def)) {
    switch (check.check) {
      case 'number_format': {
        const [low, high, int] = NUMBER_FORMATS[check.format ?? ''] ?? [];
        if (low === undefined || high === undefined) {
          throw unsupported(`number format "${check.format}"`, path);
        }
        integer ||= int === true;
        if (low > min) [min, minExcluded] = [low, false];
        if (high < max) [max, maxExcluded] = [high, false];
        break;
      }
      case 'greater_than': {
        const value = Number(check.value);
        if (value > min || (value === min && check.inclusive !== true)) {
          [min, minExcluded] = [value, check.inclusive !== true];
        }
        break;
      }
      case 'less_than': {
        const value = Number(check.value);
        if (value < max || (value === max && check.inclusive !== true)) {
          [max, maxExcluded] = [value, check.inclusive !== true];
        }
        break;
      }
      case 'multiple_of':
        multipleOf = Number(check.value);
        break;
      case 'custom':
      case 'overwrite':
        filter = true;
        break;
      default:
        throw unsupported(`check "${check.check}" on a number`, path);
    }
  }
  let arbitrary: fc.Arbitrary<number>;
  if (integer || (multipleOf !== undefined && Number.isInteger(multipleOf))) {
    const low = Math.max(
      Number.MIN_SAFE_INTEGER,
      minExcluded ? Math.floor(min) + 1 : Math.ceil(min),
    );
    const high = Math.min(
      Number.MAX_SAFE_INTEGER,
      maxExcluded ? Math.ceil(max) - 1 : Math.floor(max),
    );
    const step = multipleOf ?? 1;
    const from = Math.ceil(low / step);
    const to = Math.floor(high / step);
    if (from > to) throw unsupported(`an integer between ${min} and ${max}`, path);
    arbitrary =
      step === 1
        ? fc.integer({ min: from, max: to })
        : fc.integer({ min: from, max: to }).map((k) => k * step);
  } else {
    if (min > max) throw unsupported(`a number between ${min} and ${max}`, path);
    arbitrary = fc.double({
      min: Number.isFinite(min) ? min : -Number.MAX_VALUE,
      max: Number.isFinite(max) ? max : Number.MAX_VALUE,
      minExcluded,
      maxExcluded,
      noNaN: true,
      noDefaultInfinity: true,
    });
    if (multipleOf !== undefined) filter = true;
  }
  return filter ? arbitrary.filter((value) => accepts(schema, value, path)) : arbitrary;
}

const NUMBER_FORMATS: Readonly<Record<string, readonly [number, number, boolean]>> = {
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, true],
  int32: [-2_147_483_648, 2_147_483_647, true],
  uint32: [0, 4_294_967_295, true],
  float32: [-3.4028234663852886e38, 3.4028234663852886e38, false],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE, false],
};
