// Issue 18: under `beijing`, no refusal of the assembly's catalogs (the meeting and the three fund
// machines) cites a Shanghai article — neither in the articles the rejection names nor in its
// text. Random streams of plausible and broken events (the package's suites on
// @jiayuan/testing's one driver) go through `dispatch`; the check is @jiayuan/testing's
// `beijingRefusalInvariant` on each step's verdict. A refusal that cites nothing at all fails
// too, unless the Beijing text is silent and the message says so, or the rule is on the
// (shrinking) list of those still breaking the property.
// BJ 35 ¶2: "经百分之二十以上业主提议，业主委员会应当组织召开业主大会临时会议".
import { beijing, type DispatchResult } from '@jiayuan/core';
import { beijingRefusalInvariant, type Invariant, SHANGHAI_TEXT } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { fundEmergencyMachine } from '../src/index.js';
import {
  assemblyProperty,
  fundEmergencyProperty,
  fundReRaiseProperty,
  fundUseProperty,
} from '../src/testing/index.js';
import { harness } from './fund/support.js';
import { meetingInput } from './meeting/support.js';

/**
 * Rules that may refuse under beijing citing nothing, because the Beijing regulation is silent
 * and the step does not exist there: the refusal says so in its text.
 */
const SILENT_IN_BEIJING: Readonly<Record<string, string>> = {
  // SH 69's decisions by a part's owners: no Beijing article; the roll's parts decide.
  'agenda-parts':
    'The texts the Beijing profile follows are silent on decisions by the owners of one part',
};

/**
 * Rules that still cite a Shanghai article under beijing, with the reason. This list only
 * shrinks: a rule on it that no run reaches, or that no longer breaks the property, fails the
 * test, and a rule not on it that breaks the property fails the run.
 */
const STILL_SHANGHAI: Readonly<Record<string, string>> = {};

const check = beijingRefusalInvariant({
  laws: beijing.laws,
  silent: SILENT_IN_BEIJING,
  stillListed: STILL_SHANGHAI,
});

const START = '2026-05-06T08:00:00+08:00';
const RUN = { numRuns: 100, minEvents: 10, maxEvents: 40, seed: 18 } as const;

/**
 * The meeting's refusals the runs must meet, each at least once over the two meetings' runs: a
 * property over refusals the streams never reach would prove nothing about them.
 */
const MEETING_RULES = [
  'interim-only',
  'proposal-units',
  'interim-proposers',
  'order-once',
  'caller-may-call',
  'voting-window',
  'assembly-notice',
  'agenda-parts',
  'election-items',
  'authorities-notified',
  'voting-opens',
  'ballot-sender',
  'sheet-valid',
  'close-after-window',
  'transfer-from-register',
] as const;

/** What the meeting's runs met: rules that refused, states reached, sheet-valid's issue codes. */
const met = { rules: new Set<string>(), states: new Set<string>(), sheetIssues: new Set<string>() };

/** Records sheet-valid's issue codes (`details.issue`) as the steps go. */
const sheetIssues: Invariant<never> = {
  name: 'records the sheet refusals',
  check(_snapshot, _previous, step) {
    const r = step.result as DispatchResult | undefined;
    if (r !== undefined && !r.ok && r.rejection.rule?.id === 'sheet-valid') {
      met.sheetIssues.add(String(r.rejection.details?.issue));
    }
    return true;
  },
};

const meeting = (kind: 'regular' | 'interim') => (invariant: Invariant<never>) => {
  const stats = assemblyProperty({
    ...RUN,
    input: meetingInput({ kind, profile: beijing }),
    invariants: [invariant, sheetIssues],
  });
  for (const id of stats.rules) met.rules.add(id);
  for (const state of stats.states) met.states.add(state);
  return stats;
};

