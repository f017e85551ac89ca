// The re-election machine owns its rules (principle 8), the shared election's, the group's and
// the seating's included: its transitions are guarded by its catalog, xstate's own API refuses
// what the catalog forbids in every state of a whole re-election, a host's provided rule changes
// what `dispatch` says, and another procedure's input does not start it.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { reElectionEvents } from '../src/reelection/catalog.js';
import { isFrozen } from '../src/reelection/freeze.js';
import { reElectionMachine } from '../src/reelection/machine.js';
import { CommitteeInputError } from '../src/shared/input.js';
import { ev, FORMATION_INPUT, RE_ELECTION_INPUT, RE_GROUP, where } from './support/fixtures.js';
import { checkForbiddenRoles, expectFullCoverage, type Sampled } from './support/owned.js';
import { samplePayload } from './support/payloads.js';
import { reElectionRun } from './support/reelection-run.js';

const D = (s: string) => `${s}+08:00`;

function drive(events: readonly Record<string, unknown>[], machine = reElectionMachine) {
  const actor = createActor(machine, { input: RE_ELECTION_INPUT }).start();
  for (const e of events) {
    const r = dispatch(actor, e);
    if (!r.ok) throw new Error(`${String(e.type)}: ${JSON.stringify(r.rejection.message.en)}`);
  }
  return actor;
}

/** The run's prefix up to and including its `nth` event of `type`. */
function upTo(type: string, nth = 1): Record<string, unknown>[] {
  const run = reElectionRun();
  let seen = 0;
  const index = run.findIndex((e) => e.type === type && ++seen === nth);
  if (index < 0) throw new Error(`no ${type} in the run`);
  return run.slice(0, index + 1);
}

/** Every state of a whole dated re-election, and the side states its deadlines open. */
function states(): Sampled[] {
  const run = reElectionRun();
  const sampled: Sampled[] = run.map((_, i) => ({
    name: `after step ${i}`,
    actor: drive(run.slice(0, i)),
  }));
  const late = [
    ev('TICK', 'system', D('2026-08-01T00:00:00')),
    ev('OWNERS_REQUEST', 'owner', D('2026-08-03T09:00:00'), {}, 'o9'),
    ev('FORM_GROUP', 'street-office', D('2026-08-20T09:00:00'), { members: RE_GROUP }),
    ev('TICK', 'system', D('2026-08-31T00:00:00')),
  ];
  const expired = [...late, ev('TICK', 'system', D('2027-01-01T00:00:00'))];
  const extra: [string, Record<string, unknown>[]][] = [
    ['report overdue', late.slice(0, 1)],
    ['records overdue', late],
    ['term expired', expired],
    [
      'stand-in',
      [
        ...expired,
        ev('RECORD_STAND_IN', 'street-office', D('2027-01-05T09:00:00'), { reference: 'si-1' }),
      ],
    ],
    ['meeting day', [...upTo('ANSWER_OBJECTION'), ev('TICK', 'system', D('2026-11-04T09:00:00'))]],
    ['voting closing', [...upTo('CAST_BALLOT', 8), ev('TICK', 'system', D('2026-11-08T16:59:30'))]],
  ];
  for (const [name, events] of extra) sampled.push({ name, actor: drive(events) });
  return sampled;
}

describe('the re-election machine owns its rules', () => {
  it('guards every external transition with its event guard and applies its actions', () => {
    expectFullCoverage(reElectionMachine, reElectionEvents);
  });

  it('refuses every role the catalog does not permit on actor.send and snapshot.can', {
    timeout: 180_000,
  }, () => {
    checkForbiddenRoles({
      catalog: reElectionEvents,
      states: states(),
      payload: samplePayload,
      numRuns: 500,
    });
  });

  it('runs the whole dated re-election to completion', () => {
    const actor = drive(reElectionRun());
    expect(where(actor)).toBe('completed');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it("follows a host's provided rule guard through dispatch (SH 28 ¶4, the freeze)", () => {
    // Formed, no assembly called yet.
    const grouped = upTo('FORM_GROUP').filter((e) => e.type !== 'CALL_ASSEMBLY');
    const firmVote = ev('CALL_ASSEMBLY', 'committee', D('2026-08-15T09:00:00'), {
      topic: 'hire-dismiss-firm',
    });
    // Shipped: under the freeze a firm vote is refused, with the article.
    const shipped = drive(grouped);
    expect(isFrozen(shipped.getSnapshot())).toBe(true);
    const refused = dispatch(shipped, firmVote);
    expect(!refused.ok && refused.rejection.rule).toEqual({ id: 'freeze', citations: ['SH-28-4'] });
    // A host that does not freeze firm votes: taken.
    const relaxed = reElectionMachine.provide({ guards: { freeze: () => true } });
    const actor = drive(grouped, relaxed);
    expect(dispatch(actor, firmVote).ok).toBe(true);
    expect(actor.getSnapshot().context.assemblies.at(-1)?.topic).toBe('hire-dismiss-firm');
    // A stricter host freezes even routine assemblies, naming the rule.
    const strict = reElectionMachine.provide({ guards: { freeze: () => false } });
    const routine = ev('CALL_ASSEMBLY', 'committee', D('2026-08-15T09:00:00'), {
      topic: 'routine',
    });
    const strictRefusal = dispatch(drive(grouped, strict), routine);
    expect(!strictRefusal.ok && strictRefusal.rejection.rule?.id).toBe('freeze');
  });

  it('refuses to start from an input meant for another procedure, with a code', () => {
    const actor = createActor(reElectionMachine, { input: FORMATION_INPUT as never });
    actor.subscribe({ error: () => {} });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    const error = actor.getSnapshot().error as CommitteeInputError;
    expect(error).toBeInstanceOf(CommitteeInputError);
    expect(error.code).toBe('wrong-procedure');
    expect(error.procedure).toBe('re-election');
  });
});
