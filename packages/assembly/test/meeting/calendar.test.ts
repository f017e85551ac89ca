// Periods counted on the host's holiday calendar (CC 203: "期间的最后一日是法定休假日的，以法定休假日
// 结束的次日为期间的最后一日"), and a posting period in working days.
import { DEFAULT_PROFILE, type Profile } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { initialAssemblyContext, RESULT_POSTING, REVOCATION } from '../../src/index.js';
import { CLOSES_AT, ITEMS, meetingInput, OPENS_AT, start, verdict } from './support.js';

// A test calendar: the National Day holiday 10-01…10-07 in 2025 and 2026.
const NATIONAL_DAY = {
  name: 'test-national-day',
  holidays: ['2025', '2026'].flatMap((y) => [1, 2, 3, 4, 5, 6, 7].map((d) => `${y}-10-0${d}`)),
};

const inWorkingDays: Profile = {
  ...DEFAULT_PROFILE,
  id: 'host-working-days',
  voting: {
    ...DEFAULT_PROFILE.voting,
    decisionPosting: { period: { workingDays: 3 }, cite: ['BJ-37-2'] },
  },
};

function countedAt(closeAt: string, o = {}) {
  const h = start({ holidays: NATIONAL_DAY, ...o });
  h.call(ITEMS, { closesAt: CLOSES_AT });
  h.send('OPEN_VOTE', 'committee', OPENS_AT);
  expect(verdict(h.send('CLOSE_VOTE', 'committee', closeAt))).toBe('ok');
  return h.actor.getSnapshot().context.deadlines;
}

describe('deadlines on the host’s calendar', () => {
  it('posts within three working days past the holiday: closed Tue 09-29 → Fri 10-09', () => {
    // 09-30 is the first working day, 10-01…07 are holidays, 10-08 and 10-09 the second and third.
    const book = countedAt('2026-09-29T17:00:00+08:00', { profile: inWorkingDays });
    expect(book[RESULT_POSTING]?.due.lastDay).toBe('2026-10-09');
    // Without the calendar: 09-30, 10-01, 10-02.
    const plain = start({ profile: inWorkingDays });
    plain.call();
    plain.send('OPEN_VOTE', 'committee', OPENS_AT);
    plain.send('CLOSE_VOTE', 'committee', '2026-09-29T17:00:00+08:00');
    expect(plain.actor.getSnapshot().context.deadlines[RESULT_POSTING]?.due.lastDay).toBe(
      '2026-10-02',
    );
  });

  it('moves a revocation year ending on a holiday to the day after it (CC 203)', () => {
    // Decided on 2025-10-01; the year's last day 2026-10-01 is a holiday, so the period runs
    // to 2026-10-08.
    const h = start({ holidays: NATIONAL_DAY, startedAt: '2025-09-01T09:00:00+08:00' });
    h.send('REPORT_TO_PARTY_ORGANISATION', 'committee', '2025-09-02T10:00:00+08:00');
    h.send(
      'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
      'committee',
      '2025-09-03T10:00:00+08:00',
      {
        meetingAt: '2025-09-20T09:00:00+08:00',
        place: '会所',
        agenda: 'a',
      },
    );
    const called = h.send('CALL_ASSEMBLY', 'committee', '2025-09-04T10:00:00+08:00', {
      opensAt: '2025-09-20T09:00:00+08:00',
      closesAt: '2025-09-30T17:00:00+08:00',
      place: '会所',
      form: 'collective-discussion',
      items: ITEMS,
    });
    expect(verdict(called)).toBe('ok');
    h.send('OPEN_VOTE', 'committee', '2025-09-20T09:00:00+08:00');
    expect(verdict(h.send('CLOSE_VOTE', 'committee', '2025-10-01T10:00:00+08:00'))).toBe('ok');
    const window = h.actor.getSnapshot().context.deadlines[REVOCATION];
    expect(window?.due.lastDay).toBe('2026-10-08');
    expect(window?.due.rolledPastHolidays).toBe(true);
  });

  it('refuses a calendar whose adjusted working day is a weekday, with the calendar’s message', () => {
    const bad = { name: 'bad', holidays: [], adjustedWorkingDays: ['2026-10-08'] };
    expect(() => initialAssemblyContext(meetingInput({ holidays: bad }))).toThrow(
      /not a Saturday or Sunday/,
    );
  });
});
