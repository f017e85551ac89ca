// The demo's parts in process: the generated complex, the progress bar, the articles of a step.
import { dismissalMachine } from '@jiayuan/property-firm';
import { describe, expect, it } from 'vitest';
import { generateComplex } from '../src/demo/complex.js';
import { yuanText } from '../src/demo/fund-accounts.js';
import { transitionLegal } from '../src/demo/legal.js';
import { createProgress, progressLine } from '../src/demo/progress.js';
import { SUBSTITUTES, substituteAnswer } from '../src/demo/substitutes.js';
import { Timeline } from '../src/demo/timeline.js';

describe('generateComplex', () => {
  const a = generateComplex('c', 7);

  it('is the same for the same seed and differs for another', () => {
    expect(generateComplex('c', 7)).toEqual(a);
    expect(generateComplex('c', 8).stats).not.toEqual(a.stats);
  });

  it('has 1,200 units in 12 buildings with stock, several-unit owners, co-owners, decimal areas', () => {
    expect(a.stats.units).toBe(1200);
    expect(new Set(a.roll.units.map((u) => u.building)).size).toBe(12);
    const stock = a.roll.units.filter((u) => u.status !== 'delivered');
    expect(stock.length).toBe(a.stats.developerStock);
    expect(stock.length).toBeGreaterThan(0);
    expect(stock.every((u) => (u.owners ?? []).length === 0)).toBe(true);
    const perOwner = new Map<string, number>();
    for (const u of a.roll.units)
      for (const o of u.owners ?? []) perOwner.set(o, (perOwner.get(o) ?? 0) + 1);
    expect([...perOwner.values()].filter((n) => n > 1).length).toBe(a.stats.multiUnitOwners);
    expect(a.roll.units.filter((u) => (u.owners ?? []).length === 2).length).toBe(a.stats.coOwned);
    expect(a.stats.coOwned).toBeGreaterThan(0);
    const areas = a.roll.units.map((u) => u.areas.register ?? u.areas.survey ?? u.areas.contract);
    expect(areas.every((x) => Number.isInteger(x))).toBe(true);
    expect(areas.some((x) => (x ?? 0) % 100 !== 0)).toBe(true);
    expect(areas.reduce((s, x) => (s ?? 0) + (x ?? 0), 0)).toBe(a.stats.area);
    // Every unit's ballot is cast by one who may: an owner of it, or the developer for stock.
    for (const u of a.roll.units) {
      const caster = a.casterOf.get(u.id);
      if (u.status === 'delivered') expect(u.owners).toContain(caster);
      else expect(caster).toBe('developer');
    }
  });
});

describe('progress', () => {
  it('draws the share done', () => {
    expect(progressLine('ballots', 0, 10)).toBe(`ballots [${'·'.repeat(30)}] 0/10`);
    expect(progressLine('ballots', 5, 10)).toBe(
      `ballots [${'█'.repeat(15)}${'·'.repeat(15)}] 5/10`,
    );
    expect(progressLine('x', 1200, 1200)).toBe(`x [${'█'.repeat(30)}] 1,200/1,200`);
  });

  it('writes nothing when disabled, redraws in place when enabled', () => {
    const written: string[] = [];
    const stream = { write: (s: string) => written.push(s) };
    const off = createProgress(false, stream);
    off.update('a', 1, 2);
    off.end();
    expect(written).toEqual([]);
    const on = createProgress(true, stream);
    on.update('a', 1, 2);
    on.end();
    expect(written[0]?.startsWith('\r')).toBe(true);
    expect(written.at(-1)).toBe('\n');
  });
});

describe('an amount in yuan', () => {
  it('groups thousands at each bound and keeps the fen', () => {
    expect(yuanText(0)).toBe('0.00');
    expect(yuanText(99_999)).toBe('999.99');
    expect(yuanText(100_000)).toBe('1,000.00');
    expect(yuanText(100_001)).toBe('1,000.01');
    expect(yuanText(23_420_000)).toBe('234,200.00');
    expect(yuanText(100_000_000)).toBe('1,000,000.00');
  });
});

