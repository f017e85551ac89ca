// Issue 18: under `beijing`, no refusal of the committee's catalogs cites a Shanghai article —
// neither in the articles the rejection names nor in its text. Random streams of plausible and
// broken events (the committee's suites on @jiayuan/testing's one driver) go through `dispatch`
// in every machine; the check is @jiayuan/testing's `beijingRefusalInvariant` on each step's
// verdict. A refusal that cites nothing at all fails too, unless the Beijing text is silent and the
// message says so, or the rule is on the (shrinking) list of those still breaking the property.
import { beijing } from '@jiayuan/core';
import { beijingRefusalInvariant, type Invariant } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { formationMachine } from '../src/formation/machine.js';
import { meetingsMachine } from '../src/meetings/machine.js';
import { membershipMachine } from '../src/membership/machine.js';
import { reElectionMachine } from '../src/reelection/machine.js';
import { standInProperty } from '../src/testing/stand-in.js';
import { committeeProperty } from '../src/testing/suite.js';
import { BEIJING_FORMATION_INPUT } from './support/beijing-run.js';
import { MEETINGS_INPUT, MEMBERSHIP_INPUT, RE_ELECTION_INPUT } from './support/fixtures.js';
import { BJ_INPUT } from './support/stand-in-fixtures.js';

/**
 * Rules that may refuse under beijing citing nothing, because the Beijing regulation is silent
 * and the step does not exist there: the refusal says so in its text.
 */
const SILENT_IN_BEIJING: Readonly<Record<string, string>> = {
  // The regulation has no 秘书: the step is refused as "未规定业委会秘书" (SH 84 is Shanghai's pilot).
  'secretary-chosen': 'provide no committee secretary',
  // The Beijing group has no third-party organisation (Jing'an's JA-2-2-2 provides one).
  'facilitator-allowed': 'does not provide for a third-party organisation',
  // BJ 45 ¶5: the street office orders the officers to convene, then convenes itself; it does not
  // designate another member as SH 26 ¶4 does.
  'designation-grounds': 'provide no designation of another member',
  // No period for a departing member's hand-over (SH 30's ten days are Shanghai's).
  'handover-pending': "set no period for a departing member's hand-over",
  // BJ 30: the developer may apply; there is no developer's report (SH 14) to check.
  'report-documents': "set no developer's report",
};

/**
 * Rules that still break the property under beijing, with the reason. This list only shrinks: a
 * rule on it that no run sees breaking the property fails the test, and a rule not on it that
 * breaks the property fails the run.
 */
const STILL_SHANGHAI: Readonly<Record<string, string>> = {};

const check = beijingRefusalInvariant({
  laws: beijing.laws,
  silent: SILENT_IN_BEIJING,
  stillListed: STILL_SHANGHAI,
});

const RUN = { numRuns: 60, maxEvents: 60, seed: 18 } as const;

const MACHINES = [
  [
    'formation',
    (invariant: Invariant<never>) =>
      committeeProperty(formationMachine, {
        ...RUN,
        input: BEIJING_FORMATION_INPUT,
        invariants: [invariant],
      }),
  ],
  [
    're-election',
    (invariant: Invariant<never>) =>
      committeeProperty(reElectionMachine, {
        ...RUN,
        input: { ...RE_ELECTION_INPUT, profile: beijing },
        invariants: [invariant],
      }),
  ],
  [
    'membership',
    (invariant: Invariant<never>) =>
      committeeProperty(membershipMachine, {
        ...RUN,
        input: { ...MEMBERSHIP_INPUT, profile: beijing },
        invariants: [invariant],
      }),
  ],
  [
    'meetings',
    (invariant: Invariant<never>) =>
      committeeProperty(meetingsMachine, {
        ...RUN,
        input: { ...MEETINGS_INPUT, profile: beijing },
        invariants: [invariant],
      }),
  ],
  [
    'stand-in',
    (invariant: Invariant<never>) =>
      standInProperty({ ...RUN, input: BJ_INPUT, invariants: [invariant] }),
  ],
] as const;

describe('under beijing, refusals cite no Shanghai article', { timeout: 120_000 }, () => {
  it.each(MACHINES)('%s', (_name, fuzz) => {
    const run = check.run();
    fuzz(run.invariant);
    // The streams reach the rules: a property over no refusal would prove nothing.
    expect(run.seen.refusals).toBeGreaterThan(20);
  });

  it('the list of rules still breaking the property holds only those the runs saw doing so', () => {
    expect(check.missing()).toEqual([]);
  });
});
