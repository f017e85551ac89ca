import {
  bilingual,
  type CitationId,
  keepContextShape,
  withCatalog,
  withFastCopies,
} from '@jiayuan/core';
import { and } from 'xstate';
import { assemblyEvents } from './catalog.js';
import { initialAssemblyContext } from './context.js';
import { assemblySetup } from './setup.js';

const PREPARING: CitationId[] = ['SH-25', 'SH-25-2', 'SH-25-3', 'SH-36-16-report'];
const VOTING: CitationId[] = ['CC-278-2', 'SH-18-1', 'SH-18-3', 'SH-69'];
const DECIDED: CitationId[] = ['CC-280-1', 'CC-280-2', 'SPC-12'];

const tick = { guard: 'TICK', actions: ['clock', 'markMissed'] } as const;

/** A change of ownership from the register, before the count (CC 209, 214, CC 273 ¶2, SPC 1). */
const transfer = {
  guard: 'RECORD_TRANSFER',
  actions: ['clock', 'recordTransfer'],
  meta: { legal: ['CC-214', 'CC-273-2', 'SPC-1'] },
} as const;

/** The committee (or the stand-in, BJ 50) files the change of the rules decided at the count (SH 33). */
const fileRulesChange = {
  guard: 'FILE_RULES_CHANGE',
  actions: ['clock', 'fileRulesChange'],
  meta: { legal: ['SH-33', 'BJ-50'] },
} as const;

/** The street office completes the filing and copies it to the district (SH 34). */
const completeRulesFiling = {
  guard: 'COMPLETE_RULES_FILING',
  actions: ['clock', 'completeRulesFiling'],
  meta: { legal: ['SH-34', 'BJ-50'] },
} as const;

/**
 * After the count: an owner's court challenge within the year (CC 280 ¶2, SPC 12) and the
 * court's ruling, which ends the meeting when it revokes the decision.
 */
const challenge = {
  CHALLENGE_DECISION: {
    guard: 'CHALLENGE_DECISION',
    actions: ['clock', 'fileChallenge'],
    meta: { legal: ['CC-280-2', 'SPC-12'] },
  },
  AUTHORITY_REVOKES_DECISION: {
    guard: 'AUTHORITY_REVOKES_DECISION',
    target: '#assemblyMeeting.revoked',
    actions: ['clock', 'authorityRevokes'],
    meta: { legal: ['PMR-19'] },
  },
  RECORD_COURT_RULING: [
    {
      guard: and(['RECORD_COURT_RULING', 'rulingRevokes']),
      target: '#assemblyMeeting.revoked',
      actions: ['clock', 'recordRuling'],
      meta: { legal: ['CC-280-2'] },
    },
    {
      guard: 'RECORD_COURT_RULING',
      actions: ['clock', 'recordRuling'],
      meta: { legal: ['CC-280-2'] },
    },
  ],
} as const;

/**
 * One owners' assembly meeting (业主大会会议, SH 18, 25; CC 278; RULES VOTE-1..16): regular or
 * interim (called on the proposal of the profile's share of owners, SH 25 ¶1; by the street
 * office when the committee lets the period of its order run out, SH 25 ¶3); the report to the
 * party organisation and the written notice to the housing office and residents' committee
 * before a major matter (VOTE-15); notice of the agenda to all owners; the voting window with
 * multi-item sheets, each item counted on its own answers, electorate and majority; the count,
 * the posting of the results, and the decision's one-year revocation window (CC 280 ¶2, SPC 12).
 */
