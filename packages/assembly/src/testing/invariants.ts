import { epochMillisOf } from '@jiayuan/core';
import type { Invariant } from '@jiayuan/testing';
import type { SnapshotFrom } from 'xstate';
import { REVOCATION } from '../meeting/deadline-ids.js';
import type { assemblyMachine } from '../meeting/machine.js';
import { proposalShare } from '../meeting/proposal.js';

type Snap = SnapshotFrom<typeof assemblyMachine>;

/** The assembly meeting's invariants. */
export const assemblyInvariants: readonly Invariant<Snap>[] = [
  {
    name: 'a sheet counts whole: each answer is one ballot of its item, and nothing else is',
    check({ context }) {
      const b = context.ballots;
      if (b === null) return true;
      for (const item of b.items) {
        const answers = b.sheets.filter((s) => s.answers[item.id] !== undefined).length;
        const ballots = b.votes[item.id]?.ballots.length;
        if (ballots !== answers) return `item ${item.id}: ${ballots} ballots, ${answers} answers`;
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
    check({ context }) {
      const call = context.call;
      if (call === null) return true;
      if (call.role === 'committee' && context.preCall.writtenNotice === null)
        return 'called without the written notice';
      if (
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
      return (s.context.ballots?.sheets ?? []).every(
        (sheet) => close === undefined || epochMillisOf(sheet.at) < epochMillisOf(close),
      );
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
