import { epochMillisOf, voteElectorate } from '@jiayuan/core';
import type { Invariant } from '@jiayuan/testing';
import type { SnapshotFrom } from 'xstate';
import { sameOwners } from '../ballot/transfer.js';
import { REVOCATION, RULES_FILING, RULES_FILING_COMPLETION } from '../meeting/deadline-ids.js';
import type { assemblyMachine } from '../meeting/machine.js';
import { proposalShare } from '../meeting/proposal.js';
import { rulesChangesOf } from '../meeting/rules-filing.js';

type Snap = SnapshotFrom<typeof assemblyMachine>;
type Units = Snap['context']['roll']['units'];

/**
 * The same units with the same areas, in the same order: each unit's id and its areas as JSON
 * alike. A transfer keeps a unit's areas object, so the JSON is written only for areas that are
 * not that very object.
 */
function sameUnitsAndAreas(a: Units, b: Units): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((u, i) => {
    const other = b[i]!;
    if (u.id !== other.id) return false;
    return u.areas === other.areas || JSON.stringify(u.areas) === JSON.stringify(other.areas);
  });
}

const NONE: ReadonlySet<string> = new Set();

// The sheets whose answer to `itemId` a transfer took out.
function voidedSheets(
  voided: readonly { readonly itemId: string; readonly sheetId: string }[],
  itemId: string,
): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const v of voided) if (v.itemId === itemId) ids.add(v.sheetId);
  return ids;
}

// Whether `id` is `<sheetId>#<itemId>`, the id `answerBallot` gives, without writing it out.
function isAnswerId(id: string | undefined, sheetId: string, itemId: string): boolean {
  return (
    id !== undefined &&
    id.length === sheetId.length + 1 + itemId.length &&
    id.charCodeAt(sheetId.length) === 35 &&
    id.startsWith(sheetId) &&
    id.endsWith(itemId)
  );
}