export const assemblyMachine = withCatalog(
  assemblySetup.createMachine({
    id: 'assemblyMeeting',
    context: ({ input }) => withFastCopies(initialAssemblyContext(input)),
    initial: 'preparing',
    meta: { title: bilingual('业主大会会议', "owners' assembly meeting"), legal: VOTING },
    on: {
      'FREEZE.START': {
        guard: 'FREEZE.START',
        actions: ['clock', 'freezeOn'],
        meta: { legal: ['SH-28-4'] },
      },
      'FREEZE.END': {
        guard: 'FREEZE.END',
        actions: ['clock', 'freezeOff'],
        meta: { legal: ['SH-28-4'] },
      },
    },
    states: {
      preparing: {
        description:
          'Before the call: owners may propose an interim meeting, the street office may order the committee to call it, and the committee reports and gives written notice.',
        meta: { title: bilingual('筹备', 'preparing'), legal: PREPARING },
        on: {
          TICK: tick,
          RECORD_TRANSFER: transfer,
          PROPOSE_INTERIM: {
            guard: 'PROPOSE_INTERIM',
            actions: ['clock', 'recordProposal'],
            meta: { legal: ['SH-25', 'PMR-13'] },
          },
          ORDER_CALL: {
            guard: 'ORDER_CALL',
            actions: ['clock', 'orderCall'],
            meta: { legal: ['SH-25-3'] },
          },
          REPORT_TO_PARTY_ORGANISATION: {
            guard: 'REPORT_TO_PARTY_ORGANISATION',
            actions: ['clock', 'reportToParty'],
            meta: { legal: ['SH-36-16-report'] },
          },
          NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE: {
            guard: 'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
            actions: ['clock', 'noticeAuthorities'],
            meta: { legal: ['SH-25-2'] },
          },
          CALL_ASSEMBLY: {
            guard: 'CALL_ASSEMBLY',
            target: 'noticed',
            actions: ['clock', 'callAssembly'],
            meta: { legal: ['SH-25', 'SH-25-3', 'PMR-14', 'SH-16-2', 'SH-36-16-report'] },
          },
        },
      },
      noticed: {
        description: 'All owners have the agenda; voting opens as noticed.',
        meta: { title: bilingual('已通知', 'noticed'), legal: ['PMR-14', 'SH-16-2'] },
        on: {
          TICK: tick,
          RECORD_TRANSFER: transfer,
          OPEN_VOTE: {
            guard: 'OPEN_VOTE',
            target: 'voting',
            actions: ['clock', 'openVotes'],
            // The votes open under the rules of procedure in force (SH 19, PMR 18).
            meta: { legal: ['CC-278-2', 'SH-19', 'PMR-18'] },
          },
        },
      },
      voting: {
        description:
          'Owners hand in sheets answering some or all items; each item is counted on its own answers.',
        meta: { title: bilingual('表决中', 'voting'), legal: VOTING },
        on: {
          TICK: tick,
          RECORD_TRANSFER: transfer,
          CAST_BALLOT: {
            guard: 'CAST_BALLOT',
            actions: ['clock', 'castSheet'],
            meta: { legal: VOTING },
          },
          CLOSE_VOTE: {
            guard: 'CLOSE_VOTE',
            target: 'counted',
            actions: ['clock', 'count'],
            meta: { legal: ['CC-278-2', 'SH-18-2'] },
          },
        },
      },
      counted: {
        description: 'Each item is decided; the results are to be posted in the complex.',
        meta: { title: bilingual('已计票', 'counted'), legal: ['SH-27', 'BJ-37-2'] },
        on: {
          TICK: tick,
          ...challenge,
          FILE_RULES_CHANGE: fileRulesChange,
          COMPLETE_RULES_FILING: completeRulesFiling,
          POST_RESULTS: {
            guard: 'POST_RESULTS',
            target: 'decided',
            actions: ['clock', 'postResults'],
            meta: { legal: ['SH-27', 'BJ-37-2'] },
          },
        },
      },
      decided: {
        description:
          'The decision binds all owners; for one year from it an aggrieved owner may ask a court to revoke it.',
        meta: { title: bilingual('已决定', 'decided'), legal: DECIDED },
        on: {
          TICK: [
            {
              guard: and(['TICK', 'revocationOver']),
              target: 'settled',
              actions: ['clock', 'markMissed'],
              meta: { legal: ['SPC-12'] },
            },
            tick,
          ],
          ...challenge,
          FILE_RULES_CHANGE: fileRulesChange,
          COMPLETE_RULES_FILING: completeRulesFiling,
        },
      },
      revoked: {
        type: 'final',
        description:
          'A court (on a challenge) or the authority (for breaking the law) revoked the decision, or the items named.',
        meta: { title: bilingual('决定被撤销', 'decision revoked'), legal: ['CC-280-2', 'PMR-19'] },
      },
      settled: {
        type: 'final',
        description: 'The year for a court revocation has run out.',
        meta: { title: bilingual('撤销期届满', 'revocation window closed'), legal: ['SPC-12'] },
      },
    },
  }),
  assemblyEvents,
);

// The shape of the first context of a plain meeting (no `law`, no `holidays`: the 20 properties
// of most meetings), kept with the machine so that restored snapshots are copied fast too.
keepContextShape(
  assemblyMachine,
  initialAssemblyContext({
    meetingId: 'sample',
    kind: 'regular',
    roll: {
      complexId: 'sample',
      developerId: 'developer',
      owners: [{ id: 'sample', kind: 'person' }],
      units: [
        {
          id: 'sample',
          building: '1',
          kind: 'residential',
          status: 'delivered',
          owners: ['sample'],
          areas: { register: 1 },
          parts: [],
        },
      ],
      parking: 'literal',
    },
    startedAt: '2026-01-01T00:00:00+08:00',
  }),
);
