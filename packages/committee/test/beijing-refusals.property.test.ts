// Issue 18: under `beijing`, no refusal of the committee's catalogs cites a Shanghai article —
// neither in the articles the rejection names nor in its text. Random streams of plausible and
// broken events (the committee's suites on @jiayuan/testing's one driver) go through `dispatch`
// in every machine; the check is an invariant on each step's verdict.
import {
  beijing,
  CITATIONS,
  type CitationId,
  type DispatchResult,
  type Rejection,
} from '@jiayuan/core';
import type { Invariant } from '@jiayuan/testing';
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

const BEIJING_LAWS = new Set<string>(beijing.laws);

/** The articles a rejection cites that belong to no law the beijing profile follows. */
function foreign(r: Rejection): string[] {
  const ids = r.rule?.citations ?? [];
  return ids.filter((id) => !BEIJING_LAWS.has(CITATIONS[id as CitationId]?.law ?? 'unknown'));
}

/** A Shanghai article named in a message's text (an id such as SH-16-1, or 上海). */
const SHANGHAI_TEXT = /\bSH-\d|上海|Shanghai/;

/** The invariant, counting the rule refusals it read in `seen`. */
function citesBeijingOnly(seen: { refusals: number }): Invariant<never> {
  return {
    name: 'a refusal cites no Shanghai article',
    check(_snapshot, _previous, step) {
      const result = step.result as DispatchResult | undefined;
      if (result === undefined || result.ok || result.rejection.code !== 'rule-violated') {
        return true;
      }
      seen.refusals += 1;
      const r = result.rejection;
      const cited = foreign(r);
      if (cited.length > 0) return `cites ${cited.join(', ')}: ${JSON.stringify(r)}`;
      if (SHANGHAI_TEXT.test(r.message.en) || SHANGHAI_TEXT.test(r.message['zh-CN'])) {
        return `names Shanghai: ${r.message.en} / ${r.message['zh-CN']}`;
      }
      return true;
    },
  };
}

const RUN = { numRuns: 60, maxEvents: 60, seed: 18 } as const;

const MACHINES = [
  [
    'formation',
    (seen: { refusals: number }) =>
      committeeProperty(formationMachine, {
        ...RUN,
        input: BEIJING_FORMATION_INPUT,
        invariants: [citesBeijingOnly(seen)],
      }),
  ],
  [
    're-election',
    (seen: { refusals: number }) =>
      committeeProperty(reElectionMachine, {
        ...RUN,
        input: { ...RE_ELECTION_INPUT, profile: beijing },
        invariants: [citesBeijingOnly(seen)],
      }),
  ],
  [
    'membership',
    (seen: { refusals: number }) =>
      committeeProperty(membershipMachine, {
        ...RUN,
        input: { ...MEMBERSHIP_INPUT, profile: beijing },
        invariants: [citesBeijingOnly(seen)],
      }),
  ],
  [
    'meetings',
    (seen: { refusals: number }) =>
      committeeProperty(meetingsMachine, {
        ...RUN,
        input: { ...MEETINGS_INPUT, profile: beijing },
        invariants: [citesBeijingOnly(seen)],
      }),
  ],
  [
    'stand-in',
    (seen: { refusals: number }) =>
      standInProperty({ ...RUN, input: BJ_INPUT, invariants: [citesBeijingOnly(seen)] }),
  ],
] as const;

describe('under beijing, refusals cite no Shanghai article', { timeout: 120_000 }, () => {
  it.each(MACHINES)('%s', (_name, fuzz) => {
    const seen = { refusals: 0 };
    fuzz(seen);
    // The streams reach the rules: a property over no refusal would prove nothing.
    expect(seen.refusals).toBeGreaterThan(20);
  });
});
