// A complete Shanghai re-election with dates; each due date checked by hand against SH 28–29, 34.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { isFrozen } from '../src/reelection/freeze.js';
import { ev, RE_GROUP, ROLL, startReElection, where } from './support/fixtures.js';

const D = (s: string) => `${s}+08:00`;
const G = 're-election-group';

describe('a Shanghai re-election, dated', { timeout: 30_000 }, () => {
  it('runs from the report to the hand-over to the new committee', () => {
    const actor = startReElection();
    const send = (e: Record<string, unknown>) => {
      const r = dispatch(actor, e);
      if (!r.ok) throw new Error(JSON.stringify(r.rejection));
      return r.snapshot;
    };
    const due = (id: string) => actor.getSnapshot().context.deadlines[id];

    // SH 28 ¶1: the term ends 2026-12-31; five months before → 2026-07-31 (24:00 Shanghai).
    expect(due('term-report')?.due.lastDay).toBe('2026-07-31');
    expect(due('term-report')?.due.dueAt).toBe('2026-07-31T16:00:00.000Z');
    // The new committee must be elected before the term ends: 2026-12-31.
    expect(due('elect-before-expiry')?.due.lastDay).toBe('2026-12-31');
    expect(where(actor)).toBe('awaitingReport.onTime');
    // The owners' request path is closed while the committee may still report.
    const early = dispatch(actor, ev('OWNERS_REQUEST', 'owner', D('2026-07-01T09:00:00')));
    expect(early.ok).toBe(false);

    send(ev('REPORT_TERM_END', 'committee', D('2026-07-20T09:00:00')));
    expect(due('term-report')?.status).toBe('met');
    // SH 28 ¶1: 60 days from receipt on 2026-07-20 (day not counted): 07-21 is day 1,
    // 07-31 day 11, 08-31 day 42 → day 60 is 2026-09-18.
    expect(due('group-formation')?.due.lastDay).toBe('2026-09-18');
    expect(isFrozen(actor.getSnapshot())).toBe(false);

    // Before the group exists, a firm vote may still be called.
    send(
      ev('CALL_ASSEMBLY', 'committee', D('2026-08-01T09:00:00'), { topic: 'hire-dismiss-firm' }),
    );
    // A group with a developer member is refused (SH 28 ¶3).
    const bad = dispatch(
      actor,
      ev('FORM_GROUP', 'street-office', D('2026-08-10T09:00:00'), {
        members: [
          ...RE_GROUP.slice(0, 2),
          { id: 'g-dev', seat: 'developer' },
          ...RE_GROUP.slice(2),
        ],
      }),
    );
    expect(bad.ok || bad.rejection.rule?.citations).toContain('SH-28-3');
    send(ev('FORM_GROUP', 'street-office', D('2026-08-10T09:00:00'), { members: RE_GROUP }));
    expect(due('group-formation')?.status).toBe('met');
    expect(isFrozen(actor.getSnapshot())).toBe(true);
    // SH 29 ¶1: records within 10 days of 2026-08-10 → 2026-08-20.
    expect(due('records-handover')?.due.lastDay).toBe('2026-08-20');

    // TERM-3: during the freeze a firm vote is refused with the article; a routine one is not.
    const frozen = dispatch(
      actor,
      ev('CALL_ASSEMBLY', 'committee', D('2026-08-15T09:00:00'), { topic: 'hire-dismiss-firm' }),
    );
    expect(frozen.ok || frozen.rejection.code).toBe('rule-violated');
    expect(frozen.ok || frozen.rejection.rule?.citations).toEqual(['SH-28-4']);
    send(ev('CALL_ASSEMBLY', 'committee', D('2026-08-15T09:00:00'), { topic: 'routine' }));

    send(ev('HAND_OVER_RECORDS', 'committee', D('2026-08-18T09:00:00')));
    expect(due('records-handover')?.status).toBe('met');
    send(ev('CONFIRM_ROLL', G, D('2026-08-25T09:00:00'), { roll: ROLL }));
    send(ev('ADOPT_DRAFTS', G, D('2026-08-26T09:00:00'), { drafts: [], seats: 5 }));
    for (const id of ['o1', 'o2', 'o3', 'o6', 'o7']) {
      send(ev('NOMINATE', 'owner', D('2026-09-01T09:00:00'), { candidateId: id }, id));
      send(ev('SIGN_UNDERTAKING', 'owner', D('2026-09-01T09:00:00'), { candidateId: id }, id));
    }
    for (const id of ['o1', 'o2', 'o3', 'o6', 'o7']) {
      send(ev('VET_CANDIDATE', G, D('2026-09-05T09:00:00'), { candidateId: id, grounds: [] }));
    }
    send(ev('REPORT_CANDIDATES', G, D('2026-09-10T09:00:00')));
    send(ev('JOINT_REVIEW', 'street-party-committee', D('2026-09-15T09:00:00'), { struck: [] }));
    // SH 16 ¶2 (applied to the re-election meeting): posted 15 days before.
    send(ev('POST_NOTICE', G, D('2026-10-20T09:00:00'), { meetingAt: D('2026-11-04T09:00:00') }));
    send(ev('OPEN_ELECTION', G, D('2026-11-04T09:00:00'), { closesAt: D('2026-11-08T17:00:00') }));
    for (let i = 1; i <= 8; i++) {
      send(
        ev(
          'CAST_BALLOT',
          'owner',
          D('2026-11-05T10:00:00'),
          {
            ballotId: `b${i}`,
            unitId: `u${i}`,
            castBy: `o${i}`,
            channel: 'paper',
            approve: ['o1', 'o2', 'o3', 'o6', 'o7'],
          },
          `o${i}`,
        ),
      );
    }
    expect(isFrozen(actor.getSnapshot())).toBe(true);
    send(ev('CLOSE_ELECTION', G, D('2026-11-08T17:00:00')));
    expect(isFrozen(actor.getSnapshot())).toBe(false);
    expect(where(actor)).toBe(
      'underway.election.officers,records.withAuthority.holding,audit.due.onTime,term.renewed',
    );
    // SH-6 §十一 (expired, kept as the profile's period): the term-end audit within one month
    // of the election on 2026-11-08 → last day 2026-12-08.
    expect(due('term-end-audit')?.due.lastDay).toBe('2026-12-08');
    expect(due('elect-before-expiry')?.status).toBe('met');
    // After the election the freeze is over.
    send(ev('CALL_ASSEMBLY', 'committee', D('2026-11-09T09:00:00'), { topic: 'fee-change' }));
    // SH 21 ¶2: posting within 3 days of 2026-11-08 → 2026-11-11; SH 29 ¶2: filing within
    // 30 days → 11-09 is day 1, 11-30 day 22 → day 30 is 2026-12-08.
    expect(due('election-posting')?.due.lastDay).toBe('2026-11-11');
    expect(due('filing')?.due.lastDay).toBe('2026-12-08');
    send(
      ev('CHOOSE_OFFICERS', 'committee', D('2026-11-09T10:00:00'), {
        chair: 'o1',
        viceChairs: ['o2'],
      }),
    );
    send(ev('POST_RESULT', G, D('2026-11-10T09:00:00')));
    // The housing office may not hand over before the filing is complete.
    const soon = dispatch(
      actor,
      ev('AUTHORITY_HANDOVER', 'housing-office', D('2026-11-20T09:00:00')),
    );
    expect(soon.ok || soon.rejection.rule?.id).toBe('filing-completed');
    send(
      ev('FILE', 'committee', D('2026-12-01T09:00:00'), {
        documents: [
          'minutes-and-decisions',
          'rules-of-procedure',
          'management-statute',
          'fund-statute',
          'members-and-undertakings',
          'training-records',
        ],
        termEndsOn: '2030-11-09',
      }),
    );
    // SH 34: completed within 20 days of 2026-12-01 → 2026-12-21.
    expect(due('filing-completion')?.due.lastDay).toBe('2026-12-21');
    // SH 67 ¶2: the audit covers the fund, public revenue and the committee's working funds.
    const partial = dispatch(
      actor,
      ev('POST_AUDIT', 'committee', D('2026-12-05T09:00:00'), {
        auditor: '某会计师事务所',
        covers: ['maintenance-fund'],
      }),
    );
    expect(partial.ok || partial.rejection.rule?.id).toBe('audit-scope');
    send(
      ev('POST_AUDIT', 'committee', D('2026-12-05T09:00:00'), {
        auditor: '某会计师事务所',
        covers: ['maintenance-fund', 'public-revenue', 'committee-funds'],
      }),
    );
    expect(where(actor)).toContain('audit.posted');
    send(ev('COMPLETE_FILING', 'street-office', D('2026-12-10T09:00:00')));
    // SH 29 ¶2: the housing office hands over within 10 days of filing: 2026-12-10 → 12-20
    // (a Sunday; ordinary weekends do not extend a period, CC 203).
    expect(due('authority-handover')?.due.lastDay).toBe('2026-12-20');
    send(ev('AUTHORITY_HANDOVER', 'housing-office', D('2026-12-15T09:00:00')));
    // Posted for 30 days from 2026-12-05 → through 2027-01-04; the re-election then completes.
    send(ev('TICK', 'system', D('2027-01-04T23:59:00')));
    expect(where(actor)).toContain('audit.posted');
    expect(actor.getSnapshot().status).toBe('active');
    send(ev('TICK', 'system', D('2027-01-05T00:00:00')));
    expect(actor.getSnapshot().status).toBe('done');
    expect(where(actor)).toBe('completed');
    expect(actor.getSnapshot().context.members.map((m) => m.id)).toEqual([
      'o1',
      'o2',
      'o3',
      'o6',
      'o7',
    ]);
    expect(
      Object.values(actor.getSnapshot().context.deadlines).map((d) => [d.id, d.status]),
    ).toEqual([
      ['term-report', 'met'],
      ['elect-before-expiry', 'met'],
      ['group-formation', 'met'],
      ['records-handover', 'met'],
      ['election-posting', 'met'],
      ['filing', 'met'],
      ['term-end-audit', 'met'],
      ['filing-completion', 'met'],
      ['authority-handover', 'met'],
    ]);
  });

  it('the owners ask when the committee does not report; missed deadlines are visible', () => {
    const actor = startReElection();
    const send = (e: Record<string, unknown>) => {
      const r = dispatch(actor, e);
      if (!r.ok) throw new Error(JSON.stringify(r.rejection));
    };
    // 2026-07-31 24:00 passes without a report.
    send(ev('TICK', 'system', D('2026-07-31T23:59:00')));
    expect(where(actor)).toBe('awaitingReport.onTime');
    send(ev('TICK', 'system', D('2026-08-01T00:00:00')));
    expect(where(actor)).toBe('awaitingReport.overdue');
    send(ev('OWNERS_REQUEST', 'owner', D('2026-08-03T09:00:00'), {}, 'o9'));
    expect(where(actor)).toBe('awaitingGroup.onRequest');
    // SH 28 ¶2 sets no period for forming the group on request.
    expect(actor.getSnapshot().context.deadlines['group-formation']).toBeUndefined();
    send(ev('FORM_GROUP', 'street-office', D('2026-08-20T09:00:00'), { members: RE_GROUP }));
    // The committee does not hand over by 2026-08-30: the street office may press (SH 29 ¶3).
    const pressEarly = dispatch(
      actor,
      ev('PRESS_HANDOVER', 'street-office', D('2026-08-30T09:00:00')),
    );
    expect(pressEarly.ok).toBe(false);
    send(ev('TICK', 'system', D('2026-08-31T00:00:00')));
    expect(where(actor)).toContain('records.due.overdue');
    send(ev('PRESS_HANDOVER', 'street-office', D('2026-09-01T09:00:00')));
    expect(where(actor)).toContain('records.due.pressed');
    send(ev('HAND_OVER_RECORDS', 'committee', D('2026-09-02T09:00:00')));
    expect(actor.getSnapshot().context.deadlines['records-handover']?.status).toBe('missed');
    // The term ends 2026-12-31 with no one elected: visible, the re-election goes on.
    send(ev('TICK', 'system', D('2027-01-01T00:00:00')));
    expect(where(actor)).toContain('term.expired');
    expect(isFrozen(actor.getSnapshot())).toBe(true);
    // SH-36 (十八): the 街镇 forms the stand-in; the re-election (and its freeze) goes on.
    const byGroup = dispatch(
      actor,
      ev('RECORD_STAND_IN', 're-election-group', D('2027-01-05T09:00:00'), { reference: 'si-1' }),
    );
    expect(byGroup.ok).toBe(false);
    if (!byGroup.ok) expect(byGroup.rejection.code).toBe('not-permitted');
    send(ev('RECORD_STAND_IN', 'street-office', D('2027-01-05T09:00:00'), { reference: 'si-1' }));
    expect(where(actor)).toContain('term.standIn');
    expect(isFrozen(actor.getSnapshot())).toBe(true);
  });
});
