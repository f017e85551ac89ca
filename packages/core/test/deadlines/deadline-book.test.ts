import {
  type DeadlineBook,
  dropDeadline,
  markMissed,
  overdueDeadlines,
  pendingDeadlines,
  settleDeadline,
  startDeadline,
} from '@jiayuan/core';
import { describe, expect, it } from 'vitest';

const title = { 'zh-CN': '开发建设单位报送', en: "developer's report" };
const book = (): DeadlineBook =>
  startDeadline(
    startDeadline({}, 'report', {
      title,
      trigger: '2026-03-01T10:00:00+08:00',
      period: { days: 30 },
      cite: ['SH-14'],
    }),
    'group',
    { title, trigger: '2026-03-01T10:00:00+08:00', period: { days: 60 }, cite: ['SH-15'] },
  );

describe('DeadlineBook', () => {
  it('computes due times by CC 200–204 and lists pending ones soonest first', () => {
    const b = book();
    expect(b.report?.due.lastDay).toBe('2026-03-31');
    expect(b.report?.due.dueAt).toBe('2026-03-31T16:00:00.000Z');
    expect(pendingDeadlines({ context: { deadlines: b } }).map((e) => e.id)).toEqual([
      'report',
      'group',
    ]);
    expect(pendingDeadlines({ deadlines: b })).toHaveLength(2);
    expect(pendingDeadlines(null)).toEqual([]);
  });

  it('settles on time at the last instant before 24:00, late from 24:00', () => {
    expect(settleDeadline(book(), 'report', '2026-03-31T23:59:59.999+08:00').report?.status).toBe(
      'met',
    );
    expect(settleDeadline(book(), 'report', '2026-04-01T00:00:00+08:00').report?.status).toBe(
      'late',
    );
  });

  it('marks missed only what is overdue, once', () => {
    const at = '2026-04-02T00:00:00+08:00';
    expect(overdueDeadlines(book(), at).map((e) => e.id)).toEqual(['report']);
    const m = markMissed(book(), at);
    expect(m.report).toMatchObject({ status: 'missed', settledAt: at });
    expect(m.group?.status).toBe('pending');
    expect(markMissed(m, at)).toBe(m);
    expect(settleDeadline(m, 'report', at)).toBe(m);
    expect(pendingDeadlines({ deadlines: m }).map((e) => e.id)).toEqual(['group']);
  });

  it('drops a deadline the procedure no longer waits for', () => {
    expect(Object.keys(dropDeadline(book(), 'group'))).toEqual(['report']);
    const b = book();
    expect(dropDeadline(b, 'nope')).toBe(b);
  });
});
