// The assembly meeting's random payloads, read from the snapshot an event goes to: a run gets
// through the call, the opening, sheets and the count, with odd payloads now and then for each
// rule to refuse. Each payload decides its parts with `facet`, from one drawn number.
import { addDays, localDateOf } from '@jiayuan/core';
import { fromSnapshot } from '@jiayuan/testing';
import fc from 'fast-check';
import type { AnyMachineSnapshot } from 'xstate';
import type { AgendaItem } from '../ballot/agenda.js';
import type { SheetAnswer } from '../ballot/election.js';
import type { AssemblyContext } from '../meeting/context.js';
import { firstOpeningDay, noticeMet } from '../meeting/notice.js';
import { facet } from './facet.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The meeting's context in a snapshot. */
export const ctx = (s: AnyMachineSnapshot) => s.context as AssemblyContext;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * `n` mixed with the meeting's clock and what it recorded: a run draws few payloads per type and
 * sends them again, and a payload sent again after the meeting moved is another one (another
 * unit, window or flaw), not the same refusal over and over.
 */
function vary(s: AnyMachineSnapshot, n: number): number {
  const c = ctx(s);
  const moved = (c.ballots?.sheets.length ?? 0) + (c.proposal?.units.length ?? 0);
  return (n ^ facet(Math.floor(Date.parse(c.now) / 1000) + moved * 7919, 99, 0x7fffffff)) >>> 0;
}

/** `day` (Asia/Shanghai) at `time` local, as an instant at +08:00. */
const at = (day: string, time: string) => `${day}T${time}+08:00`;

/** The first day the profile's notice lets voting open when the meeting is called now. */
const firstDay = (c: AssemblyContext) =>
  firstOpeningDay(c.now, c.profile.voting.meetingNotice.period);

/**
 * The meeting day the committee tells the housing office and the residents' committee (SH 25
 * ¶2): four to twelve days after the first day the notice allows if called now, at 09:00.
 */
export function noticedMeetingAt(s: AnyMachineSnapshot, n: number): string {
  return at(addDays(firstDay(ctx(s)), 4 + facet(n, 1, 9)), '09:00:00');
}

/**
 * When the call opens voting: mostly on the day told to the authorities (or a few days after the
 * first day the notice allows); one call in sixteen on the first day the notice allows if called
 * the day of the meeting's last act (met exactly when called that day, one day short when
 * later), and one in sixteen on the day before it (always short), for assembly-notice.
 */
function opening(c: AssemblyContext, n: number): string {
  const first = firstDay(c);
  const told = c.preCall.writtenNotice?.meetingAt;
  switch (facet(n, 2, 16)) {
    case 0:
      return at(addDays(first, -1), '09:00:00');
    case 1:
      return at(first, '09:00:00');
    case 2:
    case 3:
    case 4:
      return at(addDays(first, 4 + facet(n, 3, 9)), '09:00:00');
    default:
      // The day told to the authorities while the notice can still reach it, else a later one.
      return told !== undefined && noticeMet(c.now, told, c.profile.voting.meetingNotice.period)
        ? told
        : at(addDays(first, 4 + facet(n, 3, 9)), '09:00:00');
  }
}

/**
 * When voting closes: five to nine or fourteen to twenty-four days after it opens, at 17:00; now
 * and then a second after it
 * opens (the shortest window), at the very instant it opens or a day before (voting-window).
 */
function closing(c: AssemblyContext, n: number): string {
  const opens = Date.parse(opening(c, n));
  switch (facet(n, 4, 24)) {
    case 0:
      return iso(opens);
    case 1:
      return iso(opens - DAY);
    case 2:
      return iso(opens + 1000);
    default: {
      // Half the windows short, half long enough for most owners to answer.
      const days = facet(n, 5, 2) === 0 ? 5 + facet(n, 6, 5) : 14 + facet(n, 6, 11);
      return at(localDateOf(iso(opens + days * DAY)), '17:00:00');
    }
  }
}

const CANDIDATES = ['c1', 'c2', 'c3', 'c4'] as const;