describe('articles of a step', () => {
  it('reads the machine’s meta.legal for an event type', () => {
    expect(transitionLegal(dismissalMachine, 'SERVE_DISMISSAL_NOTICE')).toEqual(['CC-946']);
    expect(transitionLegal(dismissalMachine, 'NO_SUCH_EVENT')).toEqual([]);
  });

  it('formats them once each, in the chosen language', () => {
    const zh: string[] = [];
    new Timeline('zh-CN', (l) => zh.push(l)).step(
      '2026-03-10T10:00:00+08:00',
      { 'zh-CN': '甲', en: 'a' },
      ['CC-278-2', 'CC-278-2'],
    );
    expect(zh).toEqual([
      '2026-03-10 10:00  甲',
      '                  依据：《民法典》第二百七十八条第二款',
    ]);
  });
});

describe('an election item in the timeline', () => {
  // The meeting's own numbers and verdicts, printed as they are: a seat left open shows as such.
  const item = {
    title: '增补两名候补委员',
    seats: 2,
    participation: { headcount: 5, area: 50_000 },
    quorumMet: true,
    candidates: [
      { name: '甲', agree: { headcount: 3, area: 30_000 }, passed: true, elected: true },
      { name: '乙', agree: { headcount: 3, area: 25_000 }, passed: false, elected: false },
    ],
    elected: ['甲'],
  } as const;

  it('prints each candidate over the item’s participation, in both languages', () => {
    const zh: string[] = [];
    new Timeline('zh-CN', (l) => zh.push(l)).election(item);
    expect(zh.map((l) => l.trim())).toEqual([
      '增补两名候补委员',
      '选举 2 名，候选人 2 名；参与本项表决 5 人、500.00 m²',
      '每名候选人须经参与表决人数过半数且专有部分面积过半数的业主同意',
      '依据：《民法典》第二百七十八条第一款第三项；《民法典》第二百七十八条第二款',
      '甲：同意 3/5 人、300.00/500.00 m²（通过，当选）',
      '乙：同意 3/5 人、250.00/500.00 m²（未通过）',
      '当选：甲',
    ]);
    const en: string[] = [];
    new Timeline('en', (l) => en.push(l)).election({
      ...item,
      quorumMet: false,
      candidates: [{ ...item.candidates[0], elected: false }, item.candidates[1]],
      elected: [],
    });
    expect(en.map((l) => l.trim())).toEqual([
      '增补两名候补委员',
      '2 seats, 2 candidates; taking part in this item: 5 persons, 500.00 m² (participation not met)',
      'each candidate needs more than half of the persons and of the area taking part',
      'Basis: Civil Code art. 278(1)(3); Civil Code art. 278(2)',
      '甲: agree 3/5 persons, 300.00/500.00 m² (passed, not seated)',
      '乙: agree 3/5 persons, 250.00/500.00 m² (not passed)',
      'Elected: none',
    ]);
  });
});

describe('the substitutes’ election answers', () => {
  const flat = (centi: number) => ({ areas: { register: centi } });
  const [chen, liu, yang] = SUBSTITUTES.map((c) => c.id);

  it('draws 0–29 abstain', () => {
    expect(substituteAnswer(flat(8_900), 29)).toBe('abstain');
    expect(substituteAnswer(flat(8_900), 30)).toEqual({ approve: [chen, yang] });
  });

  it('has the small flats (under 100.00 m²) choose 杨建华, one either side of the bound', () => {
    expect(substituteAnswer(flat(9_999), 999)).toEqual({ approve: [liu, yang] });
    expect(substituteAnswer(flat(10_000), 999)).toEqual({ approve: [chen, liu], oppose: [yang] });
  });

  it('has 65% of the middle flats (under 130.00 m²) choose 杨建华: draws 30–679', () => {
    expect(substituteAnswer(flat(12_999), 679)).toEqual({ approve: [liu, yang] });
    expect(substituteAnswer(flat(12_999), 680)).toEqual({ approve: [chen, liu] });
    expect(substituteAnswer(flat(13_000), 678)).toEqual({ approve: [chen, liu] });
  });

  it('never chooses more than the two seats (a sheet over them is refused)', () => {
    for (const centi of [8_900, 11_800, 14_300])
      for (let p = 0; p < 1000; p++) {
        const a = substituteAnswer(flat(centi), p);
        if (typeof a !== 'string') expect((a as { approve: string[] }).approve).toHaveLength(2);
      }
  });
});