const MACHINES = [
  ['meeting (regular)', meeting('regular')],
  ['meeting (interim)', meeting('interim')],
  [
    'fund use',
    (invariant: Invariant<never>) =>
      fundUseProperty({
        ...RUN,
        input: {
          useId: 'u',
          complexId: 'c',
          startedAt: START,
          stage: 'assembly',
          profile: beijing,
        },
        invariants: [invariant],
      }),
  ],
  [
    'fund emergency',
    (invariant: Invariant<never>) =>
      fundEmergencyProperty({
        ...RUN,
        input: {
          repairId: 'r',
          complexId: 'c',
          startedAt: START,
          assemblyFormed: true,
          profile: beijing,
        },
        invariants: [invariant],
      }),
  ],
  [
    'fund re-raise',
    (invariant: Invariant<never>) =>
      fundReRaiseProperty({
        ...RUN,
        input: {
          fundId: 'f',
          complexId: 'c',
          firstCollectionFen: 300_000_001,
          startedAt: START,
          profile: beijing,
        },
        invariants: [invariant],
      }),
  ],
] as const;

describe('under beijing, refusals cite no Shanghai article', { timeout: 60_000 }, () => {
  it.each(MACHINES)('%s', (_name, fuzz) => {
    const run = check.run();
    fuzz(run.invariant);
    // The streams reach the rules: a property over no refusal would prove nothing.
    expect(run.seen.refusals).toBeGreaterThan(20);
  });

  it('the list of rules still citing Shanghai holds only those the runs saw doing so', () => {
    expect(check.missing()).toEqual([]);
  });

  // The meeting's runs go through the call, the opening, sheets and the count, and meet each of
  // its main refusals; sheets are refused for matter items and for election items alike.
  it('the meeting’s runs reach the count and meet each of its main refusals', () => {
    expect([...met.states].sort()).toEqual(
      expect.arrayContaining(['counted', 'decided', 'noticed', 'preparing', 'voting']),
    );
    expect(MEETING_RULES.filter((id) => !met.rules.has(id))).toEqual([]);
    expect([...met.sheetIssues]).toEqual(
      expect.arrayContaining(['item-refused', 'unknown-item', 'answer-mismatch']),
    );
    const election = ['too-many-candidates', 'unknown-candidate', 'candidate-twice'];
    expect(election.filter((code) => met.sheetIssues.has(code))).not.toEqual([]);
  });
});

// BJ 88 ¶2: "排除安全风险隐患需要使用专项维修资金的，按照本市相关规定办理": the profile's entry for the
// emergency route and for the (absent) duty of immediate measures.
describe('the emergency route under beijing cites the profile’s articles, not SH 73', () => {
  const start = (profile?: typeof beijing) =>
    harness(fundEmergencyMachine, {
      repairId: 'r1',
      complexId: 'c1',
      startedAt: START,
      assemblyFormed: true,
      ...(profile === undefined ? {} : { profile }),
    });
  const at = '2026-05-06T10:00:00+08:00';
  const report = { kind: 'lift-stopped', plan: 'p', estimateFen: 100, evidence: 'e' };
  const measures = { measures: 'm', evidence: 'e' };

  it('listed-emergency: CC 281 ¶2 and BJ 88 ¶2', { timeout: 30_000 }, () => {
    const r = start(beijing).send('REPORT_EMERGENCY', 'property-firm', at, report);
    expect(!r.ok && r.rejection.rule).toEqual({
      id: 'listed-emergency',
      citations: ['CC-281-2', 'BJ-88-2'],
    });
  });

  it('measures-duty: BJ 88 ¶2, and the text names no Shanghai article', { timeout: 30_000 }, () => {
    const r = start(beijing).send('TAKE_MEASURES', 'property-firm', at, measures);
    expect(!r.ok && r.rejection.rule).toEqual({ id: 'measures-duty', citations: ['BJ-88-2'] });
    expect(!r.ok && r.rejection.message.en).not.toMatch(SHANGHAI_TEXT);
    expect(!r.ok && r.rejection.message['zh-CN']).not.toMatch(SHANGHAI_TEXT);
  });
});
