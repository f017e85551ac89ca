// Issue 18: under `beijing`, no refusal of the committee's catalogs cites a Shanghai article —
// neither in the articles the rejection names nor in its text. Random streams of plausible and
// broken events (the committee's own generators) go through `dispatch` in every machine.
import { beijing, CITATIONS, type CitationId, dispatch, type Rejection } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, createActor } from 'xstate';
import { formationEvents } from '../src/formation/catalog.js';
import { formationMachine } from '../src/formation/machine.js';
import { meetingsEvents } from '../src/meetings/catalog.js';
import { meetingsMachine } from '../src/meetings/machine.js';
import { membershipEvents } from '../src/membership/catalog.js';
import { membershipMachine } from '../src/membership/machine.js';
import { reElectionEvents } from '../src/reelection/catalog.js';
import { reElectionMachine } from '../src/reelection/machine.js';
import { standInEvents } from '../src/stand-in/catalog.js';
import { standInMachine } from '../src/stand-in/machine.js';
import { randomCommitteeInput } from '../src/testing/generator.js';
import { randomStandInInput } from '../src/testing/stand-in.js';
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

const MACHINES = [
  ['formation', formationMachine, formationEvents, BEIJING_FORMATION_INPUT, randomCommitteeInput],
  [
    're-election',
    reElectionMachine,
    reElectionEvents,
    { ...RE_ELECTION_INPUT, profile: beijing },
    randomCommitteeInput,
  ],
  [
    'membership',
    membershipMachine,
    membershipEvents,
    { ...MEMBERSHIP_INPUT, profile: beijing },
    randomCommitteeInput,
  ],
  [
    'meetings',
    meetingsMachine,
    meetingsEvents,
    { ...MEETINGS_INPUT, profile: beijing },
    randomCommitteeInput,
  ],
  ['stand-in', standInMachine, standInEvents, BJ_INPUT, randomStandInInput],
] as const;

describe('under beijing, refusals cite no Shanghai article', { timeout: 120_000 }, () => {
  it.each(MACHINES)('%s', (_name, machine, catalog, input, next) => {
    let refusals = 0;
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), (seeds) => {
        const actor = createActor(machine as AnyStateMachine, { input }).start();
        for (const seed of seeds) {
          const sent = next(actor.getSnapshot(), catalog, seed);
          const r = dispatch(actor, sent, { catalog });
          if (r.ok || r.rejection.code !== 'rule-violated') continue;
          refusals += 1;
          expect(foreign(r.rejection), JSON.stringify(r.rejection)).toEqual([]);
          expect(r.rejection.message.en).not.toMatch(SHANGHAI_TEXT);
          expect(r.rejection.message['zh-CN']).not.toMatch(SHANGHAI_TEXT);
        }
        actor.stop();
      }),
      { numRuns: 60 },
    );
    // The streams reach the rules: a property over no refusal would prove nothing.
    expect(refusals).toBeGreaterThan(20);
  });
});
