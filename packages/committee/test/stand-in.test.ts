// The stand-in body (TERM-9; SH-36 (十八), BJ 52–58): each rule at its boundary, for both kinds
// of body, and the refusal codes.
import { beijing, dispatch, national, type Rejection } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { StandInMember } from '../src/stand-in/context.js';
import { standInDeadlines } from '../src/stand-in/deadlines.js';
import { initialStandInContext, StandInInputError } from '../src/stand-in/input.js';
import { standInMachine } from '../src/stand-in/machine.js';
import {
  checkComposition,
  checkManagementComposition,
  STAND_IN_FILING_DOCUMENTS,
} from '../src/stand-in/rules.js';
import { BJ_MEMBERS, SH_MEMBERS } from '../src/testing/stand-in.js';
import {
  BJ_INPUT,
  BJ_NO_ASSEMBLY_INPUT,
  ev,
  SH_INPUT,
  startStandIn,
  where,
} from './support/stand-in-fixtures.js';

const D = (s: string) => `${s}+08:00`;
type Actor = ReturnType<typeof startStandIn>;

function send(actor: Actor, e: Record<string, unknown>) {
  const r = dispatch(actor, e);
  if (!r.ok) throw new Error(JSON.stringify(r.rejection));
  return r;
}
function refusal(actor: Actor, e: Record<string, unknown>): Rejection {
  const before = actor.getSnapshot();
  const r = dispatch(actor, e);
  if (r.ok) throw new Error(`accepted ${String(e.type)}`);
  expect(actor.getSnapshot()).toBe(before);
  return r.rejection;
}
const form = (members: readonly StandInMember[], at = D('2026-03-02T10:00:00')) =>
  ev('FORM_STAND_IN', 'street-office', at, { members });
const rc = 'residents-committee';
const papers = { documents: [...STAND_IN_FILING_DOCUMENTS] };

/** Beijing with an even size allowed: the only way to sit exactly on the owners' one half. */
const evenBeijing = {
  ...beijing,
  term: {
    ...beijing.term,
    standIn: {
      ...beijing.term.standIn,
      value: { ...beijing.term.standIn.value, odd: false },
    },
  },
};

describe('input', () => {
  it('refuses a profile with no stand-in body (kind none) with a bilingual input error', () => {
    let caught: unknown;
    try {
      initialStandInContext({ ...SH_INPUT, profile: national });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StandInInputError);
    expect((caught as StandInInputError).messages['zh-CN']).toContain('未规定临时机构');
    expect((caught as StandInInputError).messages.en).toContain('names no stand-in body');
    // An actor on such a profile fails to start, with the same error.
    const actor = createActor(standInMachine, { input: { ...SH_INPUT, profile: national } });
    actor.subscribe({ error: () => {} });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    expect(actor.getSnapshot().error).toBeInstanceOf(StandInInputError);
  });

  it('a re-election presupposes an assembly; the reason must be one of the two', () => {
    expect(() => initialStandInContext({ ...BJ_INPUT, assemblyFormed: false })).toThrow(
      StandInInputError,
    );
    expect(() =>
      initialStandInContext({ ...BJ_INPUT, reason: 'whim' } as unknown as typeof BJ_INPUT),
    ).toThrow();
    expect(initialStandInContext(BJ_INPUT).assemblyFormed).toBe(true);
    expect(initialStandInContext(BJ_NO_ASSEMBLY_INPUT).assemblyFormed).toBe(false);
  });
});

