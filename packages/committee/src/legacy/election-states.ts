import { bilingual } from '@jiayuan/core';
import { and } from 'xstate';
import { committeeSetup } from './setup.js';

const act = ['clock', 'election'] as const;

/**
 * The election as a state config (DESIGN principle 7: shared as a config factory on the one
 * setup, not a child actor, so snapshots stay flat and persist). Formation, re-election and
 * by-election embed it and take its `onDone` when every seat is filled: nomination and vetting
 * (FORM-9, FORM-10), the list reported and jointly reviewed, the meeting called with notice and
 * objections answered (FORM-6), voting with one core VoteRecord per candidate (CC 278 ¶2), and
 * seats filled in order of support; too few passing candidates start a further round, never a
 * partial committee.
 */
export function electionStateConfig() {
  return committeeSetup.createStateConfig({
    entry: 'beginElection',
    initial: 'nominating',
    meta: {
      title: bilingual('选举业主委员会委员', 'Electing the committee'),
      legal: ['SH-20-1', 'SH-21-1', 'SH-21-2', 'CC-278-2-ordinary', 'SH-18-2'],
    },
    states: {
      nominating: {
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
          NOMINATE: { guard: 'nominationOk', actions: [...act] },
          VET_CANDIDATE: {
            guard: 'vetOk',
            actions: [...act],
            meta: { legal: ['SH-20-2', 'SH-20-2-grounds', 'SH-20-2-family', 'SH-2020-20-2'] },
          },
          SIGN_UNDERTAKING: {
            guard: 'undertakingOk',
            actions: [...act],
            meta: { legal: ['SH-20-3', 'SH-36-4'] },
          },
          REPORT_CANDIDATES: [
            {
              guard: and(['enoughCandidates', 'jointReviewRequired']),
              target: 'jointReview',
              actions: [...act],
              meta: { legal: ['SH-21-1', 'SH-36-4-report'] },
            },
            {
              guard: 'enoughCandidates',
              target: 'listed',
              actions: [...act],
              meta: { legal: ['SH-21-1', 'SH-36-4-report'] },
            },
          ],
        },
      },
      jointReview: {
        meta: {
          title: bilingual('候选人联审', 'Joint review of candidates'),
          legal: ['SH-36-4-report', 'SH-6-8'],
        },
        on: {
          JOINT_REVIEW: [
            { guard: 'enoughAfterReview', target: 'listed', actions: [...act] },
            { target: 'nominating', actions: [...act], meta: { legal: ['SH-6-8'] } },
          ],
        },
      },
      listed: {
        meta: {
          title: bilingual('候选人名单已确定', 'Candidate list settled'),
          legal: ['SH-21-1'],
        },
        on: {
          POST_NOTICE: {
            guard: 'noticeOk',
            target: 'called',
            actions: [
              ...act,
              { type: 'announce', params: { type: 'post', what: 'meeting-notice' } },
            ],
            meta: { legal: ['SH-16-2', 'PMR-14', 'SH-16-3'] },
          },
        },
      },
      called: {
        meta: {
          title: bilingual('会议已公告，受理异议', 'Meeting called; objections heard'),
          legal: ['SH-16-2'],
        },
        on: {
          OBJECT: { actions: [...act], meta: { legal: ['SH-16-2'] } },
          ANSWER_OBJECTION: { guard: 'answerOk', actions: [...act], meta: { legal: ['SH-16-2'] } },
          OPEN_ELECTION: {
            guard: 'openingOk',
            target: 'voting',
            actions: [...act],
            meta: { legal: ['CC-278-2', 'SH-18-1'] },
          },
        },
      },
      voting: {
        meta: {
          title: bilingual('投票表决', 'Voting'),
          legal: ['CC-278-2', 'CC-278-2-ordinary', 'SH-18-1', 'SH-18-2', 'SH-18-3'],
        },
        on: {
          CAST_BALLOT: { guard: 'ballotOk', actions: [...act] },
          CLOSE_ELECTION: [
            {
              guard: and(['closingOk', 'fillsAllSeats']),
              target: 'elected',
              actions: [...act],
              meta: { legal: ['SH-21-2', 'CC-278-2-ordinary'] },
            },
            {
              guard: 'closingOk',
              target: 'nominating',
              actions: [...act],
              meta: { legal: ['SH-20-1'] },
            },
          ],
        },
      },
      elected: {
        type: 'final',
        meta: { title: bilingual('全部名额已选出', 'Every seat filled'), legal: ['SH-21-2'] },
      },
    },
  });
}
