// The demo's parts in process: the generated complex, the progress bar, the articles of a step.
import { dismissalMachine } from '@jiayuan/property-firm';
import { describe, expect, it } from 'vitest';
import { generateComplex } from '../src/demo/complex.js';
import { transitionLegal } from '../src/demo/legal.js';
import { createProgress, progressLine } from '../src/demo/progress.js';
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
