// Change filing (SH 33): a membership change is filed with the street office within 30 days.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ev, startMembership } from './support/fixtures.js';

const D = (s: string) => `${s}+08:00`;
type Actor = ReturnType<typeof startMembership>;

function sender(actor: Actor) {
  return (e: Record<string, unknown>) => {
    const r = dispatch(actor, e);
    if (!r.ok) throw new Error(JSON.stringify(r.rejection));
  };
}
const filing = (actor: Actor, n = 1) => actor.getSnapshot().context.deadlines[`change-filing:${n}`];
const resign = (memberId: string, at: string) =>
  ev('MEMBERSHIP_ENDS', 'committee', D(at), { memberId, ground: 'resigned' });

describe('membership change filing (SH 33)', () => {
  it('an ending starts a 30-day filing; filed on day 30 it is met', () => {
    const actor = startMembership();
    const send = sender(actor);
    expect(filing(actor)).toBeUndefined();
    send(resign('o2', '2026-04-01T09:00:00'));
    // 30 days from 2026-04-01 (counting from the next day) → 2026-05-01.
    expect(filing(actor)?.due.lastDay).toBe('2026-05-01');
    expect(filing(actor)?.cite).toEqual(['SH-33']);
    send(ev('FILE_CHANGE', 'committee', D('2026-05-01T23:59:00')));
    expect(filing(actor)?.status).toBe('met');
  });

  it('day 29 is in time; after day 30 a tick marks it missed, and a late filing is taken once', () => {
    const early = startMembership();
    sender(early)(resign('o2', '2026-04-01T09:00:00'));
    sender(early)(ev('FILE_CHANGE', 'committee', D('2026-04-30T09:00:00')));
    expect(filing(early)?.status).toBe('met');

    const actor = startMembership();
    const send = sender(actor);
    send(resign('o2', '2026-04-01T09:00:00'));
    send(ev('TICK', 'system', D('2026-05-01T23:59:00')));
    expect(filing(actor)?.status).toBe('pending');
    send(ev('TICK', 'system', D('2026-05-02T00:00:00')));
    expect(filing(actor)?.status).toBe('missed');
    send(ev('FILE_CHANGE', 'committee', D('2026-05-03T09:00:00')));
    expect(filing(actor)?.status).toBe('missed');
    const again = dispatch(actor, ev('FILE_CHANGE', 'committee', D('2026-05-04T09:00:00')));
    expect(again.ok || again.rejection.rule?.citations).toEqual(['SH-33']);
  });

  it('the substitute joining at the same instant needs no second filing; a later change does', () => {
    const actor = startMembership();
    const send = sender(actor);
    send(resign('o2', '2026-04-01T09:00:00'));
    // o6 took the seat at once: one filing covers both changes.
    expect(actor.getSnapshot().context.members.map((m) => m.id)).toContain('o6');
    expect(filing(actor, 2)).toBeUndefined();
    send(ev('FILE_CHANGE', 'committee', D('2026-04-10T09:00:00')));
    send(resign('o3', '2026-04-20T09:00:00'));
    expect(filing(actor, 2)?.due.lastDay).toBe('2026-05-20');
    expect(filing(actor, 2)?.status).toBe('pending');
  });

  it('nothing to file is refused with SH 33; only the committee files', () => {
    const actor = startMembership();
    const before = actor.getSnapshot();
    const r = dispatch(actor, ev('FILE_CHANGE', 'committee', D('2026-04-01T09:00:00')));
    expect(r.ok || r.rejection.code).toBe('rule-violated');
    expect(r.ok || r.rejection.rule?.citations).toEqual(['SH-33']);
    expect(actor.getSnapshot()).toBe(before);
    sender(actor)(resign('o2', '2026-04-01T09:00:00'));
    const wrong = dispatch(actor, ev('FILE_CHANGE', 'owner', D('2026-04-02T09:00:00')));
    expect(wrong.ok).toBe(false);
    expect(filing(actor)?.status).toBe('pending');
  });
});