describe('composition: Shanghai 物业治理委员会 (SH-36 (十八))', () => {
  it('accepts a body the street office leads with owner representatives, and posts its roster', () => {
    const actor = startStandIn();
    const posted: string[] = [];
    actor.on('post', (e) => posted.push(e.what));
    send(actor, form(SH_MEMBERS));
    expect(where(actor)).toBe('sitting.acting');
    expect(actor.getSnapshot().context.term).toBe(1);
    expect(posted).toEqual(['stand-in-roster']);
    // No numbers in the Shanghai text: no term limit, no filing, no deadlines.
    expect(standInDeadlines(actor.getSnapshot())).toEqual([]);
  });

  it('refuses a body not led by the street office', () => {
    const actor = startStandIn();
    const led = SH_MEMBERS.map((m) => ({ ...m, chair: m.seat === 'residents-committee' }));
    const r = refusal(actor, form(led));
    expect(r.code).toBe('rule-violated');
    expect(r.rule).toEqual({ id: 'governance-composition', citations: ['SH-36-18'] });
    expect(r.message.en).toContain('street-office representative');
    expect(r.message['zh-CN']).toContain('街镇牵头');
  });

  it('refuses a body without an owner representative, two leaders, or a member twice', () => {
    const actor = startStandIn();
    const noOwners = SH_MEMBERS.filter((m) => m.seat !== 'owner');
    expect(refusal(actor, form(noOwners)).message.en).toContain('owner representative');
    const twoLeads = SH_MEMBERS.map((m) => ({ ...m, chair: m.seat !== 'owner' }));
    expect(refusal(actor, form(twoLeads)).details).toEqual({ chairs: 2 });
    const twice = [...SH_MEMBERS, { id: 's-o1', seat: 'owner' as const, chair: false }];
    expect(refusal(actor, form(twice)).details).toEqual({ duplicates: ['s-o1'] });
    // The Beijing numbers do not apply in Shanghai: five members, an even four would also do.
    expect(checkComposition(SH_INPUT.profile as never, SH_MEMBERS.slice(0, 4))).toBe(true);
  });
});

describe('composition: Beijing 物业管理委员会 (BJ 54)', () => {
  it('accepts seven, four owners, chaired by the residents’ committee', () => {
    const actor = startStandIn(BJ_NO_ASSEMBLY_INPUT);
    send(actor, form(BJ_MEMBERS));
    expect(where(actor)).toBe('sitting.acting');
  });

  it('refuses fewer than seven, and an even number (七人以上单数)', () => {
    const actor = startStandIn(BJ_INPUT);
    const six = BJ_MEMBERS.filter((m) => m.id !== 'b-street');
    const r = refusal(actor, form(six));
    expect(r.code).toBe('rule-violated');
    expect(r.rule).toEqual({ id: 'management-composition', citations: ['BJ-54-1', 'BJ-54-2'] });
    expect(r.details).toEqual({ size: 6, minSize: 7, odd: true });
    const five = BJ_MEMBERS.slice(0, 5);
    expect(refusal(actor, form(five)).details).toEqual({ size: 5, minSize: 7, odd: true });
    const eight = [...BJ_MEMBERS, { id: 'b-o5', seat: 'owner' as const, chair: false }];
    expect(refusal(actor, form(eight)).details).toEqual({ size: 8, minSize: 7, odd: true });
  });

  it('owner representatives at least one half, as an exact fraction (不少于: inclusive)', () => {
    // 3 of 7 is below one half.
    const three = BJ_MEMBERS.map((m) =>
      m.id === 'b-o4' ? { ...m, seat: 'occupier' as const } : m,
    );
    const actor = startStandIn(BJ_INPUT);
    const r = refusal(actor, form(three));
    expect(r.details).toEqual({ owners: 3, size: 7 });
    expect(r.message['zh-CN']).toContain('1/2以上');
    // Exactly one half passes where the profile allows an even body: 4 of 8; 3 of 8 does not.
    const half = [...three, { id: 'b-o5', seat: 'owner' as const, chair: false }];
    expect(half.filter((m) => m.seat === 'owner').length * 2).toBe(half.length);
    expect(checkManagementComposition(evenBeijing, half)).toBe(true);
    const fewer = half.map((m) => (m.id === 'b-o5' ? { ...m, seat: 'other' as const } : m));
    expect(checkManagementComposition(evenBeijing, fewer)).not.toBe(true);
    // Beijing itself wants an odd number, so 8 fails there whatever the owners.
    expect(checkManagementComposition(beijing, half)).not.toBe(true);
  });

  it('the chair is the residents’ committee representative (BJ 54 ¶2)', () => {
    const actor = startStandIn(BJ_INPUT);
    const ownerChairs = BJ_MEMBERS.map((m) => ({ ...m, chair: m.id === 'b-o1' }));
    const r = refusal(actor, form(ownerChairs));
    expect(r.rule?.id).toBe('management-composition');
    expect(r.message.en).toContain('residents’ (or villagers’) committee');
    const streetChairs = BJ_MEMBERS.map((m) => ({ ...m, chair: m.seat === 'street' }));
    expect(refusal(actor, form(streetChairs)).rule?.id).toBe('management-composition');
  });
});

