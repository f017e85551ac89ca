// The owners' committee re-election from @jiayuan/committee, driven to and through its election.
// Re-election reaches the election in four steps (report, group, roll, seats) where formation
// needs six, so the page runs it; the election inside is the same state config in both.
import { type ReElectionContext, reElectionMachine } from '@jiayuan/committee';
import { bilingual, catalogOf, type Roll } from '@jiayuan/core';
import { type EventInputs, type Helper, HOUR, later, type Scenario, sender } from './scenario.js';

const DAY = 24 * HOUR;
const catalog = catalogOf(reElectionMachine)!;

/** Seats of the sample committee: the small size, lawful for a complex of 10,000 m² or less. */
export const SAMPLE_SEATS = 3;

/** A lawful Shanghai re-election group: 3 owners, street office (leader), residents' committee. */
const GROUP = [
  { id: 'g-o1', seat: 'owner' },
  { id: 'g-o2', seat: 'owner' },
  { id: 'g-o3', seat: 'owner' },
  { id: 'g-street', seat: 'street', leader: true },
  { id: 'g-rc', seat: 'residents-committee' },
];

function context(value: unknown): ReElectionContext {
  return value as ReElectionContext;
}

function ev(
  type: string,
  at: string,
  payload: Record<string, unknown> = {},
  by = sender(catalog, type),
): Record<string, unknown> {
  return { type, at, by, ...payload };
}

const owner = (id: string) => ({ id, role: 'owner' });

/** The candidates on the current ballot, in nomination order. */
function onBallot(c: ReElectionContext): string[] {
  return Object.keys(c.election?.current?.votes ?? {});
}

/** The units that have not voted in the current round. */
function unitsYetToVote(c: ReElectionContext, roll: Roll): string[] {
  const first = Object.values(c.election?.current?.votes ?? {})[0];
  const voted = new Set(first?.ballots.map((b) => b.unitId) ?? []);
  return roll.units.map((u) => u.id).filter((id) => !voted.has(id));
}

/** One ballot for `unitId`, cast by its first owner, approving `approve`. */
function ballot(roll: Roll, unitId: string, at: string, serial: string, approve: string[]) {
  const castBy = roll.units.find((u) => u.id === unitId)?.owners[0] ?? 'nobody';
  return ev(
    'CAST_BALLOT',
    at,
    { ballotId: `ballot-${serial}`, unitId, castBy, channel: 'paper', approve },
    owner(castBy),
  );
}

function build(type: string, at: string, { roll, serial, context: value }: EventInputs) {
  const c = context(value);
  const candidates = c.candidates;
  switch (type) {
    case 'REPORT_TERM_END':
      return ev(type, at);
    case 'FORM_GROUP':
      return ev(type, at, { members: GROUP });
    case 'CONFIRM_ROLL':
      return ev(type, at, { roll });
    case 'ADOPT_DRAFTS':
      return ev(type, at, { drafts: [], seats: SAMPLE_SEATS });
    case 'NOMINATE': {
      // The next owner on the roll not yet nominated, nominating themselves.
      const id = roll.owners.find((o) => !candidates.some((x) => x.id === o.id))?.id ?? 'o1';
      return ev(type, at, { candidateId: id }, owner(id));
    }
    case 'SIGN_UNDERTAKING': {
      const id = candidates.find((x) => !x.undertakingSigned)?.id ?? candidates[0]?.id ?? 'o1';
      return ev(type, at, { candidateId: id }, owner(id));
    }
    case 'VET_CANDIDATE': {
      const id = candidates.find((x) => x.eligible === null)?.id ?? candidates[0]?.id ?? 'o1';
      return ev(type, at, { candidateId: id, grounds: [] });
    }
    case 'JOINT_REVIEW':
      return ev(type, at, { struck: [] });
    case 'POST_NOTICE':
      // SH 16 ¶2: posted at least 15 days before the meeting; the page proposes 16.
      return ev(type, at, { meetingAt: later(at, 16 * DAY) });
    case 'OBJECT':
      return ev(type, at, { text: '候选人信息不全' }, owner(roll.owners.at(-1)?.id ?? 'o1'));
    case 'ANSWER_OBJECTION': {
      const open = c.objections.find((o) => o.answer === null);
      return ev(type, at, { objectionId: open?.id ?? 'objection-1', answer: '已补充公告' });
    }
    case 'OPEN_ELECTION': {
      // Voting opens at the meeting, not before it.
      const meetingAt = c.notice?.meetingAt;
      const opens =
        meetingAt !== undefined && Date.parse(meetingAt) > Date.parse(at)
          ? new Date(Date.parse(meetingAt)).toISOString()
          : at;
      return ev(type, opens, { closesAt: later(opens, 8 * HOUR) });
    }
    case 'CAST_BALLOT': {
      const unitId = unitsYetToVote(c, roll)[0] ?? roll.units[0]?.id ?? 'u1';
      const seats = c.election?.current?.seats ?? SAMPLE_SEATS;
      return ballot(roll, unitId, at, String(serial), onBallot(c).slice(0, seats));
    }
    case 'CALL_ASSEMBLY':
      return ev(type, at, { topic: 'routine' });
    default:
      return ev(type, at);
  }
}