// An election of one to three seats among three or four candidates; one in twelve unsound for
// election-items (no seat, more seats than candidates, a candidate listed twice).
function election(n: number): AgendaItem {
  const standing = CANDIDATES.slice(0, 3 + facet(n, 10, 2));
  let seats = 1 + facet(n, 11, 3);
  let ids: string[] = [...standing];
  if (facet(n, 12, 12) === 0) {
    const flaw = facet(n, 13, 3);
    if (flaw === 0) seats = 0;
    if (flaw === 1) seats = standing.length + 1;
    if (flaw === 2) ids = [...standing, standing[0] as string];
  }
  return {
    id: 'members',
    kind: 'elect-committee',
    title: '补选委员',
    election: { seats, candidates: ids.map((id) => ({ id, name: `候选人${id}` })) },
  };
}

/**
 * A random agenda over the roll's parts: the statute, a version of the rules of procedure, a use
 * of common parts and an election, each now and then, and a fund item for some of the parts;
 * one agenda in twenty names a part that does not exist (agenda-parts).
 */
export function agenda(s: AnyMachineSnapshot, n: number): AgendaItem[] {
  const parts = [...new Set(ctx(s).roll.units.flatMap((u) => u.parts))];
  const items: AgendaItem[] = [];
  if (facet(n, 20, 2) === 0) {
    items.push({ id: 'statute', kind: 'management-statute', title: '管理规约' });
  }
  if (facet(n, 21, 3) === 0) {
    // A version of the rules of procedure (a repeated or failed number is for the host's record
    // to refuse, not the meeting).
    const v = facet(n, 22, 3);
    items.push({
      id: 'rop',
      kind: 'rules-of-procedure',
      title: '议事规则',
      proposed: {
        version: 1 + v,
        text: { reference: `rop-${v}` },
        settings: { electronicVoting: facet(n, 23, 2) === 0, mergeUnitsSharingCoOwners: v === 0 },
      },
    });
  }
  if (facet(n, 24, 2) === 0) {
    items.push({ id: 'facade', kind: 'change-use-common-parts', title: '外墙广告' });
  }
  if (facet(n, 25, 3) !== 0) items.push(election(n));
  parts.forEach((part, i) => {
    if (facet(n, 30 + i, 2) === 0) {
      items.push({ id: `fund-${part}`, kind: 'use-maintenance-fund', title: '维修', part });
    }
  });
  if (facet(n, 26, 20) === 0) {
    items.push({ id: 'ghost', kind: 'other-major', title: 'x', part: 'no-such-part' });
  }
  if (items.length === 0)
    items.push({ id: 'facade', kind: 'change-use-common-parts', title: '外墙广告' });
  return items;
}

/** CALL_ASSEMBLY's payload: the window and the agenda, decided together by one drawn number. */
export const callPayload: fc.Arbitrary<object> = fc.nat().chain((n) =>
  fc.record({
    place: fc.constantFrom('会所', '小区广场'),
    form: fc.constantFrom('written-consultation', 'collective-discussion'),
    opensAt: fromSnapshot((s) => opening(ctx(s), vary(s, n))),
    closesAt: fromSnapshot((s) => closing(ctx(s), vary(s, n))),
    items: fromSnapshot((s) => agenda(s, vary(s, n))),
  }),
);

// A valid answer to an item: mostly agree for a matter; for an election, mostly the first
// candidates as listed, within the seats (now and then from another one, with one opposed), or
// abstain — so that counts now and then elect.
function answer(item: AgendaItem, k: number, i: number, round: number | null): SheetAnswer {
  const e = item.election;
  if (e === undefined) {
    const choices = ['agree', 'agree', 'agree', 'disagree', 'abstain', 'spoilt'] as const;
    return choices[facet(k, 50 + i, choices.length)]!;
  }
  const ids = e.candidates.map((c) => c.id);
  if (round !== null) {
    // Each owner approves as many candidates as seats, starting from the one their unit's place
    // names: the candidates' support comes out even, or nearly, and ties for the last seat occur.
    const from = round % ids.length;
    return { approve: [...ids.slice(from), ...ids.slice(0, from)].slice(0, e.seats) };
  }
  const from = facet(k, 60 + i, 4) === 0 ? facet(k, 61 + i, ids.length) : 0;
  const rotated = [...ids.slice(from), ...ids.slice(0, from)];
  if (facet(k, 70 + i, 10) === 0) return 'abstain';
  const chosen = rotated.slice(0, e.seats - facet(k, 80 + i, Math.max(1, e.seats)));
  const against = rotated.slice(chosen.length, chosen.length + facet(k, 90 + i, 2));
  return against.length === 0 ? { approve: chosen } : { approve: chosen, oppose: against };
}