describe('filing (BJ 55)', () => {
  it('files within 30 days of forming where an assembly exists; overdue is visible', () => {
    const actor = startStandIn(BJ_INPUT);
    send(actor, form(BJ_MEMBERS));
    expect(where(actor)).toBe('sitting.filing.onTime');
    const due = actor.getSnapshot().context.deadlines['stand-in-filing:1'];
    // Formed 2026-03-02: the 30 days run 03-03 … 04-01 (CC 201).
    expect(due?.due.lastDay).toBe('2026-04-01');
    expect(due?.cite).toEqual(['BJ-55']);
    send(actor, ev('TICK', 'system', D('2026-04-01T23:59:00')));
    expect(where(actor)).toBe('sitting.filing.onTime');
    send(actor, ev('TICK', 'system', D('2026-04-02T00:00:00')));
    expect(where(actor)).toBe('sitting.filing.overdue');
    // The papers of BJ 55 ¶1 (一)–(三), all of them.
    const short = refusal(
      actor,
      ev('FILE_STAND_IN', rc, D('2026-04-03T09:00:00'), { documents: ['rules-of-procedure'] }),
    );
    expect(short.code).toBe('rule-violated');
    expect(short.rule).toEqual({ id: 'filing-papers', citations: ['BJ-55'] });
    expect(short.details).toEqual({
      missing: ['assembly-minutes-and-decisions', 'management-statute'],
    });
    send(actor, ev('FILE_STAND_IN', rc, D('2026-04-03T09:00:00'), papers));
    expect(where(actor)).toBe('sitting.completion.onTime');
    expect(actor.getSnapshot().context.deadlines['stand-in-filing:1']?.status).toBe('missed');
  });

  it('the street office completes the filing within five working days', () => {
    const actor = startStandIn(BJ_INPUT);
    send(actor, form(BJ_MEMBERS));
    send(actor, ev('FILE_STAND_IN', rc, D('2026-03-20T09:00:00'), papers));
    expect(actor.getSnapshot().context.deadlines['stand-in-filing:1']?.status).toBe('met');
    // Filed Friday 2026-03-20: working days 03-23 … 03-27.
    expect(actor.getSnapshot().context.deadlines['stand-in-filing-completion:1']?.due.lastDay).toBe(
      '2026-03-27',
    );
    send(actor, ev('TICK', 'system', D('2026-03-28T00:00:00')));
    expect(where(actor)).toBe('sitting.completion.overdue');
    // Only the street office completes it.
    expect(refusal(actor, ev('COMPLETE_STAND_IN_FILING', rc, D('2026-03-30T09:00:00'))).code).toBe(
      'not-permitted',
    );
    send(actor, ev('COMPLETE_STAND_IN_FILING', 'street-office', D('2026-03-30T09:00:00')));
    expect(where(actor)).toBe('sitting.acting');
    expect(actor.getSnapshot().context.deadlines['stand-in-filing-completion:1']?.status).toBe(
      'missed',
    );
  });

  it('no filing without an assembly (BJ 55: 成立业主大会但是尚未成立业主委员会的)', () => {
    const actor = startStandIn(BJ_NO_ASSEMBLY_INPUT);
    send(actor, form(BJ_MEMBERS));
    expect(where(actor)).toBe('sitting.acting');
    expect(standInDeadlines(actor.getSnapshot()).map((d) => d.id)).toEqual(['stand-in-term:1']);
    expect(refusal(actor, ev('FILE_STAND_IN', rc, D('2026-03-03T09:00:00'), papers)).code).toBe(
      'not-allowed-now',
    );
  });
});