/** Dispatches the four steps before the election, dated, so a person starts at nomination. */
const fastForward: Helper = {
  id: 'fast-forward',
  title: bilingual(
    '快进到选举（报告、组建小组、确认名册、确定名额）',
    'Fast-forward to the election',
  ),
  available: (allowed) => allowed.includes('REPORT_TERM_END'),
  events: (_context, roll, now) => [
    ev('REPORT_TERM_END', later(now, DAY)),
    ev('FORM_GROUP', later(now, 7 * DAY), { members: GROUP }),
    ev('CONFIRM_ROLL', later(now, 8 * DAY), { roll }),
    ev('ADOPT_DRAFTS', later(now, 9 * DAY), { drafts: [], seats: SAMPLE_SEATS }),
  ],
};

/**
 * Casts ballots for all but one of the units yet to vote: each approves the first seats
 * candidates, except the last, which approves the next candidate in place of the last seat.
 */
const sampleBallots: Helper = {
  id: 'sample-ballots',
  title: bilingual('投出示例选票', 'Cast sample ballots'),
  available: (allowed) => allowed.includes('CAST_BALLOT'),
  events(value, roll, now) {
    const c = context(value);
    const names = onBallot(c);
    const seats = c.election?.current?.seats ?? SAMPLE_SEATS;
    const units = unitsYetToVote(c, roll);
    const voters = units.slice(0, Math.max(1, units.length - 1));
    return voters.map((unitId, i) => {
      const last = i === voters.length - 1 && names.length > seats;
      const approve = last
        ? [...names.slice(0, seats - 1), ...names.slice(seats, seats + 1)]
        : names.slice(0, seats);
      return ballot(roll, unitId, later(now, (i + 1) * 60_000), `sample-${unitId}`, approve);
    });
  },
};

/** The committee re-election scenario (Shanghai profile). */
export const committeeScenario: Scenario = {
  id: 'committeeReElection',
  title: bilingual('业主委员会换届选举', "Owners' committee re-election"),
  machine: reElectionMachine,
  catalog,
  editPayloads: true,
  helpers: [fastForward, sampleBallots],
  input: (roll, now) => ({
    procedure: 're-election',
    complexId: roll.complexId,
    // Areas are in 0.01 m²: the complex's floor area is the sum of its units' registered areas.
    floorArea: roll.units.reduce((sum, u) => sum + (u.areas.register ?? 0), 0),
    startAt: now,
    termEndsOn: '2026-12-31',
    members: roll.owners.slice(0, SAMPLE_SEATS).map((o) => o.id),
  }),
  event: build,
  tallies(value) {
    const election = context(value).election;
    const round = election?.current ?? election?.past.at(-1);
    if (round == null) return [];
    return Object.entries(round.votes).map(([id, vote]) => ({
      id,
      label: bilingual(`候选人 ${id}`, `Candidate ${id}`),
      vote,
    }));
  },
  result(value) {
    const c = context(value);
    const election = c.election;
    if (election === null || election.elected.length < election.seats) return null;
    return bilingual(
      `当选委员：${election.elected.join('、')}`,
      `Elected members: ${election.elected.join(', ')}`,
    );
  },
};