/** What is wrong with a flawed sheet: one thing, each refused by sheet-valid, coded. */
const FLAWS = [
  'stranger',
  'seller',
  'electronic',
  'before-open',
  'at-close',
  'unknown-item',
  'same-id',
  'mismatch',
  'too-many',
  'not-standing',
  'twice',
  'outside-part',
] as const;

// An answer that breaks the election item `item` (or, for a matter, names candidates).
function wrongAnswer(item: AgendaItem, flaw: (typeof FLAWS)[number]): SheetAnswer {
  const e = item.election;
  if (e === undefined || flaw === 'mismatch')
    return e === undefined ? { approve: ['c1'] } : 'agree';
  const ids = e.candidates.map((c) => c.id);
  if (flaw === 'too-many') return { approve: [...ids, 'c9'].slice(0, e.seats + 1) };
  if (flaw === 'not-standing') return { approve: ['c9'] };
  return { approve: [ids[0]!], oppose: [ids[0]!] };
}

/**
 * While voting, fewer than two-thirds of the units have answered: no item has its quorum yet
 * (CC 278 ¶2: two-thirds of the owners by head and by area; a part's item counts its own units,
 * so this reads the whole roll, the widest electorate).
 */
export function shortOfQuorum(c: AssemblyContext): boolean {
  const b = c.ballots;
  if (b === null || c.decision !== null) return false;
  const answered = new Set(b.sheets.map((x) => x.unitId)).size;
  return 3 * answered < 2 * c.roll.units.length;
}

/**
 * A sheet for a unit of the roll (mostly one not answered yet) by one of its owners, on paper
 * (or door to door), dated inside
 * the window from the meeting's clock (now and then at its very opening or its last second),
 * answering some of the items — those of a part only for its units, an election item always
 * while the quorum is short; in one meeting in four the owners choose candidates by rota. One
 * sheet in four (in eight while the quorum is short) has one
 * flaw (see `FLAWS`): cast by a stranger or by the seller of a unit sold, electronic, dated a
 * second before the opening or at the close (already late), answering an item not on the
 * agenda, reusing an id, answering an item the wrong way, naming more candidates than seats, one
 * not standing or one twice, or answering a part's item for a unit outside it.
 */
export function sheet(s: AnyMachineSnapshot, n: number) {
  const c = ctx(s);
  const cast = c.ballots?.sheets ?? [];
  const k = vary(s, n);
  const units = c.roll.units;
  // Until two-thirds of the units answered (no item can have its quorum before, CC 278 ¶2) a
  // sheet is flawed one time in eight and comes from a unit not answered yet; then one in four,
  // and now and then from a unit that answered (a revote).
  const short = shortOfQuorum(c);
  const flaw = facet(k, 11, short ? 8 : 4) === 0 ? FLAWS[facet(k, 12, FLAWS.length)] : undefined;
  const from = facet(k, 1, units.length);
  const order = [...units.slice(from), ...units.slice(0, from)];
  const fresh = order.find((u) => !cast.some((x) => x.unitId === u.id));
  const unit = (!short && facet(k, 2, 8) === 0) || fresh === undefined ? order[0] : fresh;
  const owners = unit?.owners ?? ['none'];
  const sold = c.transfers.find((t) => t.unitId === unit?.id);
  const castBy =
    flaw === 'stranger'
      ? 'stranger'
      : flaw === 'seller' && sold !== undefined
        ? (sold.from[0] ?? 'none')
        : (owners[facet(k, 3, owners.length)] ?? 'none');
  const channel =
    flaw === 'electronic' ? 'electronic' : facet(k, 4, 5) === 0 ? 'door-to-door' : 'paper';
  const opens = Date.parse(c.call?.opensAt ?? c.now);
  const closes = Date.parse(c.call?.closesAt ?? c.now);
  // The close instant is already late (CC 203): the last one in time is a second before it.
  const last = Math.max(opens, closes - 1000);
  const base = Math.min(Math.max(Date.parse(c.now), opens), last);
  const inside = base + Math.floor(((last - base) * facet(k, 5, 1000)) / 4000);
  const when =
    flaw === 'before-open'
      ? opens - 1000
      : flaw === 'at-close'
        ? closes
        : ([opens, last][facet(k, 6, 12)] ?? inside);
  const items = c.call?.items ?? [];
  // In one meeting in four the owners choose by rota (see `answer`), so that some counts tie.
  const rota = c.call !== null && facet(Date.parse(c.call.at) / 1000, 7, 4) === 0;
  const round = rota ? units.findIndex((u) => u.id === unit?.id) : null;
  const answers: Record<string, SheetAnswer> = {};
  items.forEach((item, i) => {
    // An election item is answered on every sheet short of the quorum, so that counts elect.
    if ((!short || item.election === undefined) && facet(k, 10 + i, 8) === 0) return;
    const outside = item.part !== undefined && !unit?.parts.includes(item.part);
    if (outside && flaw !== 'outside-part') return;
    answers[item.id] = answer(item, k, i, round);
  });
  if (Object.keys(answers).length === 0) {
    const first = items.find((i) => i.part === undefined) ?? items[0];
    if (first !== undefined) answers[first.id] = answer(first, k, 0, round);
  }
  if (flaw === 'unknown-item') answers['no-such-item'] = 'agree';
  if (flaw === 'mismatch' || flaw === 'too-many' || flaw === 'not-standing' || flaw === 'twice') {
    const target =
      flaw === 'mismatch'
        ? items[facet(k, 13, Math.max(1, items.length))]
        : (items.find((i) => i.election !== undefined) ?? items[0]);
    if (target !== undefined) answers[target.id] = wrongAnswer(target, flaw);
  }
  const again = flaw === 'same-id' && cast.length > 0;
  return {
    id: again ? cast[0]!.id : `s-${unit?.id ?? 'x'}-${cast.length}-${k % 997}`,
    unitId: unit?.id ?? 'none',
    castBy,
    channel,
    at: iso(when),
    ...(facet(k, 9, 10) === 0
      ? { proxy: { keyedBy: `agent-${unit?.id ?? 'x'}`, authorisationRef: `wt-${k % 97}` } }
      : {}),
    answers,
  };
}