describe('acting (SH-36 (十八); BJ 52, 57)', () => {
  it('records deliberations, matters and steps with ids and times; a repeat is refused', () => {
    const actor = startStandIn();
    send(actor, form(SH_MEMBERS));
    send(
      actor,
      ev('HOLD_DELIBERATION', 'street-office', D('2026-03-05T19:00:00'), {
        deliberationId: 'del-1',
        topic: '停车位分配',
      }),
    );
    send(
      actor,
      ev('COORDINATE_MATTER', rc, D('2026-03-06T09:00:00'), {
        matterId: 'm-1',
        matter: '电梯维修资金申请',
      }),
    );
    send(
      actor,
      ev('RECORD_PROGRESS', 'street-office', D('2026-03-07T09:00:00'), {
        step: 'group-formed',
        note: '筹备组已组建',
      }),
    );
    const c = actor.getSnapshot().context;
    expect(c.deliberations).toEqual([
      { id: 'del-1', at: D('2026-03-05T19:00:00'), by: 'street-office-1', topic: '停车位分配' },
    ]);
    expect(c.matters).toEqual([
      { id: 'm-1', at: D('2026-03-06T09:00:00'), by: `${rc}-1`, matter: '电梯维修资金申请' },
    ]);
    expect(c.steps).toEqual([
      {
        at: D('2026-03-07T09:00:00'),
        by: 'street-office-1',
        role: 'street-office',
        step: 'group-formed',
        note: '筹备组已组建',
      },
    ]);
    const again = refusal(
      actor,
      ev('HOLD_DELIBERATION', rc, D('2026-03-08T09:00:00'), {
        deliberationId: 'del-1',
        topic: 'x',
      }),
    );
    // The rule's articles that belong to the profile in force: Shanghai's here.
    expect(again.rule).toEqual({ id: 'new-deliberation', citations: ['SH-36-18'] });
  });

  it('Beijing: a matter is decided by more than half of ALL members and posted in the period', () => {
    const actor = startStandIn(BJ_NO_ASSEMBLY_INPUT);
    send(actor, form(BJ_MEMBERS));
    const decide = (id: string, consenting: string[], at: string) =>
      ev('DECIDE_MATTER', rc, at, {
        decisionId: id,
        consenting,
        present: BJ_MEMBERS.map((m) => m.id),
      });
    // 3 of 7 is not more than half: recorded, not passed, nothing to post.
    send(actor, decide('d-1', ['b-o1', 'b-o2', 'b-o3'], D('2026-04-07T10:00:00')));
    // 4 of 7 passes (repeated signatures count once).
    send(actor, decide('d-2', ['b-o1', 'b-o2', 'b-o3', 'b-rc', 'b-o1'], D('2026-04-07T11:00:00')));
    const c = actor.getSnapshot().context;
    expect(c.decisions.map((d) => [d.id, d.passed])).toEqual([
      ['d-1', false],
      ['d-2', true],
    ]);
    expect(c.deadlines['stand-in-decision-posting:d-1']).toBeUndefined();
    // BJ 57 ¶3: posted within 3 days of the meeting on 2026-04-07 → last day 2026-04-10.
    const posting = c.deadlines['stand-in-decision-posting:d-2'];
    expect(posting?.due.lastDay).toBe('2026-04-10');
    expect(posting?.cite).toEqual(['BJ-57-3-posting']);
    const stranger = refusal(actor, decide('d-3', ['b-o1', 'x'], D('2026-04-08T10:00:00')));
    expect(stranger.rule).toEqual({ id: 'decision-signers', citations: ['BJ-57-3-decision'] });
    expect(refusal(actor, decide('d-2', ['b-o1'], D('2026-04-08T10:00:00'))).code).toBe(
      'rule-violated',
    );
    const unposted = refusal(
      actor,
      ev('POST_STAND_IN_DECISION', rc, D('2026-04-08T10:00:00'), { decisionId: 'd-1' }),
    );
    expect(unposted.rule?.id).toBe('posting-pending');
    const posted: string[] = [];
    actor.on('post', (e) => posted.push(e.what));
    send(actor, ev('POST_STAND_IN_DECISION', rc, D('2026-04-08T10:00:00'), { decisionId: 'd-2' }));
    expect(posted).toEqual(['stand-in-decision']);
    const after = actor.getSnapshot().context;
    expect(after.deadlines['stand-in-decision-posting:d-2']?.status).toBe('met');
    expect(after.decisions[1]?.postedAt).toBe(D('2026-04-08T10:00:00'));
    expect(
      refusal(
        actor,
        ev('POST_STAND_IN_DECISION', rc, D('2026-04-09T10:00:00'), { decisionId: 'd-2' }),
      ).rule?.id,
    ).toBe('posting-pending');
  });

  it('Shanghai: the governance committee takes no signed decisions of its own', () => {
    const actor = startStandIn();
    send(actor, form(SH_MEMBERS));
    const r = refusal(
      actor,
      ev('DECIDE_MATTER', 'street-office', D('2026-03-05T10:00:00'), {
        decisionId: 'd-1',
        consenting: SH_MEMBERS.map((m) => m.id),
      }),
    );
    expect(r.code).toBe('rule-violated');
    expect(r.rule).toEqual({ id: 'decisions-kept', citations: ['SH-36-18'] });
  });
});

