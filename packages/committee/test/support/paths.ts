// Path coverage of the committee machines with xstate/graph: a scripted event set per snapshot
// (the next useful step of each kind, with lawful payloads and times), every transition of the
// machine definition listed, and each adjacency edge mapped to the transitions it takes.

import { addMonths, type EventCatalog, localDateOf, specOf } from '@jiayuan/core';
import { pathCoverage } from '@jiayuan/testing';
import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  createActor,
  type EventObject,
} from 'xstate';
import { getAdjacencyMap, getStateNodes } from 'xstate/graph';
import { REPORT_DOCUMENTS } from '../../src/formation/rules.js';
import { DRAFTS } from '../../src/group/rules.js';
import type { ConveningRecord } from '../../src/meetings/context.js';
import { AUDIT_SCOPE } from '../../src/reelection/rules.js';
import { FILING_DOCUMENTS } from '../../src/seating/rules.js';
import type {
  Candidate,
  CurrentMeeting,
  Election,
  Group,
  Member,
  Objection,
  RemovalMotion,
} from '../../src/shared/context.js';
import { BEIJING_GROUP } from './beijing-run.js';
import { GROUP, RE_GROUP, ROLL } from './fixtures.js';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const CANDIDATES = ['o1', 'o2', 'o3', 'o4', 'o5'];

interface TransitionLike {
  readonly source: { readonly id: string };
  readonly eventType: string;
  readonly target?: ReadonlyArray<{ readonly id: string }> | undefined;
  readonly guard?: unknown;
}

function guardName(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null) {
    const params: unknown = Reflect.get(guard, 'params');
    const id: unknown =
      typeof params === 'object' && params !== null ? Reflect.get(params, 'id') : undefined;
    const type = String(Reflect.get(guard, 'type'));
    return typeof id === 'string' ? `${type}(${id})` : type;
  }
  // `and([...])`: its operands, so the event guard and the transition's own condition show.
  const operands: unknown = typeof guard === 'function' ? Reflect.get(guard, 'guards') : undefined;
  if (Array.isArray(operands)) return `and(${operands.map(guardName).join(',')})`;
  return guard === undefined ? '' : 'fn';
}

/** A transition as a readable key: `source -EVENT-> targets [guard]`. */
export function transitionKey(t: TransitionLike): string {
  const to = (t.target ?? []).map((n) => n.id).join(',') || '(self)';
  return `${t.source.id} -${t.eventType}-> ${to} [${guardName(t.guard)}]`;
}

