// Scripted runs through every state and transition of each machine, recording what they reach.
import { beijing, DEFAULT_PROFILE, defineProfile } from '@jiayuan/core';
import { activeStatePaths } from '@jiayuan/testing';
import { type AnyStateMachine, createActor, type Snapshot } from 'xstate';
import { contractTermMachine, dismissalMachine, hiringMachine } from '../src/index.js';
import { samplePlan } from '../src/testing/plan.js';
import { ballot, baseInput, ev, hiringInput, send, termInput } from './support.js';

export interface ActorFixture {
  readonly states: Set<string>;
  readonly transitions: Set<string>;
  /** The persisted snapshot after every step of every run, to restore reachable states from. */
  readonly snapshots: Snapshot<unknown>[];
}

type Step = Record<string, unknown>;

/** A host's profile that does not keep the old firm serving after the end (CC 950 read off). */
const OLD_FIRM_STOPS = defineProfile({
  ...DEFAULT_PROFILE,
  id: 'walk-old-firm-stops',
  firm: {
    ...DEFAULT_PROFILE.firm,
    keepsServingUntilHandover: { value: false, cite: ['CC-950'] },
  },
});

/** After the end with no one serving: a temporary firm, then the successor. */
const unserved = (day: number): Step[] => [
  ev('REQUEST_TEMPORARY_FIRM', 'committee', D(day)),
  ev('APPOINT_TEMPORARY_FIRM', 'street-office', D(day + 1), { firmId: 't-1' }),
  ev('SUCCESSOR_TAKES_OVER', 'committee', D(day + 2), { firmId: 'new' }),
];
/** Day `day` after 2026-03-01 at `hour` in Shanghai (the walks' dates; the benches reuse them). */
export const D = (day: number, hour = 10) =>
  new Date(Date.UTC(2026, 2, 1 + day, hour - 8)).toISOString();

function run(machine: AnyStateMachine, input: object, steps: Step[], into: ActorFixture) {
  const actor = createActor(machine, {
    input,
    inspect: (e) => {
      if (e.type !== '@xstate.microstep') return;
      // Transient states (\`start\`, a final region left at once) show only in microsteps.
      const value: unknown = Reflect.get(Reflect.get(e, 'snapshot') as object, 'value');
      for (const p of activeStatePaths(value as string)) into.states.add(p);
      const ts = Reflect.get(e, '_transitions') as Array<{
        source: { id: string };
        eventType: string;
        target?: Array<{ id: string }>;
      }>;
      for (const t of ts) {
        if (!t.target) continue;
        // The source was active, even when the initial transient state is never observed.
        const source = t.source.id.split('.').slice(1).join('.');
        if (source !== '') into.states.add(source);
        into.transitions.add(
          `${t.source.id}:${t.eventType === '' ? 'always' : t.eventType}:${t.target.map((x) => x.id).join(',')}`,
        );
      }
    },
  });
  actor.start();
  const record = () => {
    for (const p of activeStatePaths(actor.getSnapshot().value)) into.states.add(p);
  };
  record();
  for (const step of steps) {
    send(actor, step);
    record();
    into.snapshots.push(actor.getPersistedSnapshot());
  }
}

/** The committee's steps for an assembly on the firm and its vote of 10 ballots, all for or against. */
export const vote = (day: number, passes: boolean, tag: string): Step[] => [
  // What the committee does before the call (SH-36 (十六), SH 25 ¶2).
  ev('REPORT_TO_PARTY_ORGANISATION', 'committee', D(day)),
  ev('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', 'committee', D(day), {
    meetingAt: D(day + 15),
    place: 'community hall',
    agenda: tag,
  }),
  ev('CALL_ASSEMBLY', 'committee', D(day), { opensAt: D(day + 15), closesAt: D(day + 20) }),
  ev('OPEN_VOTE', 'committee', D(day + 15), { voteId: tag }),
  ...[1, 2, 3, 4, 5].flatMap((n) =>
    [1, 2].map((b) =>
      ev('CAST_BALLOT', 'committee', D(day + 16), {
        ballot: ballot(
          b,
          n,
          passes ? 'agree' : 'disagree',
          D(day + 16),
          'paper',
          `${tag}-${b}-${n}`,
        ),
      }),
    ),
  ),
  ev('CLOSE_VOTE', 'committee', D(day + 21)),
];

/**
 * The first hiring run: a plan voted down and redrafted, posted, a bid, a firm voted down and
 * chosen again, the contract signed and filed (the benches time it too).
 */