/**
 * The units an interim proposal names: all the units of one owner (an owner signing), a few
 * neighbouring units (the committee recording written proposals), now and then one not on the
 * roll (proposal-units).
 */
export function proposedUnits(s: AnyMachineSnapshot, drawn: number): string[] {
  const n = vary(s, drawn);
  const units = ctx(s).roll.units;
  const i = facet(n, 1, units.length);
  const unit = units[i];
  switch (facet(n, 2, 10)) {
    case 0:
      return [unit?.id ?? 'x', 'no-such-unit'];
    case 1:
    case 2:
    case 3:
    case 4:
      return units.slice(i, i + 2 + facet(n, 3, 2)).map((u) => u.id);
    default: {
      const owner = unit?.owners[0];
      return units.filter((u) => owner !== undefined && u.owners.includes(owner)).map((u) => u.id);
    }
  }
}

/**
 * A unit of the roll sold by its owners of record (now and then by others) to a newcomer or to
 * another unit's owner, registered up to a day before the event (now and then after it): the
 * fields decided together by one drawn number.
 */
export const transferPayload: fc.Arbitrary<object> = fc.nat().chain((n) =>
  fc.record({
    unitId: fromSnapshot((s) => unitOf(s, vary(s, n))?.id ?? 'none'),
    from: fromSnapshot((s) => {
      const k = vary(s, n);
      return facet(k, 1, 10) === 0 ? ['stranger'] : [...(unitOf(s, k)?.owners ?? ['none'])];
    }),
    to: fromSnapshot((s) => {
      const k = vary(s, n);
      return facet(k, 2, 3) === 0 ? [...(unitOf(s, k + 1)?.owners ?? ['x'])] : [`buyer-${k % 4}`];
    }),
    registeredAt: fromSnapshot((s) => {
      const k = vary(s, n);
      return iso(Date.parse(ctx(s).now) + (facet(k, 3, 11) === 0 ? HOUR : -facet(k, 4, 24) * HOUR));
    }),
  }),
);

// The unit `n` names on the roll (the roll follows the register).
const unitOf = (s: AnyMachineSnapshot, n: number) => {
  const units = ctx(s).roll.units;
  return units[n % Math.max(1, units.length)];
};

/**
 * A challenge's case number, and a ruling on one of the challenges filed (now and then on none,
 * for challenge-awaits-ruling).
 */
export const challengePayloads = {
  CHALLENGE_DECISION: { challengeId: fromSnapshot((_s, n) => `case-${n % 3}`) },
  RECORD_COURT_RULING: {
    challengeId: fromSnapshot((s, n) => {
      const filed = ctx(s).challenges;
      return n % 5 === 0 || filed.length === 0 ? `case-${n % 3}` : filed[n % filed.length]!.id;
    }),
  },
};
