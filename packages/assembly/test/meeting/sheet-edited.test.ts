// The meeting checks a sheet as a guard and again as it records it, and keeps the last check
// with the votes. A host that edits the event object in place and sends it again must get a
// fresh check — never the verdict, or the sheet, of what the object held before.
import { describe, expect, it } from 'vitest';
import { OPENS_AT, sheetOf, start, verdict } from './support.js';

const AT = '2026-04-18T10:00:00+08:00';

function opened() {
  const h = start();
  expect(verdict(h.call())).toBe('ok');
  expect(verdict(h.send('OPEN_VOTE', 'committee', OPENS_AT))).toBe('ok');
  return h;
}

const castBy = (unit: string, answers: Record<string, string>) => ({
  type: 'CAST_BALLOT' as const,
  at: AT,
  by: { id: `o-${unit}`, role: 'owner' as const },
  sheet: sheetOf(unit, answers),
});

describe('a sheet edited in place after it was checked', () => {
  it('is refused when it no longer passes, though the same object passed snapshot.can', () => {
    const h = opened();
    const event = castBy('u6', { statute: 'agree' });
    expect(h.actor.getSnapshot().can(event as never)).toBe(true);
    // u6 is outside the lift item's part (SH 69): the edited sheet answers it.
    event.sheet.answers = { statute: 'agree', lift: 'agree' };
    const before = h.actor.getSnapshot();
    h.actor.send(event as never);
    expect(h.actor.getSnapshot()).toBe(before);
    expect(h.actor.getSnapshot().context.ballots?.sheets).toEqual([]);
  });

  it('is recorded as it now reads when it was refused before the edit', () => {
    const h = opened();
    const event = castBy('u6', { statute: 'agree', lift: 'agree' });
    const before = h.actor.getSnapshot();
    h.actor.send(event as never);
    expect(h.actor.getSnapshot()).toBe(before);
    event.sheet.answers = { statute: 'disagree' };
    h.actor.send(event as never);
    const sheets = h.actor.getSnapshot().context.ballots?.sheets ?? [];
    expect(sheets.map((s) => s.answers)).toEqual([{ statute: 'disagree' }]);
  });
});
