import {
  type Ballot,
  type BallotIssueCode,
  buildElectorate,
  type Check,
  type Choice,
  castBallot,
  civilCodeRule,
  type Electorate,
  type Profile,
  parseArea,
  parseRoll,
  safeParseRoll,
  shanghai,
  TallyCounter,
  type TallyResult,
  tally,
  type VotingRule,
  votingRuleFor,
} from '@jiayuan/core';
import { describe, expectTypeOf, it } from 'vitest';

describe('public API types', () => {
  it('parses rolls into typed data or typed issues', () => {
    expectTypeOf(parseRoll).parameter(0).toEqualTypeOf<unknown>();
    const r = safeParseRoll({});
    if (r.success)
      expectTypeOf(r.roll.units[0]!.areas.register).toEqualTypeOf<number | undefined>();
    else expectTypeOf(r.issues[0]!.path).toEqualTypeOf<string>();
  });

  it('tally takes an electorate, typed ballots and a rule, and returns four checks', () => {
    expectTypeOf(tally).parameters.toEqualTypeOf<
      [Electorate, readonly Ballot[], VotingRule, import('@jiayuan/core').TallyOptions?]
    >();
    expectTypeOf<TallyResult['checks']>().toEqualTypeOf<readonly [Check, Check, Check, Check]>();
    expectTypeOf<keyof TallyResult['counts']>().toEqualTypeOf<Choice>();
    const bad: Ballot = {
      id: 'b',
      unitId: 'u',
      castBy: 'o',
      // @ts-expect-error a ballot's choice is one of four words, not any string
      choice: 'yes',
      channel: 'paper',
      at: '',
    };
    expectTypeOf(bad).toEqualTypeOf<Ballot>();
  });

  it('the counter narrows its outcome on ok', () => {
    const c = new TallyCounter(buildElectorate(parseRoll({})), civilCodeRule('elect-committee'));
    const out = c.submit({});
    if (out.ok) expectTypeOf(out.effect).toEqualTypeOf<'counted' | 'replaced' | 'superseded'>();
    else expectTypeOf(out.issue.code).toEqualTypeOf<BallotIssueCode>();
  });

  it('profiles give voting rules only for known matter kinds', () => {
    expectTypeOf(votingRuleFor).parameter(0).toEqualTypeOf<Profile>();
    expectTypeOf(votingRuleFor(shanghai, 'hire-dismiss-firm')).toEqualTypeOf<VotingRule>();
    // @ts-expect-error not a matter of CC 278 ¶1
    votingRuleFor(shanghai, 'buy-a-boat');
  });

  it('areas are numbers from text, and vote records come back from castBallot', () => {
    expectTypeOf(parseArea).toEqualTypeOf<(text: string) => number>();
    expectTypeOf(castBallot).returns.toHaveProperty('vote');
  });
});
