// A process's holiday calendar is built from its context's spec once and kept with that spec,
// hidden: never in the persisted context, and rebuilt for a copy or a frozen spec.
import { describe, expect, it } from 'vitest';
import { calendarOf } from '../src/shared/time.js';

const spec = () => ({
  name: '2026 holidays',
  holidays: ['2026-10-01', '2026-10-02'],
  adjustedWorkingDays: ['2026-09-27'],
});

describe('calendarOf', () => {
  it('builds a spec’s calendar once and keeps it out of what is persisted', () => {
    const holidays = spec();
    const first = calendarOf({ holidays });
    expect(calendarOf({ holidays })).toBe(first);
    expect(first.isHoliday('2026-10-01')).toBe(true);
    expect(JSON.parse(JSON.stringify({ holidays }))).toEqual({ holidays: spec() });
    expect(Object.getOwnPropertySymbols({ ...holidays })).toEqual([]);
  });

  it('builds anew for a copy restored from JSON and for a frozen spec', () => {
    const holidays = spec();
    const first = calendarOf({ holidays });
    const restored = calendarOf({ holidays: JSON.parse(JSON.stringify(holidays)) });
    expect(restored).not.toBe(first);
    expect(restored.isWorkingDay('2026-09-27')).toBe(true);
    const frozen = Object.freeze(spec());
    expect(calendarOf({ holidays: frozen }).isHoliday('2026-10-02')).toBe(true);
  });
});
