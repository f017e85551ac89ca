// Issue 18: under `beijing`, no refusal of the three firm machines (hiring, dismissal, contract
// term) cites a Shanghai article — neither in the articles the rejection names nor in its text.
// Random streams of plausible and broken events (the package's suite on @jiayuan/testing's one
// driver) go through `dispatch`; the check is an invariant on each step's verdict, beside the
// catalog-wide check of beijing-citations.test.ts. BJ 35 ¶4: "业主委员会应当于会议召开十五日前通知全体
// 业主".
import {
  beijing,
  CITATIONS,
  type CitationId,
  type DispatchResult,
  type Rejection,
} from '@jiayuan/core';
import type { Invariant } from '@jiayuan/testing';
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
const STILL_SHANGHAI: Readonly<Record<string, string>> = {
  // Cites BJ 76 alone, but its text explains the start of the period "(as SH 50)".
  'handover-open': 'the English text names SH 50 beside BJ 76 ¶1',
};

const BEIJING_LAWS = new Set<string>(beijing.laws);

/** The articles a rejection cites that belong to no law the beijing profile follows. */
function foreign(r: Rejection): string[] {
  const ids = r.rule?.citations ?? [];
  return ids.filter((id) => !BEIJING_LAWS.has(CITATIONS[id as CitationId]?.law ?? 'unknown'));
}

/** A Shanghai article named in a message's text (an id such as SH-16-1, or 上海). */
const SHANGHAI_TEXT = /\bSH-\d|上海|Shanghai/;

/** What a run saw: the rule refusals, and the listed rules that still cite Shanghai. */
interface Seen {
  refusals: number;
  readonly listed: Map<string, string>;
}

const newSeen = (): Seen => ({ refusals: 0, listed: new Map() });

/** Why a rule refusal breaks the property, or `null` when it keeps it. */
function fault(r: Rejection): string | null {
  const cited = foreign(r);
  if (cited.length > 0) return `cites ${cited.join(', ')}`;
  const id = r.rule?.id ?? '?';
  if ((r.rule?.citations ?? []).length === 0 && id !== 'guard') {
    const says = SILENT_IN_BEIJING[id];
    if (says === undefined) return 'cites nothing';
    if (!r.message.en.includes(says)) return 'cites nothing and does not say the text is silent';
  }
  if (SHANGHAI_TEXT.test(r.message.en) || SHANGHAI_TEXT.test(r.message['zh-CN'])) {
    return 'names Shanghai in its text';
  }
  return null;
}

/**
 * The invariant, counting the rule refusals it read in `seen`: a refusal that breaks the property
 * fails the run unless its rule is on {@link STILL_SHANGHAI}, where it is recorded.
 */
function citesBeijingOnly(seen: Seen): Invariant<never> {
  return {
    name: 'a refusal cites no Shanghai article',
    check(_snapshot, _previous, step) {
      const result = step.result as DispatchResult | undefined;
      if (result === undefined || result.ok || result.rejection.code !== 'rule-violated') {
        return true;
      }
      seen.refusals += 1;
      const r = result.rejection;
      const why = fault(r);
      if (why === null) return true;
      const id = r.rule?.id ?? '?';
      if (Object.hasOwn(STILL_SHANGHAI, id)) {
        seen.listed.set(id, why);
        return true;
      }
      return `${id} ${why}: ${JSON.stringify(r)}`;
    },
  };
}

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

/** The listed rules the runs saw still breaking the property, over all machines. */
const listedSeen = new Set<string>();

describe('under beijing, firm refusals cite no Shanghai article', { timeout: 60_000 }, () => {
  it.each(MACHINES)('%s', (_name, machine, input) => {
    const seen = newSeen();
    firmProperty({ ...RUN, machine, input, invariants: [citesBeijingOnly(seen)] });
    // The streams reach the rules: a property over no refusal would prove nothing.
    expect(seen.refusals).toBeGreaterThan(20);
    for (const id of seen.listed.keys()) listedSeen.add(id);
  });

  it('the list of rules still breaking the property holds only those the runs saw doing so', () => {
    expect([...listedSeen].sort()).toEqual(Object.keys(STILL_SHANGHAI).sort());
  });
});