export function hiringRun(): Step[] {
  const plan = samplePlan('negotiation');
  return [
    ev('DRAFT_PLAN', 'committee', D(1), { plan }),
    ...vote(1, false, 'p1'),
    ev('DRAFT_PLAN', 'committee', D(23), { plan }),
    ...vote(23, true, 'p2'),
    ev('POST_PLAN', 'committee', D(45)),
    ev('RECORD_BID', 'committee', D(46), { bid: { firmId: 'a' } }),
    ev('CHOOSE_FIRM', 'committee', D(47), { firmId: 'a' }),
    ...vote(47, false, 'f1'),
    ev('CHOOSE_FIRM', 'committee', D(69), { firmId: 'a' }),
    ...vote(69, true, 'f2'),
    ev('SIGN_CONTRACT', 'committee', D(120), {
      contractId: 'C',
      startsAt: D(130),
      endsAt: D(1200),
    }),
    ev('FILE_CONTRACT', 'property-firm', D(121), { filingRef: 'F' }),
  ];
}

/** The contract's end in the contract-term runs: 24:00 of day 200. */
export const CONTRACT_ENDS_AT = D(200, 24);

/** The first contract-term run: a renewal voted down, voted again and passed, then accepted. */
export function renewalRun(): Step[] {
  return [
    ...vote(1, false, 'r0'),
    ...vote(30, true, 'r1'),
    ev('NOTIFY_RENEWAL_DECISION', 'committee', D(52)),
    ev('ACCEPT_RENEWAL', 'property-firm', D(53), { contractId: 'C2', endsAt: D(1300) }),
  ];
}

const exitAll = (day: number, temporary: 'none' | 'requested' | 'serving'): Step[] => [
  ...['documents', 'maintenance-records', 'public-revenue-balance', 'management-premises'].map(
    (item) => ev('HAND_OVER_ITEM', 'property-firm', D(day), { item, receipt: 'R' }),
  ),
  ev('COMPLETE_HANDOVER', 'committee', D(day)),
  ...(temporary === 'none' ? [] : [ev('REQUEST_TEMPORARY_FIRM', 'committee', D(day))]),
  ...(temporary === 'serving'
    ? [ev('APPOINT_TEMPORARY_FIRM', 'street-office', D(day + 1), { firmId: 't-1' })]
    : []),
  ev('SUCCESSOR_TAKES_OVER', 'committee', D(day + 2), { firmId: 'new' }),
];

