// Issue 18: under `beijing`, no refusal of the party-coverage catalog cites a Shanghai article —
// neither in the articles the rejection names nor in its text. Random streams of plausible and
// broken events (the package's suite on @jiayuan/testing's one driver) go through `dispatch`;
// the check is @jiayuan/testing's `beijingRefusalInvariant` on each step's verdict. A refusal that
// cites nothing at all fails too, unless the Beijing text is silent and the message says so.
// BJ 3 ¶2: "推动在物业服务企业中建立党组织".
import { beijing, type DispatchResult } from '@jiayuan/core';
import { beijingRefusalInvariant } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { coverageProperty } from '../src/testing/index.js';
import { census, day, input, start } from './support.js';

/**
 * Rules that may refuse under beijing citing nothing, because the Beijing regulation is silent
 * and the step does not exist there: the refusal says so in its text.
 */
const SILENT_IN_BEIJING: Readonly<Record<string, string>> = {
  // The regulation has no party work group (JA 2.2.1 is Jing'an's): the profile cites nothing.
  'work-group-allowed': 'has no party work groups',
};

/**
 * Rules that still cite a Shanghai article under beijing, with the reason. This list only
 * shrinks: a rule on it that no run sees breaking the property fails the test, and a rule not on
 * it that breaks the property fails the run.
 */
const STILL_SHANGHAI: Readonly<Record<string, string>> = {};

/**
 * The party's national documents (党章, 支部工作条例, MOHURD 2020 No. 10) are followed by no
 * profile's `laws` and bind under every one, so they may be cited; Shanghai's own texts (SH, its
 * later rules, Jing'an's JA) may not.
 */
const PARTY_LAWS = ['党章', '支部工作条例', 'MOHURD-2020-10'] as const;

const check = beijingRefusalInvariant({
  laws: beijing.laws,
  lawsAllowed: PARTY_LAWS,
  silent: SILENT_IN_BEIJING,
  stillListed: STILL_SHANGHAI,
});

const RUN = { numRuns: 120, seed: 18 } as const;

const UNITS = [
  ['owners committee, no members', { kind: 'owners-committee' }],
  [
    'owners committee, 3 members',
    { kind: 'owners-committee', census: { headcount: 7, full: 3, probationary: 0 } },
  ],
  [
    'firm project, 2 members',
    { unitId: 'p1', kind: 'firm-project', census: { headcount: 30, full: 2, probationary: 1 } },
  ],
] as const;

describe('under beijing, coverage refusals cite no Shanghai article', { timeout: 60_000 }, () => {
  it.each(UNITS)('%s', (_name, unit) => {
    const run = check.run();
    coverageProperty({
      ...RUN,
      input: input({ ...unit, profile: beijing }),
      invariants: [run.invariant],
    });
    // The streams reach the rules: a property over no refusal would prove nothing.
    expect(run.seen.refusals).toBeGreaterThan(20);
  });

  it('the list of rules still citing Shanghai holds only those the runs saw doing so', () => {
    expect(check.missing()).toEqual([]);
  });
});

// BJ 3 ¶2: "推动在物业服务企业中建立党组织": the profile's entry for firm party building. 党章 30: "企业、
// 农村、机关、……和其他基层单位，凡是有正式党员三人以上的，都应当成立党的基层组织".
describe('the rules that cited Jing’an’s notice cite the profile’s articles under beijing', () => {
  const rule = (r: DispatchResult) => (r.ok ? null : r.rejection.rule);

  it('firm-project-only on an owners’ committee: BJ 3 ¶2, not JA 2.3', { timeout: 30_000 }, () => {
    const h = start({ profile: beijing });
    const r = h.send('ALLIANCE_JOINED', 'street-party-committee', day(1), { allianceId: 'a1' });
    expect(rule(r)).toEqual({ id: 'firm-project-only', citations: ['BJ-3-2'] });
  });

  it('must-build-own-branch at 3 full members (2 may join): 党章 30 alone', {
    timeout: 30_000,
  }, () => {
    const join = { jointBranchId: 'j', units: ['u1', 'u2'] };
    const h = start({ profile: beijing, ...census(3) });
    const r = h.send('JOIN_JOINT_BRANCH', 'higher-party-organisation', day(1), join);
    expect(rule(r)).toEqual({ id: 'must-build-own-branch', citations: ['PARTY-CONST-30'] });
    const two = start({ profile: beijing, ...census(2) });
    expect(two.send('JOIN_JOINT_BRANCH', 'higher-party-organisation', day(1), join).ok).toBe(true);
  });
});