describe('term and dissolution (BJ 58; SH-36 (十八))', () => {
  it('a term of at most three years ends in the visible expired state; the street office re-forms', () => {
    const actor = startStandIn(BJ_NO_ASSEMBLY_INPUT);
    send(actor, form(BJ_MEMBERS));
    const term = actor.getSnapshot().context.deadlines['stand-in-term:1'];
    expect(term?.due.lastDay).toBe('2029-03-02');
    expect(actor.getSnapshot().context.termEndsAt).toBe(term?.due.dueAt);
    send(actor, ev('TICK', 'system', D('2029-03-02T23:59:00')));
    expect(where(actor)).toBe('sitting.acting');
    // Past the term the body no longer acts, even before the tick that shows it.
    const late = refusal(
      actor,
      ev('RECORD_PROGRESS', rc, D('2029-03-03T09:00:00'), { step: 'owners-mobilised' }),
    );
    expect(late.rule).toEqual({ id: 'within-term', citations: ['BJ-58'] });
    const notices: string[] = [];
    actor.on('notify', (e) => notices.push(e.what));
    send(actor, ev('TICK', 'system', D('2029-03-03T00:00:00')));
    expect(where(actor)).toBe('expired');
    expect(notices).toEqual(['stand-in-term-ended']);
    expect(actor.getSnapshot().context.deadlines['stand-in-term:1']?.status).toBe('missed');
    // Not a dead end: re-formed for a new term.
    send(actor, ev('REFORM_STAND_IN', 'street-office', D('2029-03-10T09:00:00')));
    expect(where(actor)).toBe('forming');
    send(actor, form(BJ_MEMBERS, D('2029-03-20T09:00:00')));
    const c = actor.getSnapshot().context;
    expect(where(actor)).toBe('sitting.acting');
    expect(c.term).toBe(2);
    expect(c.pastTerms).toEqual([
      {
        term: 1,
        formedAt: D('2026-03-02T10:00:00'),
        endedAt: D('2029-03-10T09:00:00'),
        members: BJ_MEMBERS,
      },
    ]);
    expect(c.deadlines['stand-in-term:2']?.due.lastDay).toBe('2032-03-20');
  });

  it('expiry during the filing period wins over the filing being overdue', () => {
    const actor = startStandIn(BJ_INPUT);
    send(actor, form(BJ_MEMBERS));
    send(actor, ev('TICK', 'system', D('2029-06-01T00:00:00')));
    expect(where(actor)).toBe('expired');
    send(actor, ev('REFORM_STAND_IN', 'street-office', D('2029-06-02T00:00:00')));
    // The ended term's filing is no longer awaited.
    expect(standInDeadlines(actor.getSnapshot())).toEqual([]);
    send(actor, form(BJ_MEMBERS, D('2029-06-03T00:00:00')));
    expect(where(actor)).toBe('sitting.filing.onTime');
    expect(standInDeadlines(actor.getSnapshot()).map((d) => d.id)).toEqual([
      'stand-in-filing:2',
      'stand-in-term:2',
    ]);
  });

  it('dissolved once the committee is in place, with its reference; nothing is left pending', () => {
    const actor = startStandIn(BJ_INPUT);
    send(actor, form(BJ_MEMBERS));
    send(actor, ev('FILE_STAND_IN', rc, D('2026-03-10T09:00:00'), papers));
    send(actor, ev('COMPLETE_STAND_IN_FILING', 'street-office', D('2026-03-12T09:00:00')));
    expect(
      refusal(actor, ev('DISSOLVE_STAND_IN', rc, D('2027-05-01T09:00:00'), { reference: 'x' }))
        .code,
    ).toBe('not-permitted');
    expect(
      refusal(actor, ev('DISSOLVE_STAND_IN', 'system', D('2027-05-01T09:00:00'), {})).code,
    ).toBe('invalid-event');
    send(
      actor,
      ev('DISSOLVE_STAND_IN', 'system', D('2027-05-01T09:00:00'), { reference: '京备-2027-18' }),
    );
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(where(actor)).toBe('dissolved');
    expect(snapshot.context.dissolution).toEqual({
      at: D('2027-05-01T09:00:00'),
      by: 'system-1',
      reference: '京备-2027-18',
      outcome: 'committee-re-elected',
    });
    expect(snapshot.context.deadlines['stand-in-term:1']?.status).toBe('met');
    expect(standInDeadlines(snapshot)).toEqual([]);
    expect(refusal(actor, ev('TICK', 'system', D('2027-05-02T09:00:00'))).code).toBe(
      'process-ended',
    );
  });

  it('Shanghai sets no term: the governance committee sits until the committee is formed', () => {
    const actor = startStandIn();
    send(actor, form(SH_MEMBERS));
    send(actor, ev('TICK', 'system', D('2036-03-02T09:00:00')));
    expect(where(actor)).toBe('sitting.acting');
    expect(
      refusal(actor, ev('REFORM_STAND_IN', 'street-office', D('2036-03-03T09:00:00'))).code,
    ).toBe('not-allowed-now');
    send(
      actor,
      ev('DISSOLVE_STAND_IN', 'street-office', D('2036-03-04T09:00:00'), { reference: '沪备-1' }),
    );
    expect(actor.getSnapshot().context.dissolution?.outcome).toBe('committee-established');
  });
});

