import { bilingual, withCatalog, withFastCopies } from '@jiayuan/core';
import { and } from 'xstate';
import { electionStates } from '../election/states.js';
import { membershipEvents } from './catalog.js';
import { initialMembershipContext } from './context.js';
import { membershipSetup } from './setup.js';

/** What a membership ending does: the clock, the ending, its posting (SH 31 ¶2). */
const ended = [
  'clock',
  'endMembership',
  { type: 'announce', params: { type: 'post', what: 'membership-ended' } },
] as const;

/** A membership ending by itself, from any state where the committee sits (SH 31). */
const endings = {
  MEMBERSHIP_ENDS: {
    guard: 'MEMBERSHIP_ENDS',
    target: '#membership.checking',
    actions: ended,
    meta: { legal: ['SH-31-1', 'SH-31-2', 'SH-30'] },
  },
  PROPOSE_REMOVAL: {
    guard: 'PROPOSE_REMOVAL',
    target: '#membership.removalVote',
    actions: ['clock', 'openRemovalVote'],
    meta: { legal: ['SH-31-1', 'SH-31-2'] },
  },
} as const;

/**
 * A membership ending while the assembly votes, or a by-election runs: the state stays, unless
 * fewer than half remain (substitutes counted), which starts early re-election at any point
 * (SH 32 ¶2 (一), SH-36 (五)); the count routes it.
 */
const endingMeanwhile = {
  MEMBERSHIP_ENDS: [
    {
      guard: and(['MEMBERSHIP_ENDS', 'leavesFewerThanHalf']),
      target: '#membership.checking',
      actions: ended,
      meta: { legal: ['SH-31-2', 'SH-32-2', 'SH-36-5'] },
    },
    { guard: 'MEMBERSHIP_ENDS', actions: ended, meta: { legal: ['SH-31-1', 'SH-31-2'] } },
  ],
} as const;

/**
 * The sitting committee's membership (Shanghai default; RULES TERM-5..8): memberships ending by
 * themselves or by the assembly's vote (a core VoteRecord), each posted and followed by a 10-day
 * hand-over; every change (an ending, a substitute or by-elected member joining) filed within
 * 30 days (SH 33, `FILE_CHANGE`); substitutes filling vacancies in order; a by-election (the
 * shared election) while more than half remain; early re-election when fewer than half remain,
 * after six months without activity, or by the assembly's decision. Exactly half remaining is
 * `atHalf` (see its description). Every external transition is guarded by its event's guard.
 */
