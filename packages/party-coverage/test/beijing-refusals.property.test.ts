// Issue 18: under `beijing`, no refusal of the party-coverage catalog cites a Shanghai article —
// neither in the articles the rejection names nor in its text. Random streams of plausible and
// broken events (the package's suite on @jiayuan/testing's one driver) go through `dispatch`;
// the check is an invariant on each step's verdict. A refusal that cites nothing at all fails
// too, unless the Beijing text is silent and the message says so. BJ 3 ¶2: "推动在物业服务企业中
// 建立党组织".
import {
  beijing,
  CITATIONS,
  type CitationId,
  type DispatchResult,
  type Rejection,
  shanghai,
} from '@jiayuan/core';
import type { Invariant } from '@jiayuan/testing';
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
 * Shanghai's own texts: the laws the shanghai profile follows and beijing does not (SH, its
 * later rules, Jing'an's JA). The party's national documents (党章, 支部工作条例, MOHURD 2020
 * No. 10) are followed by no profile's `laws` and bind under every one, so they may be cited.
 */
const SHANGHAI_LAWS = new Set<string>(
  shanghai.laws.filter((law) => !(beijing.laws as readonly string[]).includes(law)),
);

/** The articles a rejection cites from Shanghai's own texts (or from no known text). */
function foreign(r: Rejection): string[] {
  const ids = r.rule?.citations ?? [];
  return ids.filter((id) => {
    const law = CITATIONS[id as CitationId]?.law;
    return law === undefined || SHANGHAI_LAWS.has(law);
  });
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

/** The listed rules the runs saw still citing Shanghai, over all units. */
const listedSeen = new Set<string>();

describe('under beijing, coverage refusals cite no Shanghai article', { timeout: 60_000 }, () => {
  it.each(UNITS)('%s', (_name, unit) => {
    const seen = newSeen();
    coverageProperty({
      ...RUN,
      input: input({ ...unit, profile: beijing }),
      invariants: [citesBeijingOnly(seen)],
    });
    // The streams reach the rules: a property over no refusal would prove nothing.
    expect(seen.refusals).toBeGreaterThan(20);
    for (const id of seen.listed.keys()) listedSeen.add(id);
  });

  it('the list of rules still citing Shanghai holds only those the runs saw doing so', () => {
    expect([...listedSeen].sort()).toEqual(Object.keys(STILL_SHANGHAI).sort());
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