describe('refusals carry codes', () => {
  it('wrong role: not-permitted, with the permitted roles', () => {
    const actor = startStandIn();
    const r = refusal(
      actor,
      ev('FORM_STAND_IN', 'committee', D('2026-03-02T10:00:00'), { members: SH_MEMBERS }),
    );
    expect(r.code).toBe('not-permitted');
    expect(r.permittedRoles?.map((p) => p.role)).toEqual(['street-office']);
    send(actor, form(SH_MEMBERS));
    const owner = refusal(
      actor,
      ev('HOLD_DELIBERATION', 'owner', D('2026-03-03T10:00:00'), {
        deliberationId: 'd',
        topic: 't',
      }),
    );
    expect(owner.code).toBe('not-permitted');
  });

  it('malformed payload: invalid-event', () => {
    const actor = startStandIn();
    const seat = refusal(
      actor,
      ev('FORM_STAND_IN', 'street-office', D('2026-03-02T10:00:00'), {
        members: [{ id: 'x', seat: 'developer', chair: true }],
      }),
    );
    expect(seat.code).toBe('invalid-event');
    expect(
      refusal(actor, ev('FORM_STAND_IN', 'street-office', D('2026-03-02T10:00:00'))).code,
    ).toBe('invalid-event');
    expect(refusal(actor, { ...form(SH_MEMBERS), extra: 1 }).code).toBe('invalid-event');
  });

  it('rule breach: rule-violated, cited and bilingual', () => {
    const actor = startStandIn(BJ_INPUT);
    const r = refusal(actor, form(BJ_MEMBERS.slice(0, 3)));
    expect(r.code).toBe('rule-violated');
    expect(r.rule?.citations).toEqual(['BJ-54-1', 'BJ-54-2']);
    expect(r.message['zh-CN']).toContain('7人以上单数');
    expect(r.message.en).toContain('7 or more');
  });

  it('out of order: an event dated before the process clock', () => {
    const actor = startStandIn();
    send(actor, form(SH_MEMBERS));
    const r = refusal(
      actor,
      ev('RECORD_PROGRESS', 'street-office', D('2026-03-01T10:00:00'), { step: 'other' }),
    );
    expect(r.code).toBe('out-of-order');
  });

  it('not allowed now: acting before the body is formed', () => {
    const actor = startStandIn();
    const r = refusal(
      actor,
      ev('RECORD_PROGRESS', 'street-office', D('2026-03-02T10:00:00'), { step: 'other' }),
    );
    expect(r.code).toBe('not-allowed-now');
  });
});