export const membershipMachine = withCatalog(
  membershipSetup.createMachine({
    id: 'membership',
    context: ({ input }) => withFastCopies(initialMembershipContext(input)),
    description:
      "The sitting committee's membership: endings, removals, substitutes, by-elections and early re-election.",
    meta: {
      title: bilingual('委员资格与补选', 'Membership and by-election'),
      legal: ['SH-31-1', 'SH-32-1'],
    },
    on: {
      TICK: [
        {
          guard: and(['TICK', 'inactive']),
          target: '.earlyReElection',
          actions: ['clock', { type: 'announce', params: { type: 'notify', what: 'inactive' } }],
          meta: { legal: ['SH-32-2-inactive', 'SH-32-3'] },
        },
        { guard: 'TICK', actions: 'clock' },
      ],
      RECORD_MEETING: {
        guard: 'RECORD_MEETING',
        actions: ['clock', 'recordMeeting'],
        meta: { legal: ['SH-26-1'] },
      },
      MEMBER_HANDS_OVER: {
        guard: 'MEMBER_HANDS_OVER',
        actions: ['clock', 'recordHandover'],
        meta: { legal: ['SH-30'] },
      },
      CHOOSE_OFFICERS: {
        guard: 'CHOOSE_OFFICERS',
        actions: ['chooseOfficers'],
        meta: { legal: ['SH-36-7-chair', 'SH-21-2'] },
      },
      FILE_CHANGE: {
        guard: 'FILE_CHANGE',
        actions: ['clock', 'fileChange'],
        meta: { legal: ['SH-33'] },
      },
      DECIDE_EARLY_RE_ELECTION: {
        guard: 'DECIDE_EARLY_RE_ELECTION',
        target: '.earlyReElection',
        actions: ['clock', 'decideEarlyReElection'],
        meta: { legal: ['SH-32-2', 'SH-32-3'] },
      },
    },
    // Counted first: an input with vacancies routes at once.
    initial: 'checking',
    states: {
      sitting: {
        description: 'The committee sits with every seat filled.',
        meta: {
          title: bilingual('委员会在任，名额已满', 'Sitting, every seat filled'),
          legal: ['SH-20-1'],
        },
        on: { ...endings },
      },
      checking: {
        description:
          'The members are counted after a change: substitutes fill vacancies first, then the count decides.',
        meta: {
          title: bilingual('核对委员人数', 'Counting the members'),
          legal: ['SH-32-1', 'SH-32-2', 'SH-36-5'],
        },
        always: [
          {
            guard: 'substituteAvailable',
            actions: 'promoteSubstitutes',
            meta: { legal: ['SH-36-5'] },
          },
          { guard: 'seatsFull', target: 'sitting', meta: { legal: ['SH-36-5'] } },
          { guard: 'moreThanHalfRemain', target: 'vacant', meta: { legal: ['SH-32-1'] } },
          { guard: 'fewerThanHalfRemain', target: 'earlyReElection', meta: { legal: ['SH-32-2'] } },
          { target: 'atHalf', meta: { legal: ['SH-32-1', 'SH-32-2'] } },
        ],
      },
      vacant: {
        description: 'Seats are vacant but more than half remain: the assembly may by-elect.',
        meta: {
          title: bilingual('人数不足但超过半数，可以补选', 'Vacancies; a by-election may be held'),
          legal: ['SH-32-1'],
        },
        on: {
          ...endings,
          START_BY_ELECTION: {
            guard: 'START_BY_ELECTION',
            target: 'byElection',
            actions: ['clock', 'startByElection'],
            meta: { legal: ['SH-32-1'] },
          },
        },
      },
      atHalf: {
        description:
          'Exactly half remain: SH 32 neither allows a by-election nor requires early re-election, and the committee cannot reach its quorum, so the street office may convene the assembly to decide early re-election.',
        meta: {
          title: bilingual('委员恰好半数', 'Exactly half remain'),
          legal: ['SH-32-1', 'SH-32-2', 'SH-26-2'],
          description: bilingual(
            '第三十二条补选以“超过半数”为限，提前换届以“不足半数”为限，恰好半数时两者均不适用；会议须全体委员过半数出席，委员会已无法开会，街镇可依第二款第四项召开业主大会决定提前换届',
            'SH 32 lets the assembly by-elect only while more than half remain, and requires early re-election only when fewer than half remain; at exactly half neither applies. The committee can no longer reach its quorum (more than half of all members), so the street office may convene the assembly under ¶2 (四) to decide early re-election',
          ),
        },
        on: { ...endings },
      },
      removalVote: {
        description: 'The assembly votes on terminating or removing a member.',
        meta: {
          title: bilingual('业主大会表决终止或罢免', 'The assembly votes on the motion'),
          legal: ['SH-31-2', 'CC-278-1-4', 'CC-278-2-ordinary'],
        },
        on: {
          REMOVAL_BALLOT: { guard: 'REMOVAL_BALLOT', actions: ['clock', 'castRemovalBallot'] },
          CLOSE_REMOVAL_VOTE: {
            guard: 'CLOSE_REMOVAL_VOTE',
            target: 'checking',
            actions: [
              'clock',
              'closeRemovalVote',
              { type: 'announce', params: { type: 'post', what: 'removal-result' } },
            ],
            meta: { legal: ['SH-31-2', 'CC-278-2-ordinary'] },
          },
          ...endingMeanwhile,
        },
      },
      byElection: {
        ...electionStates(),
        entry: 'beginByElection',
        description: 'The assembly by-elects members to the vacant seats (the shared election).',
        meta: {
          title: bilingual('补选委员', 'By-election'),
          legal: ['SH-32-1', 'SH-21-1', 'CC-278-2-ordinary'],
        },
        onDone: {
          target: 'checking',
          actions: [
            'seatByElected',
            { type: 'announce', params: { type: 'post', what: 'by-elected' } },
          ],
          meta: { legal: ['SH-32-1'] },
        },
        on: { ...endingMeanwhile },
      },
      earlyReElection: {
        type: 'final',
        description:
          'The street office convenes the assembly and forms a re-election group; the re-election machine runs the procedure.',
        meta: {
          title: bilingual('提前换届改选', 'Early re-election'),
          legal: ['SH-32-2', 'SH-32-2-inactive', 'SH-32-3'],
          description: bilingual(
            '街镇组织召开业主大会，组建换届改选小组，按换届程序选举新一届（见换届状态机）',
            'The street office convenes the assembly and forms a re-election group; the re-election machine runs the procedure',
          ),
        },
      },
    },
  }),
  membershipEvents,
);
