import {
  formatArea,
  parseArea,
  parseRoll,
  RollError,
  RollInputSchema,
  safeParseRoll,
} from '@jiayuan/core';
import { describe, expect, it } from 'vitest';

const unit = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  building: '1号楼',
  status: 'delivered',
  owners: ['o1'],
  areas: { register: 8957 },
  ...extra,
});
const roll = (units: unknown[]) => ({ complexId: 'c1', owners: [{ id: 'o1' }], units });

describe('parseArea', () => {
  it.each([
    ['89.57', 8957],
    ['89.5', 8950],
    ['89', 8900],
    ['0.07', 7],
    [' 120.00 ', 12000],
    ['999999999.99', 99999999999],
  ])('parses %j exactly to %i', (text, expected) => {
    expect(parseArea(text)).toBe(expected);
  });

  it('does not go through floats: 0.29 and 1.15 stay exact', () => {
    // 0.29 * 100 = 28.999999999999996 and 1.15 * 100 = 114.99999999999999 in floating point.
    expect(parseArea('0.29')).toBe(29);
    expect(parseArea('1.15')).toBe(115);
  });

  it.each(['-1', '1e3', '89.575', '', '0', '0.00', 'abc', '1,000', '.5', '12.'])(
    'rejects %j with the text in the message',
    (text) => {
      expect(() => parseArea(text)).toThrow(RangeError);
      expect(() => parseArea(text)).toThrow(`"${text}"`);
    },
  );

  it('formats back', () => {
    expect(formatArea(8957)).toBe('89.57');
    expect(formatArea(7)).toBe('0.07');
  });
});

describe('parseRoll', () => {
  it('accepts a valid roll and fills defaults', () => {
    const r = parseRoll(roll([unit('u1')]));
    expect(r.developerId).toBe('developer');
    expect(r.units[0]!.kind).toBe('residential');
    expect(r.parking).toBe('literal');
  });

  it('names duplicate unit ids', () => {
    const result = safeParseRoll(roll([unit('u1'), unit('u1')]));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      { path: 'units[1].id', unitId: 'u1', message: 'duplicate unit id "u1"' },
    ]);
  });

  it('names a unit without any area, with SPC 8', () => {
    const result = safeParseRoll(roll([unit('u1'), unit('u2', { areas: {} })]));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]!.path).toBe('units[1].areas');
    expect(result.issues[0]!.unitId).toBe('u2');
    expect(result.issues[0]!.message).toContain('SPC 8');
  });

  it.each([
    [-100, 'greater than zero'],
    [0, 'greater than zero'],
    [89.57, 'whole number of 0.01 m²'],
  ])('names a bad area %d', (area, why) => {
    const result = safeParseRoll(roll([unit('u7', { areas: { survey: area } })]));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]).toMatchObject({ path: 'units[0].areas.survey', unitId: 'u7' });
    expect(result.issues[0]!.message).toContain(why);
  });

  it('names unknown owners, ownerless delivered units and parking without registrability', () => {
    const result = safeParseRoll(
      roll([
        unit('u1', { owners: ['ghost'] }),
        unit('u2', { owners: [] }),
        unit('p1', { kind: 'parking' }),
      ]),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.path)).toEqual([
      'units[0].owners[0]',
      'units[1].owners',
      'units[2].registrable',
    ]);
    expect(result.issues[0]!.message).toContain('unknown owner "ghost"');
  });

  it('throws a RollError listing every issue', () => {
    expect(() => parseRoll(roll([unit('u1'), unit('u1'), unit('u2', { areas: {} })]))).toThrow(
      RollError,
    );
    try {
      parseRoll(roll([unit('u1'), unit('u1'), unit('u2', { areas: {} })]));
    } catch (e) {
      expect((e as RollError).issues).toHaveLength(2);
      expect((e as RollError).message).toContain('2 issues');
    }
  });

  it('rejects extra fields rather than ignoring them', () => {
    const result = safeParseRoll(roll([unit('u1', { aera: 5 })]));
    expect(result.success).toBe(false);
  });
});

// A machine takes a roll through RollInputSchema: the same checks between records as
// safeParseRoll, each an issue of the input at its path.
describe('RollInputSchema', () => {
  const broken: [string, unknown][] = [
    ['a unit listed twice', roll([unit('u1'), unit('u1')])],
    ['an owner not on the roll', roll([unit('u1', { owners: ['o2'] })])],
    ['an owner listed twice on a unit', roll([unit('u1', { owners: ['o1', 'o1'] })])],
    ['a delivered unit without an owner', roll([unit('u1', { owners: [] })])],
    ['a parking space without registrable (SPC 2)', roll([unit('p1', { kind: 'parking' })])],
    ['an owner id twice', { ...roll([unit('u1')]), owners: [{ id: 'o1' }, { id: 'o1' }] }],
  ];

  it.each(broken)('refuses %s with the issue safeParseRoll reports', (_what, input) => {
    const parsed = RollInputSchema.safeParse(input);
    const checked = safeParseRoll(input);
    expect(parsed.success).toBe(false);
    expect(checked.success).toBe(false);
    if (parsed.success || checked.success) return;
    const dotted = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');
    expect(parsed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual(
      checked.issues.map((i) => [dotted(i.path), i.message]),
    );
  });

  it('takes a sound roll as parseRoll does, defaults filled', () => {
    const input = roll([unit('u1'), unit('p1', { kind: 'parking', registrable: false })]);
    expect(RollInputSchema.parse(input)).toEqual(parseRoll(input));
  });
});
