import { bilingual } from '@jiayuan/core';
import { and } from 'xstate';

/**
 * The election as a state config (docs/guides/machine-conventions.md, rule 7: shared as a config factory, not a child
 * actor, so snapshots stay flat and persist). Formation, re-election and membership's
 * by-election embed it and take its `onDone` when every seat is filled: nomination and vetting
 * (FORM-9, FORM-10), the list reported and jointly reviewed, the meeting called with notice and
 * objections answered (FORM-6), voting with one core VoteRecord per candidate (CC 278 ¶2), and
 * seats filled in order of support; too few passing candidates start a further round, never a
 * partial committee.
 *
 * It names only what `electionEntries` (events and their guards), `electionEffects` and
 * `electionGuards` define, so it is checked against the setup of each machine that embeds it.
 */
export function electionStates() {
  return {
    entry: 'beginElection',
    initial: 'nominating',
    description:
      'The committee is elected: candidates nominated and vetted, the list reported, the meeting called, the owners voting.',
    meta: {
      title: bilingual('选举业主委员会委员', 'Electing the committee'),
      legal: ['SH-20-1', 'SH-21-1', 'SH-21-2', 'CC-278-2-ordinary', 'SH-18-2'],
    },
    states: {
      nominating: {
        description:
          'Candidates come forward, are vetted and sign their undertakings until the list can be reported.',
        meta: {
          title: bilingual('提名与资格审查', 'Nomination and vetting'),
          legal: [
            'SH-21-1',
            'SH-20-2',
            'SH-20-2-grounds',
            'SH-20-2-family',
            'SH-20-3',
            'SH-36-4-pool',
          ],
        },
        on: {
          NOMINATE: { guard: 'NOMINATE', actions: ['nominate'] },
          VET_CANDIDATE: {
            guard: 'VET_CANDIDATE',
            actions: ['vetCandidate'],
            meta: { legal: ['SH-20-2', 'SH-20-2-grounds', 'SH-20-2-family', 'SH-2020-20-2'] },
          },
          SIGN_UNDERTAKING: {
            guard: 'SIGN_UNDERTAKING',
            actions: ['signUndertaking'],
            meta: { legal: ['SH-20-3', 'SH-36-4'] },
          },
          REPORT_CANDIDATES: [
            {
              guard: and(['REPORT_CANDIDATES', 'jointReviewRequired']),
              target: 'jointReview',
              actions: ['reportCandidates'],
              meta: { legal: ['SH-21-1', 'SH-36-4-report'] },
            },
            {
              guard: 'REPORT_CANDIDATES',
              target: 'listed',
              actions: ['reportCandidates'],
              meta: { legal: ['SH-21-1', 'SH-36-4-report'] },
            },
          ],
        },
      },
      jointReview: {
        description:
          'The street party committee reviews the list; too many struck sends it back to nomination.',
        meta: {
          title: bilingual('候选人联审', 'Joint review of candidates'),
          legal: ['SH-36-4-report', 'SH-6-8'],
        },
        on: {
          JOINT_REVIEW: [
            {
              guard: and(['JOINT_REVIEW', 'enoughAfterReview']),
              target: 'listed',
              actions: ['jointReview'],
            },
            {
              guard: 'JOINT_REVIEW',
              target: 'nominating',
              actions: ['jointReview'],
              meta: { legal: ['SH-6-8'] },
            },
          ],
        },
      },
      listed: {
        description: 'The candidate list is settled; the meeting waits to be called with notice.',
        meta: {
          title: bilingual('候选人名单已确定', 'Candidate list settled'),
          legal: ['SH-21-1'],
        },
        on: {
          POST_NOTICE: {
            guard: 'POST_NOTICE',
            target: 'called',
            actions: [
              'postNotice',
              { type: 'announce', params: { type: 'post', what: 'meeting-notice' } },
            ],
            meta: { legal: ['SH-16-2', 'PMR-14', 'SH-16-3'] },
          },
        },
      },
      called: {
        description:
          'The meeting and candidates are posted; owners may object, and every objection is answered before voting.',
        meta: {
          title: bilingual('会议已公告，受理异议', 'Meeting called; objections heard'),
          legal: ['SH-16-2'],
        },
        on: {
          OBJECT: {
            guard: 'OBJECT',
            actions: ['recordObjection'],
            meta: { legal: ['SH-16-2'] },
          },
          ANSWER_OBJECTION: {
            guard: 'ANSWER_OBJECTION',
            actions: ['answerObjection'],
            meta: { legal: ['SH-16-2'] },
          },
          OPEN_ELECTION: {
            guard: 'OPEN_ELECTION',
            target: 'voting',
            actions: ['openElection'],
            meta: { legal: ['CC-278-2', 'SH-18-1'] },
          },
        },
      },
      voting: {
        description:
          'Owners vote on every candidate; the count fills the seats by the double majority, in order of support.',
        meta: {
          title: bilingual('投票表决', 'Voting'),
          legal: ['CC-278-2', 'CC-278-2-ordinary', 'SH-18-1', 'SH-18-2', 'SH-18-3'],
        },
        on: {
          CAST_BALLOT: { guard: 'CAST_BALLOT', actions: ['castBallot'] },
          CLOSE_ELECTION: [
            {
              guard: and(['CLOSE_ELECTION', 'fillsAllSeats']),
              target: 'elected',
              actions: ['closeElection'],
              meta: { legal: ['SH-21-2', 'CC-278-2-ordinary'] },
            },
            {
              guard: 'CLOSE_ELECTION',
              target: 'nominating',
              actions: ['closeElection'],
              meta: { legal: ['SH-20-1'] },
            },
          ],
        },
      },
      elected: {
        type: 'final',
        description: 'Every seat is filled.',
        meta: { title: bilingual('全部名额已选出', 'Every seat filled'), legal: ['SH-21-2'] },
      },
    },
  } as const;
}
