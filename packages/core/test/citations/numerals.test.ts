import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../../src/citations/index.js';

describe('toChineseNumeral', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [30, '三十'],
    [101, '一百零一'],
    [110, '一百一十'],
    [205, '二百零五'],
    [278, '二百七十八'],
    [946, '九百四十六'],
    [1000, '一千'],
    [1005, '一千零五'],
    [1050, '一千零五十'],
    [1259, '一千二百五十九'],
    [9999, '九千九百九十九'],
  ])('%i → %s', (n, zh) => {
    expect(toChineseNumeral(n)).toBe(zh);
  });

  it('rejects numbers it cannot write', () => {
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
    expect(() => toChineseNumeral(10000)).toThrow(RangeError);
    expect(() => toChineseNumeral(2.5)).toThrow(RangeError);
  });
});

describe('parseChineseNumeral', () => {
  it('round-trips every number 0..9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (n) => {
        expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
      }),
    );
  });

  it('reads non-canonical spellings and rejects non-numerals', () => {
    expect(parseChineseNumeral('一十五')).toBe(15);
    expect(parseChineseNumeral('两百')).toBe(200);
    expect(parseChineseNumeral('')).toBeUndefined();
    expect(parseChineseNumeral('二三')).toBeUndefined();
    expect(parseChineseNumeral('百十千')).toBeUndefined();
    expect(parseChineseNumeral('条')).toBeUndefined();
  });
});