export function walk(name: string): ActorFixture {
  const f: ActorFixture = { states: new Set(), transitions: new Set(), snapshots: [] };
  if (name === 'dismissal') {
    const i = baseInput();
    const toNotice = (d: number): Step[] => [
      ev('SERVE_DISMISSAL_NOTICE', 'committee', D(d), { effectiveAt: D(d + 61) }),
      ev('TICK', 'system', D(d + 61, 12)),
    ];
    run(
      dismissalMachine,
      i,
      [
        ev('PROPOSE_DISMISSAL', 'committee', D(1)),
        ...vote(1, true, 'a'),
        ...toNotice(23),
        ...exitAll(85, 'none'),
      ],
      f,
    );
    run(
      dismissalMachine,
      i,
      [
        ev('REQUEST_INTERIM_ASSEMBLY', 'owner', D(1), { proposers: ['o-1-1', 'o-1-2'] }),
        ...vote(1, true, 'a'),
        ...toNotice(23),
        ...exitAll(85, 'requested'),
      ],
      f,
    );
    run(
      dismissalMachine,
      i,
      [
        ev('PROPOSE_DISMISSAL', 'committee', D(1)),
        ...vote(1, true, 'a'),
        ...toNotice(23),
        ...exitAll(85, 'serving'),
      ],
      f,
    );
    // Under beijing the firm hands over while the notice runs (BJ 76 ¶1).
    run(
      dismissalMachine,
      baseInput({ profile: beijing }),
      [
        ev('PROPOSE_DISMISSAL', 'committee', D(1)),
        ...vote(1, true, 'a'),
        ev('SERVE_DISMISSAL_NOTICE', 'committee', D(23), { effectiveAt: D(23 + 61) }),
        ...exitAll(30, 'none').slice(0, -1),
        ev('TICK', 'system', D(23 + 61, 12)),
        ev('SUCCESSOR_TAKES_OVER', 'committee', D(23 + 62), { firmId: 'new' }),
      ],
      f,
    );
    run(
      dismissalMachine,
      baseInput({ profile: OLD_FIRM_STOPS }),
      [
        ev('PROPOSE_DISMISSAL', 'committee', D(1)),
        ...vote(1, true, 'a'),
        ...toNotice(23),
        ev('SUCCESSOR_TAKES_OVER', 'committee', D(86), { firmId: 'new' }),
      ],
      f,
    );
    run(
      dismissalMachine,
      baseInput({ profile: OLD_FIRM_STOPS }),
      [
        ev('PROPOSE_DISMISSAL', 'committee', D(1)),
        ...vote(1, true, 'a'),
        ...toNotice(23),
        ...unserved(85),
      ],
      f,
    );
    run(
      dismissalMachine,
      i,
      [ev('PROPOSE_DISMISSAL', 'committee', D(1)), ...vote(1, false, 'a')],
      f,
    );
    run(
      dismissalMachine,
      i,
      [ev('PROPOSE_DISMISSAL', 'committee', D(1)), ev('WITHDRAW_PROPOSAL', 'committee', D(2))],
      f,
    );
  } else if (name === 'hiring') {
    run(hiringMachine, hiringInput(), hiringRun(), f);
    run(
      hiringMachine,
      hiringInput({ stage: 'early-stage' }),
      [
        ev('RECORD_BID', 'developer', D(1), { bid: { firmId: 'a', platformRef: 'P' } }),
        ev('APPROVE_NEGOTIATION', 'district-housing-bureau', D(2), { ref: 'A' }),
        ev('CHOOSE_FIRM', 'developer', D(3), { firmId: 'a' }),
        ev('SIGN_CONTRACT', 'developer', D(4), { contractId: 'C', startsAt: D(5), endsAt: D(900) }),
        ev('FILE_CONTRACT', 'property-firm', D(6), { filingRef: 'F' }),
      ],
      f,
    );
  } else {
    const i = termInput(CONTRACT_ENDS_AT);
    run(contractTermMachine, i, renewalRun(), f);
    run(
      contractTermMachine,
      i,
      [
        ...vote(1, true, 'r1'),
        ev('NOTIFY_RENEWAL_DECISION', 'committee', D(23)),
        ev('DECLINE_RENEWAL', 'property-firm', D(24)),
        ev('TICK', 'system', D(201)),
        ...exitAll(202, 'serving'),
      ],
      f,
    );
    run(
      contractTermMachine,
      i,
      [
        ev('NOTIFY_NON_RENEWAL', 'property-firm', D(10)),
        ev('TICK', 'system', D(201)),
        ...exitAll(202, 'none'),
      ],
      f,
    );
    run(
      contractTermMachine,
      i,
      [
        ev('TICK', 'system', D(201)),
        ev('END_INDEFINITE_TERM', 'committee', D(210), { effectiveAt: D(271) }),
        ev('TICK', 'system', D(272)),
        ...exitAll(273, 'requested'),
      ],
      f,
    );
    run(contractTermMachine, i, [...vote(1, true, 'r1'), ev('TICK', 'system', D(201))], f);
    // 另聘: a hiring process's vote chose another firm (SH 46 ¶1); the contract ends at expiry.
    const replaced = (day: number) =>
      ev('REPLACEMENT_DECIDED', 'system', D(day), { hiringProcessId: 'h-1', firmId: 'new' });
    run(
      contractTermMachine,
      i,
      [
        ...vote(1, false, 'r0'),
        replaced(40),
        ev('NOTIFY_REPLACEMENT_DECISION', 'committee', D(41)),
        ev('TICK', 'system', D(201)),
        ...exitAll(202, 'none'),
      ],
      f,
    );
    run(contractTermMachine, i, [replaced(40), ev('TICK', 'system', D(201))], f);
    run(
      contractTermMachine,
      termInput(CONTRACT_ENDS_AT, { profile: OLD_FIRM_STOPS }),
      [
        ev('NOTIFY_NON_RENEWAL', 'property-firm', D(10)),
        ev('TICK', 'system', D(201)),
        ev('SUCCESSOR_TAKES_OVER', 'committee', D(202), { firmId: 'new' }),
      ],
      f,
    );
    run(
      contractTermMachine,
      termInput(CONTRACT_ENDS_AT, { profile: OLD_FIRM_STOPS }),
      [
        ev('NOTIFY_NON_RENEWAL', 'property-firm', D(10)),
        ev('TICK', 'system', D(201)),
        ...unserved(202),
      ],
      f,
    );
    // Under beijing the firm hands over after the owners' notice, before expiry (BJ 76 ¶1).
    run(
      contractTermMachine,
      termInput(CONTRACT_ENDS_AT, { profile: beijing }),
      [
        replaced(40),
        ev('NOTIFY_REPLACEMENT_DECISION', 'committee', D(41)),
        ...exitAll(50, 'none').slice(0, -1),
        ev('TICK', 'system', D(201)),
        ev('SUCCESSOR_TAKES_OVER', 'committee', D(202), { firmId: 'new' }),
      ],
      f,
    );
    run(
      contractTermMachine,
      i,
      [ev('NOTIFY_NON_RENEWAL', 'property-firm', D(10)), replaced(40)],
      f,
    );
    run(
      contractTermMachine,
      i,
      [
        ...vote(1, true, 'r1'),
        ev('NOTIFY_RENEWAL_DECISION', 'committee', D(23)),
        ev('TICK', 'system', D(201)),
      ],
      f,
    );
  }
  return f;
}
