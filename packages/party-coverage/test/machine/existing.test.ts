import { PROFILES } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  CoverageInputError,
  CoverageInputSchema,
  coverageMachine,
  type ExistingForm,
} from '../../src/index.js';
import { census, day, input, leaf, start, T0 } from '../support.js';

const SINCE = '2023-05-10T10:00:00+08:00';
const existing = (o: Partial<ExistingForm> & Pick<ExistingForm, 'form'>): ExistingForm => ({
  since: SINCE,
  by: 'street-party-committee-1',
  ...o,
});
const issueOf = (o: Parameters<typeof input>[0]): string => {
  const r = CoverageInputSchema.safeParse(input(o));
  return r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
};

describe('starting with an existing form (migration), checked against the census', () => {
  it('an existing branch with three full members: branch state, record since then, term running', () => {
    const h = start({ ...census(3), existing: existing({ form: 'branch', branchId: 'b-7' }) });
    expect(leaf(h)).toBe(JSON.stringify({ open: { branch: 'secretary' } }));
    const c = h.actor.getSnapshot().context;
    expect(c.coverage).toEqual({ organisational: true, work: true, form: 'branch', since: SINCE });
    // Its leadership is not known until the branch's next election is recorded.
    expect(c.branch).toEqual({
      id: 'b-7',
      approvedAt: SINCE,
      by: 'street-party-committee-1',
      leadership: null,
    });
    expect(c.history).toEqual([
      { at: SINCE, by: 'street-party-committee-1', from: null, to: 'branch' },
    ]);
    // Community branch term: 5 years from the approval.
    expect(c.deadlines['branch-term']?.due.lastDay).toBe('2028-05-10');
    expect(h.emitted.map((e) => e.type)).not.toContain('form-required');
    expect(h.emitted.map((e) => e.type)).not.toContain('coverage-changed');
  });

  it('refuses a branch below three full members, with the source', () => {
    expect(
      issueOf({ ...census(2, 5), existing: existing({ form: 'branch', branchId: 'b' }) }),
    ).toBe(
      'existing: a branch needs at least 3 full party members (PARTY-CONST-30); the census has 2',
    );
    expect(issueOf({ ...census(3), existing: existing({ form: 'branch' }) })).toContain('branchId');
    const actor = createActor(coverageMachine, {
      input: input({ ...census(0), existing: existing({ form: 'branch', branchId: 'b' }) }),
    });
    let error: unknown;
    actor.subscribe({ error: (e) => (error = e) });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    expect(String(error)).toContain('at least 3 full party members');
    expect(error).toBeInstanceOf(CoverageInputError);
    expect((error as CoverageInputError).code).toBe('invalid-coverage-input');
    expect((error as CoverageInputError).issues).toEqual([
      {
        path: 'existing',
        message: 'a branch needs at least 3 full party members (PARTY-CONST-30); the census has 0',
      },
    ]);
    // In Chinese too: 以上 includes the bound.
    expect((error as CoverageInputError).messages['zh-CN']).toContain(
      'existing: 成立党支部须有正式党员3名以上（PARTY-CONST-30）；普查为0名',
    );
    expect((error as CoverageInputError).fields).toEqual(['existing']);
  });

  it('a joint branch: at most five units including this one, with members', () => {
    const jb = (units: string[]) =>
      existing({ form: 'joint-branch', jointBranch: { id: 'j', units } });
    expect(issueOf({ ...census(1), existing: jb(['u1', 'u2', 'u3', 'u4', 'u5']) })).toBe('');
    expect(issueOf({ ...census(1), existing: jb(['u1', 'u2', 'u3', 'u4', 'u5', 'u6']) })).toContain(
      'at most 5 units',
    );
    expect(issueOf({ ...census(1), existing: jb(['u2', 'u3']) })).toContain('do not include');
    expect(issueOf({ ...census(0), existing: jb(['u1', 'u2']) })).toContain('needs party members');
  });

  it('a joint-branch unit that now has three full members is told a branch is due (应建尽建)', () => {
    const h = start({
      ...census(3),
      existing: existing({ form: 'joint-branch', jointBranch: { id: 'j', units: ['u1', 'u2'] } }),
    });
    expect(leaf(h)).toBe(JSON.stringify({ open: 'branchDue' }));
    expect(h.emitted.find((e) => e.type === 'form-required')).toMatchObject({
      need: 'branch',
      form: 'joint-branch',
    });
  });

  it('a work group only where the profile has them; an instructor with members calls for more', () => {
    expect(
      issueOf({
        ...census(1),
        profile: PROFILES.national,
        existing: existing({ form: 'work-group' }),
      }),
    ).toContain('no party work groups');
    expect(issueOf({ ...census(0), existing: existing({ form: 'work-group' }) })).toContain(
      'needs party members',
    );
    const h = start({ ...census(0, 1), existing: existing({ form: 'instructor' }) });
    expect(leaf(h)).toBe(JSON.stringify({ open: 'organisationDue' }));
    expect(h.actor.getSnapshot().context.coverage).toMatchObject({
      work: true,
      organisational: false,
    });
  });

  it('refuses a form established after the start', () => {
    expect(
      issueOf({ ...census(0), existing: existing({ form: 'instructor', since: day(1) }) }),
    ).toContain(`is after startedAt ${T0}`);
  });

  it('persists and restores', () => {
    const h = start({ ...census(3), existing: existing({ form: 'branch', branchId: 'b' }) });
    const json = JSON.parse(JSON.stringify(h.actor.getPersistedSnapshot()));
    const r = createActor(coverageMachine, { snapshot: json, input: input() }).start();
    expect(JSON.parse(JSON.stringify(r.getPersistedSnapshot()))).toEqual(json);
  });
});
