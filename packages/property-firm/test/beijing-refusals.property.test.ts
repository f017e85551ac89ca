// Issue 18: under `beijing`, no refusal of the three firm machines (hiring, dismissal, contract
// term) cites a Shanghai article — neither in the articles the rejection names nor in its text.
// Random streams of plausible and broken events (the package's suite on @jiayuan/testing's one
// driver) go through `dispatch`; the check is @jiayuan/testing's `beijingRefusalInvariant` on
// each step's verdict, beside the catalog-wide check of beijing-citations.test.ts. BJ 35 ¶4:
// "业主委员会应当于会议召开十五日前通知全体业主". BJ 76 ¶1: "物业服务人应当自接到通知之日起三十日内履行下列交接
// 义务".
import { beijing } from '@jiayuan/core';
import { beijingRefusalInvariant } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { contractTermMachine, dismissalMachine, hiringMachine } from '../src/index.js';
import { firmProperty } from '../src/testing/index.js';
import { baseInput, hiringInput, termInput } from './support.js';

/**
 * Rules that may refuse under beijing citing nothing, because the Beijing regulation is silent
 * and the step does not exist there: the refusal says so in its text.
 */
const SILENT_IN_BEIJING: Readonly<Record<string, string>> = {};

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

const RUN = { numRuns: 60, minEvents: 10, maxEvents: 50, seed: 18 } as const;

const MACHINES = [
  ['dismissal', dismissalMachine, baseInput({ profile: beijing })],
  ['hiring', hiringMachine, hiringInput({ profile: beijing })],
  [
    'contract term',
    contractTermMachine,
    termInput('2026-09-30T16:00:00.000Z', { profile: beijing }),
  ],
] as const;

describe('under beijing, firm refusals cite no Shanghai article', { timeout: 60_000 }, () => {
  it.each(MACHINES)('%s', (_name, machine, input) => {
    const run = check.run();
    firmProperty({ ...RUN, machine, input, invariants: [run.invariant] });
    // The streams reach the rules: a property over no refusal would prove nothing.
    expect(run.seen.refusals).toBeGreaterThan(20);
  });

  it('the list of rules still breaking the property holds only those the runs saw doing so', () => {
    expect(check.missing()).toEqual([]);
  });
});
