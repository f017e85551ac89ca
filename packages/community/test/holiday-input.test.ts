// A host's holiday calendar that `holidayCalendar` refuses is refused with the start input, by
// every machine that takes one: before, the committee machines started with it and stopped in
// error at the first deadline counted in working days (RULES TIME-2).
import { describe, expect, it } from 'vitest';
import { SEQUENCES } from '../bench/sequences.js';
import { refusalText, startError } from './start-refusal.js';

/** The machines whose start input has `holidays`. */
const TAKE_HOLIDAYS = [
  'committee formation',
  'committee re-election',
  'committee membership',
  'committee meetings',
  'committee stand-in',
  'assembly meeting',
  'assembly emergency repair',
  'assembly fund re-raise',
];

// 2026-10-10 is a Saturday declared a working day (调休); 2026-10-08 a Thursday.
const GOOD = {
  name: 'CN-2026',
  holidays: ['2026-10-01', '2026-10-02'],
  adjustedWorkingDays: ['2026-10-10'],
};
const BAD = {
  'a day both a holiday and a working day': {
    name: 'CN-2026',
    holidays: ['2026-10-10'],
    adjustedWorkingDays: ['2026-10-10'],
  },
  'a weekday declared a working day': {
    name: 'CN-2026',
    holidays: [],
    adjustedWorkingDays: ['2026-10-08'],
  },
};

it('the list names only machines of the bench', () => {
  const names = SEQUENCES.map((s) => s.name);
  for (const name of TAKE_HOLIDAYS) expect(names).toContain(name);
});

describe.each(SEQUENCES.map((s) => [s.name, s] as const))('%s', (name, sequence) => {
  const input = sequence.input as object;
  const takes = TAKE_HOLIDAYS.includes(name);

  it(takes ? 'starts with a sound calendar' : 'has no holidays in its input', () => {
    const error = startError(sequence.machine, { ...input, holidays: GOOD });
    if (takes) expect(error).toBeUndefined();
    else expect(refusalText(error)).toMatch(/holidays/);
  });
});

const TAKING = SEQUENCES.filter((s) => TAKE_HOLIDAYS.includes(s.name));
const CASES = TAKING.flatMap((s) =>
  Object.entries(BAD).map(([what, spec]) => [s.name, what, s, spec] as const),
);

it.each(CASES)('%s refuses %s at the start', (_name, _what, sequence, holidays) => {
  const error = startError(sequence.machine, { ...(sequence.input as object), holidays });
  expect(error).toBeDefined();
  expect(refusalText(error)).toMatch(/holidays/);
  expect(refusalText(error)).toMatch(/adjusted working day|both as a holiday/);
});
