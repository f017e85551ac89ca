// Issue 18: under `beijing`, no refusal of the assembly's catalogs (the meeting and the three fund
// machines) cites a Shanghai article — neither in the articles the rejection names nor in its
// text. Random streams of plausible and broken events (the package's suites on
// @jiayuan/testing's one driver) go through `dispatch`; the check is an invariant on each step's
// verdict. A refusal that cites nothing at all fails too, unless the Beijing text is silent and
// the message says so, or the rule is on the (shrinking) list of those not yet cited to a
// Beijing article. BJ 35 ¶2: "经百分之二十以上业主提议，业主委员会应当组织召开业主大会临时会议".
import {
  beijing,
  CITATIONS,
  type CitationId,
  type DispatchResult,
  type Rejection,
} from '@jiayuan/core';
import type { Invariant } from '@jiayuan/testing';
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

const START = '2026-05-06T08:00:00+08:00';
const RUN = { numRuns: 100, minEvents: 10, maxEvents: 40, seed: 18 } as const;

const MACHINES = [
  [
    'meeting (regular)',
    (seen: Seen) =>
      assemblyProperty({
        ...RUN,
        input: meetingInput({ kind: 'regular', profile: beijing }),
        invariants: [citesBeijingOnly(seen)],
      }),
  ],
  [
    'meeting (interim)',
    (seen: Seen) =>
      assemblyProperty({
        ...RUN,
        input: meetingInput({ kind: 'interim', profile: beijing }),
        invariants: [citesBeijingOnly(seen)],
      }),
  ],
  [
    'fund use',
    (seen: Seen) =>
      fundUseProperty({
        ...RUN,
        input: {
          useId: 'u',
          complexId: 'c',
          startedAt: START,
          stage: 'assembly',
          profile: beijing,
        },
        invariants: [citesBeijingOnly(seen)],
      }),
  ],
  [
    'fund emergency',
    (seen: Seen) =>
      fundEmergencyProperty({
        ...RUN,
        input: {
          repairId: 'r',
          complexId: 'c',
          startedAt: START,
          assemblyFormed: true,
          profile: beijing,
        },
        invariants: [citesBeijingOnly(seen)],
      }),
  ],
  [
    'fund re-raise',
    (seen: Seen) =>
      fundReRaiseProperty({
        ...RUN,
        input: {
          fundId: 'f',
          complexId: 'c',
          firstCollectionFen: 300_000_001,
          startedAt: START,
          profile: beijing,
        },
        invariants: [citesBeijingOnly(seen)],
      }),
  ],
] as const;

/** The listed rules the runs saw still citing Shanghai, over all machines. */
const listedSeen = new Set<string>();

describe('under beijing, refusals cite no Shanghai article', { timeout: 60_000 }, () => {
  it.each(MACHINES)('%s', (_name, fuzz) => {
    const seen = newSeen();
    fuzz(seen);
    // The streams reach the rules: a property over no refusal would prove nothing.
    expect(seen.refusals).toBeGreaterThan(20);
    for (const id of seen.listed.keys()) listedSeen.add(id);
  });

  it('the list of rules still citing Shanghai holds only those the runs saw doing so', () => {
    expect([...listedSeen].sort()).toEqual(Object.keys(STILL_SHANGHAI).sort());
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