/** Every transition of the machine definition (eventless and done ones included), sorted. */
export function definedTransitions(machine: AnyStateMachine): string[] {
  const keys = new Set<string>();
  // getStateNodes leaves out the root, whose transitions (TICK, …) count too.
  for (const node of new Set([machine.root, ...getStateNodes(machine.root)])) {
    for (const list of node.transitions.values()) for (const t of list) keys.add(transitionKey(t));
    for (const t of node.always ?? []) keys.add(transitionKey(t));
  }
  return [...keys].sort();
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Any committee context as the script reads it: the parts a machine lacks read as empty. */
interface Seen {
  readonly procedure: string;
  readonly now: string;
  readonly deadlines: Readonly<
    Record<string, { id: string; status: string; due: { dueAt: string } }>
  >;
  readonly milestones: Readonly<Record<string, string | undefined>>;
  readonly members: readonly Member[];
  readonly delivery: { readonly firstDeliveryAt: string | null };
  readonly group: Group | null;
  readonly drafts: readonly string[];
  readonly candidates: readonly Candidate[];
  readonly election: Election | null;
  readonly objections: readonly Objection[];
  readonly notice: { readonly meetingAt: string } | null;
  readonly substitutes: readonly string[];
  readonly removal: RemovalMotion | null;
  readonly meeting: CurrentMeeting | null;
  readonly officers?: { readonly chair: string | null; readonly viceChairs: readonly string[] };
  readonly convening?: ConveningRecord;
}

function seen(context: unknown): Seen {
  return {
    delivery: { firstDeliveryAt: null },
    group: null,
    drafts: [],
    candidates: [],
    election: null,
    objections: [],
    notice: null,
    substitutes: [],
    removal: null,
    meeting: null,
    ...(context as Partial<Seen>),
  } as Seen;
}

/** The day four years after `at` (Shanghai date): a term within SH 20 ¶1's three to five. */
function fourYearsOn(at: string): string {
  return addMonths(localDateOf(at), 48);
}

/** The next lawful step of each kind the committee machines know, from `snapshot`. */
export function scriptedEvents(catalog: EventCatalog) {
  return (snapshot: AnyMachineSnapshot): Record<string, unknown>[] => {
    const c = seen(snapshot.context);
    const now = Date.parse(c.now);
    const at = iso(now + MIN);
    const sender =
      c.procedure === 'formation'
        ? 'preparatory-group'
        : c.procedure === 're-election'
          ? 're-election-group'
          : 'committee';
    const out: Record<string, unknown>[] = [];
    const add = (type: string, payload: Record<string, unknown> = {}, when = at, id?: string) => {
      const spec = specOf(catalog, type);
      if (spec === undefined) return;
      const roles: readonly string[] = spec.roles;
      const role = roles.includes(sender) ? sender : (roles[0] ?? 'system');
      const raw = { type, at: when, by: { id: id ?? `${role}-1`, role }, ...payload };
      out.push(spec.schema.parse(raw) as Record<string, unknown>);
    };
    for (const d of Object.values(c.deadlines)) {
      if (d.status === 'pending')
        add('TICK', {}, iso(Math.max(now, Date.parse(d.due.dueAt)) + MIN));
    }
    add('TICK', {}, iso(now + 40 * DAY));
    add('RECORD_DELIVERY', { deliveredArea: 1_000_000, totalArea: 2_000_000 });
    if (c.delivery.firstDeliveryAt === null) {
      add('RECORD_DELIVERY', {
        deliveredArea: 0,
        totalArea: 2_000_000,
        firstDeliveryAt: iso(now - 700 * DAY),
      });
    }
    add('OWNERS_ACT_DIRECTLY', { owners: 1 });
    add('DEVELOPER_REPORT', { documents: [...REPORT_DOCUMENTS] });
    add('OWNERS_REQUEST', {}, at, 'o9');
    // BJ 30–31: the owners' application, and the street office appointing the group's leader.
    add('APPLY_TO_FORM', { applicants: { owners: 1, ofOwners: 10, area: 10_000 } }, at, 'o1');
    add('APPOINT_GROUP_LEADER');
    add('REPORT_TERM_END');
    const beijingGroup =
      (snapshot.context as { profile?: { id?: string } }).profile?.id === 'beijing';
    add('FORM_GROUP', {
      members: c.procedure !== 'formation' ? RE_GROUP : beijingGroup ? BEIJING_GROUP : GROUP,
    });
    const group = c.group;
    if (group !== null && group.trainings.length === 0) {
      add('TRAIN_GROUP', { attendees: group.members.map((m) => m.id) });
    }
    const objected = group?.memberObjections.find((o) => o.settlement === null);
    if (objected === undefined && c.drafts.length === 0) {
      add('OBJECT_TO_MEMBER', { memberId: 'g-o1', text: '异议' }, at, 'o9');
    } else if (objected !== undefined) {
      const settle = { objectionId: objected.id, answer: '答复' };
      add('SETTLE_MEMBER_OBJECTION', { ...settle, outcome: 'dismissed' });
      add('SETTLE_MEMBER_OBJECTION', {
        ...settle,
        outcome: 'upheld',
        replacement: { id: `g-o${9 + (group?.memberObjections.length ?? 0)}`, seat: 'owner' },
      });
    }
    if (c.milestones['stand-in-formed'] === undefined)
      add('RECORD_STAND_IN', { reference: 'si-1' });
    add('POST_ROSTER');
    add('CONFIRM_ROLL', { roll: ROLL });
    add('ADOPT_DRAFTS', { drafts: [...DRAFTS], seats: 5 });
    const next = CANDIDATES.find((id) => !c.candidates.some((x) => x.id === id));
    // No more candidates than seats: enough to fill them, few enough to keep the search small.
    if (next !== undefined && c.candidates.length < (c.election?.seats ?? CANDIDATES.length)) {
      add('NOMINATE', { candidateId: next }, at, next);
    }
    const unvetted = c.candidates.find((x) => x.eligible === null);
    if (unvetted !== undefined) add('VET_CANDIDATE', { candidateId: unvetted.id, grounds: [] });
    const unsigned = c.candidates.find((x) => !x.undertakingSigned);
    if (unsigned !== undefined) {
      add('SIGN_UNDERTAKING', { candidateId: unsigned.id }, at, unsigned.id);
    }
    add('REPORT_CANDIDATES');
    add('JOINT_REVIEW', { struck: [] });
    const first = c.candidates.find((x) => x.struck === undefined);
    if (first !== undefined) {
      add('JOINT_REVIEW', { struck: [{ candidateId: first.id, reason: '联审不宜' }] });
    }
    add('POST_NOTICE', { meetingAt: iso(now + 16 * DAY) });
    if (c.objections.length === 0) add('OBJECT', { text: '异议' }, at, 'o9');
    add('ANSWER_OBJECTION', { objectionId: 'objection-1', answer: '答复' });
    if (c.notice !== null) {
      const open = Math.max(now, Date.parse(c.notice.meetingAt)) + MIN;
      add('OPEN_ELECTION', { closesAt: iso(open + DAY) }, iso(open));
    }
    const round = c.election?.current;
    if (round !== null && round !== undefined) {
      const cast = Object.values(round.votes)[0]?.ballots.length ?? 0;
      const voter = `o${cast + 1}`;
      if (cast < 8) {
        add(
          'CAST_BALLOT',
          {
            ballotId: `b${c.election?.round}-${cast}`,
            unitId: `u${cast + 1}`,
            castBy: voter,
            channel: 'paper',
            approve: Object.keys(round.votes),
          },
          at,
          voter,
        );
      }
      // An empty round fails every candidate (a further round); a full one fills the seats.
      if (cast >= 8 || (cast === 0 && (c.election?.round ?? 1) === 1)) {
        add('CLOSE_ELECTION', {}, iso(Math.max(now, Date.parse(round.closesAt))));
      }
    }
    const members = c.members.map((m) => m.id);
    add('CHOOSE_OFFICERS', { chair: members[0] ?? 'o1', viceChairs: [members[1] ?? 'o2'] });
    add('POST_RESULT');
    add('FILE', {
      documents: [...FILING_DOCUMENTS],
      termEndsOn: fourYearsOn(c.milestones.elected ?? c.now),
    });
    add('COMPLETE_FILING');
    add('RECORD_GUIDANCE', { text: '指导' });
    add('ASSIST', { text: '协助' });
    add('CALL_ASSEMBLY', { topic: 'routine' });
    add('HAND_OVER_RECORDS');
    add('POST_AUDIT', { auditor: '审计所', covers: [...AUDIT_SCOPE] });
    const member = c.members[0]?.id;
    // Endings are offered outside an election's progress only, to keep the search small.
    if (member !== undefined && c.candidates.length === 0) {
      add('MEMBERSHIP_ENDS', { memberId: member, ground: 'resigned' });
      add('PROPOSE_REMOVAL', {
        memberId: member,
        ground: 'unable-to-serve',
        closesAt: iso(now + 2 * MIN + 60 * MIN),
      });
    }
    const motion = c.removal?.vote;
    if (motion !== undefined) {
      const cast = motion.ballots.length;
      if (cast < 6) {
        const voter = `o${cast + 1}`;
        add(
          'REMOVAL_BALLOT',
          {
            ballotId: `r${cast}`,
            unitId: `u${cast + 1}`,
            castBy: voter,
            channel: 'paper',
            choice: 'agree',
          },
          at,
          voter,
        );
      }
      if (cast === 0 || cast >= 6) {
        add('CLOSE_REMOVAL_VOTE', {}, iso(Math.max(now, Date.parse(motion.closesAt))));
      }
    }
    const departed = Object.values(c.deadlines).find(
      (d) => d.id.startsWith('member-handover:') && d.status === 'pending',
    );
    if (departed !== undefined) {
      add('MEMBER_HANDS_OVER', { memberId: departed.id.slice('member-handover:'.length) });
    }
    if (
      Object.values(c.deadlines).some(
        (d) => d.id.startsWith('change-filing:') && d.status === 'pending',
      )
    ) {
      add('FILE_CHANGE');
    }
    add('START_BY_ELECTION');
    add('DECIDE_EARLY_RE_ELECTION', { reason: 'cannot-function' });
    add('RECORD_MEETING', { attended: c.members.map((m) => m.id) });
    add('TICK', {}, iso(now + 200 * DAY));
    const everyone = c.members.map((m) => m.id);
    add('CALL_MEETING', { kind: 'regular', proposers: [] });
    add('CALL_MEETING', { kind: 'interim', proposers: everyone.slice(0, 2) });
    add('HOLD_MEETING', { attended: everyone.slice(0, 3) });
    const decided = c.meeting?.decisions.length ?? 0;
    if (decided < 2) {
      add('DECIDE', { decisionId: `d${decided}`, consenting: everyone.slice(0, 3 - decided) });
    }
    add('POST_DECISION', { decisionId: 'd0' });
    add('CLOSE_MEETING');
    const chair = c.officers?.chair ?? null;
    const officers = chair === null ? [] : [chair, ...(c.officers?.viceChairs ?? [])];
    add('PROPOSE_INTERIM_MEETING', { proposers: everyone.slice(2, 4) });
    const silent = officers.find((o) => !c.convening?.refusals.some((r) => r.officerId === o));
    if (silent !== undefined) add('REFUSE_TO_CONVENE', { officerId: silent, how: 'refused' });
    add('REQUEST_CONVENER', { reference: 'request-1' }, at, 'o9');
    add('DESIGNATE_CONVENER', {
      memberId: everyone.find((m) => !officers.includes(m)) ?? 'o3',
    });
    // The committee's standing duties (CMTG-3): agenda notice, seals, secretary, reception, three-party meeting.
    add('NOTIFY_AGENDA_TO_RESIDENTS_COMMITTEE', { agenda: '年度预算' });
    add('KEEP_SEAL', { seal: 'committee-seal', memberId: everyone[0] ?? 'o1' });
    add('APPOINT_SECRETARY', { personId: 'secretary-1' });
    add('HOLD_RECEPTION_DAY');
    add('ATTEND_THREE_PARTY_MEETING');
    add('PRESS_HANDOVER');
    add('AUTHORITY_HANDOVER');
    return out;
  };
}

/**
 * Identity of a snapshot for the search: state value and the progress within it (deadline
 * statuses and milestones are left out: the state value shows what they decide).
 */
export function progressKey(snapshot: AnyMachineSnapshot): string {
  const c = seen(snapshot.context);
  const value = JSON.stringify(snapshot.value);
  if (snapshot.status === 'done') return value;
  const electing = value.includes('assembly') || value.includes('byElection');
  const membership = [
    (c.group?.trainings.length ?? 0) > 0,
    c.group?.memberObjections.some((o) => o.settlement === null) ?? false,
    c.members.length,
    c.substitutes.length,
    c.removal?.vote.ballots.length ?? null,
    c.meeting?.decisions.length ?? null,
    c.convening && [
      c.convening.proposal !== null,
      c.convening.refusals.length,
      c.convening.ownersRequest !== null,
    ],
    Object.values(c.deadlines).some(
      (d) => d.id.startsWith('member-handover:') && d.status === 'pending',
    ),
    // BJ 31 ¶2: the leader appointed, its 30 days to convene the group running.
    c.deadlines['group-convening']?.status === 'pending',
  ];
  if (!electing) {
    return JSON.stringify([snapshot.value, c.delivery.firstDeliveryAt !== null, membership]);
  }
  const round = c.election?.current;
  return JSON.stringify([
    snapshot.value,
    c.candidates.map((x) => [x.eligible, x.undertakingSigned, x.struck !== undefined]),
    c.election && [Math.min(c.election.round, 2), c.election.elected.length],
    round ? (Object.values(round.votes)[0]?.ballots.length ?? 0) : null,
    c.objections.map((o) => o.answer !== null),
    c.notice !== null,
    membership,
  ]);
}

/** Options of {@link exploreMachine}. */
export interface ExploreOptions {
  readonly input: unknown;
  /** The scripted next steps from a snapshot. */
  readonly events: (snapshot: AnyMachineSnapshot) => EventObject[];
  /** Identity of a snapshot for the search. */
  readonly serializeState: (snapshot: AnyMachineSnapshot) => string;
  readonly limit: number;
}

/**
 * States reached, and transitions taken, exploring `machine` with xstate/graph: each adjacency
 * edge is replayed on an actor restored from its start, so every transition of the step is seen
 * (eventless, done and root ones included).
 */
export function exploreMachine(machine: AnyStateMachine, options: ExploreOptions) {
  const coverage = pathCoverage(machine, options);
  const adjacency = getAdjacencyMap(machine, options);
  const taken = new Set<string>();
  for (const { state, transitions } of Object.values(adjacency)) {
    const edges = Object.values(transitions) as Array<{
      readonly event: EventObject;
      readonly state: AnyMachineSnapshot;
    }>;
    for (const { event, state: next } of edges) {
      if (next === state || state.status !== 'active') continue;
      const actor = createActor(machine, {
        input: options.input,
        snapshot: machine.getPersistedSnapshot(state),
        inspect: (e) => {
          if (e.type !== '@xstate.microstep') return;
          for (const t of e._transitions) taken.add(transitionKey(t));
        },
      });
      actor.start();
      actor.send(event);
      actor.stop();
    }
  }
  return { coverage, taken };
}

/** States reached, and transitions taken, exploring a committee machine from `input`. */
export function exploreCommitteeMachine(
  machine: AnyStateMachine,
  catalog: EventCatalog,
  input: unknown,
) {
  return exploreMachine(machine, {
    input,
    events: scriptedEvents(catalog) as ExploreOptions['events'],
    serializeState: progressKey,
    limit: 200_000,
  });
}
