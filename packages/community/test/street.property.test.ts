// The street view's counts equal a recount over the same snapshots.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueItems, type StoredSnapshot, streetView } from '../src/index.js';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const DAY = 86_400_000;
const statuses = ['pending', 'met', 'late', 'missed'] as const;

const deadline = fc.record({
  offsetHours: fc.integer({ min: -24 * 20, max: 24 * 20 }),
  status: fc.constantFrom(...statuses),
});
const process = fc.record({
  complex: fc.integer({ min: 1, max: 5 }),
  done: fc.boolean(),
  deadlines: fc.array(deadline, { maxLength: 6 }),
});

function build(
  raw: { complex: number; done: boolean; deadlines: { offsetHours: number; status: string }[] }[],
) {
  return raw.map(
    (p, i): StoredSnapshot => ({
      processId: `c${p.complex}/hiring/firm-hiring#${i + 1}`,
      machine: 'firm.hiring',
      snapshot: {
        status: p.done ? 'done' : 'active',
        value: 'x',
        context: {
          deadlines: Object.fromEntries(
            p.deadlines.map((d, j) => {
              const dueAt = new Date(NOW + d.offsetHours * 3_600_000).toISOString();
              return [
                `d${j}`,
                {
                  id: `d${j}`,
                  title: { 'zh-CN': '期限', en: 'deadline' },
                  due: { dueAt, lastDay: dueAt.slice(0, 10) },
                  cite: [],
                  status: d.status,
                },
              ];
            }),
          ),
        },
      },
    }),
  );
}

describe('street view', { timeout: 30_000 }, () => {
  it('counts what a recount counts', () => {
    fc.assert(
      fc.property(fc.array(process, { maxLength: 30 }), (raw) => {
        const snapshots = build(raw);
        const view = streetView(snapshots, new Date(NOW).toISOString());
        // Recount: every deadline of every running process, one at a time.
        let due = 0;
        let overdue = 0;
        const perComplex = new Map<
          string,
          { due: number; overdue: number; running: number; all: number }
        >();
        raw.forEach((p) => {
          const key = `c${p.complex}`;
          const row = perComplex.get(key) ?? { due: 0, overdue: 0, running: 0, all: 0 };
          row.all++;
          if (!p.done) row.running++;
          for (const d of p.deadlines) {
            if (p.done) continue;
            const at = NOW + d.offsetHours * 3_600_000;
            if (d.status === 'missed' || (d.status === 'pending' && at <= NOW)) {
              overdue++;
              row.overdue++;
            } else if (d.status === 'pending' && at <= NOW + 7 * DAY) {
              due++;
              row.due++;
            }
          }
          perComplex.set(key, row);
        });
        expect(view.dueThisWeek).toBe(due);
        expect(view.overdue).toBe(overdue);
        expect(view.complexes.length).toBe(perComplex.size);
        for (const c of view.complexes) {
          const row = perComplex.get(c.complexId);
          expect([c.dueThisWeek.length, c.overdue.length, c.running, c.processes]).toEqual([
            row?.due,
            row?.overdue,
            row?.running,
            row?.all,
          ]);
        }
        expect(view.coverage.units).toBe(0);
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it('sorts what is due by due time', () => {
    const items = dueItems(
      build([
        {
          complex: 1,
          done: false,
          deadlines: [
            { offsetHours: 50, status: 'pending' },
            { offsetHours: 2, status: 'pending' },
          ],
        },
      ]),
      new Date(NOW).toISOString(),
    );
    expect(items.map((i) => i.deadlineId)).toEqual(['d1', 'd0']);
  });
});