/** The assembly meeting's invariants. */
export const assemblyInvariants: readonly Invariant<Snap>[] = [
  {
    name: 'a sheet counts whole: each answer is one ballot of its item, and nothing else is, but for answers a transfer took out',
    check({ context }) {
      const b = context.ballots;
      if (b === null) return true;
      for (const item of b.items) {
        // Read on every step of every run: the answers are walked against the ballots in place,
        // not listed and joined.
        const voided = b.voided.length === 0 ? NONE : voidedSheets(b.voided, item.id);
        const ballots = b.votes[item.id]?.ballots ?? [];
        let answers = 0;
        let same = true;
        for (const s of b.sheets) {
          if (s.answers[item.id] === undefined || voided.has(s.id)) continue;
          if (same && !isAnswerId(ballots[answers]?.id, s.id, item.id)) same = false;
          answers++;
        }
        if (!same || answers !== ballots.length)
          return `item ${item.id}: ${ballots.length} ballots, ${answers} answers`;
      }
      return true;
    },
  },
  {
    name: 'a transfer moves a unit, never its area: each item counts every unit once, on one person (SPC 9)',
    check({ context }) {
      const b = context.ballots;
      if (b === null) return true;
      for (const item of b.items) {
        const vote = b.votes[item.id];
        if (vote === undefined) continue;
        const e = voteElectorate(vote);
        let area = 0;
        const seen = new Set<string>();
        for (const voter of e.voters) {
          for (const unitId of voter.unitIds) {
            if (seen.has(unitId)) return `item ${item.id}: unit ${unitId} on two persons`;
            seen.add(unitId);
          }
          area += voter.area;
        }
        if (area !== e.area) return `item ${item.id}: persons' area ${area} ≠ ${e.area}`;
        if (!sameUnitsAndAreas(vote.roll.units, context.roll.units))
          return `item ${item.id}: a transfer changed the units or their areas`;
      }
      // The roll follows the register: each transferred unit ends with the last transfer's owners.
      const last = new Map(context.transfers.map((t) => [t.unitId, t.to]));
      for (const [unitId, to] of last) {
        const unit = context.roll.units.find((u) => u.id === unitId);
        if (unit === undefined || !sameOwners(unit.owners, to))
          return `unit ${unitId}: the roll does not follow its last transfer`;
      }
      return true;
    },
  },
  {
    name: 'an election item elects no more than its seats, each elected candidate having passed (CC 278 ¶2)',
    check({ context }) {
      for (const o of context.decision?.outcomes ?? []) {
        const e = o.election;
        if (e === undefined) continue;
        if (e.elected.length > e.seats) return `item ${o.itemId}: ${e.elected.length} elected`;
        const passed = new Set(e.results.filter((r) => r.passed).map((r) => r.candidateId));
        const bad = e.elected.find((c) => !passed.has(c));
        if (bad !== undefined) return `item ${o.itemId}: ${bad} elected without passing`;
        if (o.passed !== (e.elected.length === e.seats)) return `item ${o.itemId}: passed`;
      }
      return true;
    },
  },
  {
    name: 'each item is counted on its own electorate (SH 69)',
    check({ context }) {
      const b = context.ballots;
      if (b === null) return true;
      return b.items.every((i) => b.votes[i.id]?.matter.part === i.part);
    },
  },
  {
    name: 'the committee calls only after the written notice; an interim meeting only on the proposal',
    check({ context }, previous) {
      const call = context.call;
      if (call === null) return true;
      if (call.role === 'committee' && context.preCall.writtenNotice === null)
        return 'called without the written notice';
      // The share is judged on the roll of the call's day: a transfer recorded later (two
      // proposers' units now held by one person, SPC 9) does not undo a lawful call.
      const called = previous === undefined || previous.context.call === null;
      if (
        called &&
        context.kind === 'interim' &&
        !proposalShare(context.roll, context.proposal?.units ?? [], context.profile).met
      )
        return 'interim meeting called without the proposal';
      return true;
    },
  },
  {
    name: 'a decision exactly from the count; no ballot after the close',
    check(s) {
      const counted =
        s.matches('counted') ||
        s.matches('decided') ||
        s.matches('settled') ||
        s.matches('revoked');
      if (counted !== (s.context.decision !== null)) return 'decision and state disagree';
      // Revoked exactly when a revocation is on the record (CC 280 ¶2, PMR 19 ¶2).
      if (s.matches('revoked') !== (s.context.revocation != null))
        return 'revocation and state disagree';
      const close = s.context.call?.closesAt;
      const sheets = s.context.ballots?.sheets ?? [];
      if (close === undefined || sheets.length === 0) return true;
      const closeMs = epochMillisOf(close);
      return sheets.every((sheet) => epochMillisOf(sheet.at) < closeMs);
    },
  },
  {
    name: 'the votes keep the rules of procedure held at the start and the transfer policy they opened with',
    check({ context }) {
      const settings = context.rules?.settings;
      if (
        settings?.electronicVoting !== undefined &&
        settings.electronicVoting !== context.electronicAdopted
      )
        return 'electronicAdopted disagrees with the rules in force';
      const b = context.ballots;
      if (b === null) return true;
      const merge = settings?.mergeUnitsSharingCoOwners;
      for (const item of b.items) {
        const vote = b.votes[item.id];
        if (vote === undefined) continue;
        if (merge !== undefined && (vote.ownerMerge === 'shared-co-owners') !== merge)
          return `item ${item.id}: the co-owner reading is not the rules' (SPC 9)`;
        if (
          !context.electronicAdopted &&
          context.profile.voting.electronicChannelNeedsAdoption.value &&
          (vote.options.channels ?? []).includes('electronic') &&
          // An edition that needs no adoption may have opened the vote (BJ 35 ¶3).
          context.law === undefined
        )
          return `item ${item.id}: an electronic channel without adoption (VOTE-14)`;
      }
      // Every transfer during the window took the policy the votes opened with.
      const expected = b.transferPolicy === 'roll-frozen' ? 'roll-frozen' : 'applied';
      const other = b.transfers.find((t) => t.effect !== expected);
      return other === undefined
        ? true
        : `transfer of ${other.unitId}: ${other.effect} under ${b.transferPolicy}`;
    },
  },
  {
    name: 'a rules change is filed only after a count that passed a rules item, late exactly when after its period (SH 33, BJ 50)',
    check({ context }) {
      const filed = context.rulesFiling;
      if (filed === null) return true;
      const changed = rulesChangesOf(context.call?.items ?? [], context.decision?.outcomes ?? []);
      if (changed.length === 0 || filed.items.join() !== changed.join()) {
        return `filed ${filed.items.join()} for the changes ${changed.join()}`;
      }
      const due = context.deadlines[RULES_FILING]?.due.dueAt;
      if (due === undefined) return 'filed without a filing deadline';
      const late = epochMillisOf(filed.at) >= epochMillisOf(due);
      return late === filed.late
        ? true
        : `late ${filed.late} for a filing at ${filed.at}, due ${due}`;
    },
  },
  {
    name: 'a filing is completed only after it was made, late exactly when after the office’s period, copied as the profile says (SH 34)',
    check({ context }) {
      const done = context.rulesFiling?.completion ?? null;
      if (done === null || context.rulesFiling === null) return true;
      if (epochMillisOf(done.at) < epochMillisOf(context.rulesFiling.at)) {
        return `completed at ${done.at} before the filing at ${context.rulesFiling.at}`;
      }
      // A meeting following the law of the day may hold a later edition by now.
      const copied = context.profile.term.changeFilingCopiedToDistrict?.value === true;
      if (context.law === undefined && copied !== done.copiedToDistrict)
        return `copied ${done.copiedToDistrict} under a profile saying ${copied}`;
      const due = context.deadlines[RULES_FILING_COMPLETION]?.due.dueAt;
      const late = due !== undefined && epochMillisOf(done.at) >= epochMillisOf(due);
      return late === done.late
        ? true
        : `late ${done.late} for a completion at ${done.at}, due ${due ?? 'none'}`;
    },
  },
  {
    name: 'settled only once the revocation window is over',
    check(s) {
      if (!s.matches('settled')) return true;
      const window = s.context.deadlines[REVOCATION];
      return (
        window !== undefined && epochMillisOf(s.context.now) >= epochMillisOf(window.due.dueAt)
      );
    },
  },
];
