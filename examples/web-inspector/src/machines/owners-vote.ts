// A small owners' vote on hiring a property firm, as a sample for the inspector page and the
// inspector's tests: drafting → noticed → voting → passed | failed. It is a sample, not one of
// the procedure packages' machines; the numbers come from the profile through core's VoteRecord.
import {
  type Ballot,
  BallotSchema,
  bilingual,
  castBallot,
  catalogGuards,
  checkCast,
  closeVote,
  currentTally,
  DEFAULT_PROFILE,
  defineCatalog,
  defineRule,
  type EventOf,
  InstantSchema,
  openVote,
  type Roll,
  RollSchema,
  type VoteRecord,
  withCatalog,
} from '@jiayuan/core';
import { assign, setup } from 'xstate';
import { z } from 'zod';

/** The sample vote's context: plain JSON. */
export interface OwnersVoteContext {
  readonly now: string;
  readonly roll: Roll;
  readonly title: string | null;
  readonly vote: VoteRecord | null;
}

/** The sample vote's input. */
export interface OwnersVoteInput {
  readonly roll: Roll;
  readonly now: string;
}

type Snapshot = { readonly context: OwnersVoteContext };

/** A ballot must fit the frozen roll, window and channels (core's checkCast says why not). */
const ballotAcceptedRule = defineRule({
  id: 'ballot-accepted',
  citations: ['CC-278-2', 'PMR-12'],
  description: bilingual(
    '选票须与冻结的业主名册相符并在投票期内提交',
    'a ballot must match the frozen roll and arrive while voting is open',
  ),
  check({ context }: Snapshot, event: { readonly ballot: Ballot }) {
    const vote = context.vote;
    if (vote === null) return false;
    const outcome = checkCast(vote, event.ballot);
    return outcome.ok
      ? true
      : { ok: false, message: outcome.issue.message, details: { code: outcome.issue.code } };
  },
});

/** Voting closes only once its period is over. */
const votingOverRule = defineRule({
  id: 'voting-period-over',
  citations: ['PMR-12'],
  description: bilingual('投票期届满后方可结束投票', 'voting closes only when its period is over'),
  check({ context }: Snapshot, event: { readonly at: string }) {
    const vote = context.vote;
    if (vote === null) return false;
    if (Date.parse(event.at) >= Date.parse(vote.closesAt)) return true;
    return {
      ok: false,
      message: bilingual(
        `投票期至 ${vote.closesAt} 届满，尚不能结束投票。`,
        `Voting runs until ${vote.closesAt}; it cannot close yet.`,
      ),
      details: { closesAt: vote.closesAt },
    };
  },
});

/** The sample vote's events: each entry is the only definition of its event. */
export const ownersVoteEvents = defineCatalog({
  PROPOSE: {
    payload: { title: z.string().min(1).max(200) },
    roles: ['committee'],
    title: bilingual('提出表决方案', 'Propose the matter'),
    description: bilingual(
      '业主委员会拟定选聘物业服务企业的表决方案',
      "The owners' committee drafts the matter: hiring a property firm",
    ),
  },
  OPEN_VOTE: {
    payload: { closesAt: InstantSchema },
    roles: ['committee'],
    title: bilingual('开始投票', 'Open voting'),
    description: bilingual(
      '公告后开始书面投票，冻结业主名册',
      'After the notice, written voting opens and the roll is frozen',
    ),
  },
  CAST: {
    payload: { ballot: BallotSchema },
    roles: ['owner'],
    title: bilingual('投票', 'Cast a ballot'),
    description: bilingual('业主就其专有部分投票', 'An owner votes for a unit they own'),
    rules: [ballotAcceptedRule],
  },
  CLOSE_VOTE: {
    roles: ['committee'],
    title: bilingual('结束投票并计票', 'Close and count'),
    description: bilingual(
      '投票期满后结束投票并按双过半计票',
      'When the period is over, voting closes and is counted',
    ),
    rules: [votingOverRule],
  },
  TICK: {
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual('系统时钟推进流程时间', 'The clock moves the process time'),
  },
});

/** The sample vote's events, parsed. */
export type OwnersVoteEvent = EventOf<typeof ownersVoteEvents>;

const ownersVoteSetup = setup({
  types: {
    context: {} as OwnersVoteContext,
    events: {} as OwnersVoteEvent,
    input: {} as OwnersVoteInput,
  },
  // The catalog's guards (role, clock, rules) plus the count's own outcome.
  guards: {
    ...catalogGuards(ownersVoteEvents),
    passes: ({ context }) => context.vote !== null && currentTally(context.vote).passed,
  },
  actions: {
    advanceClock: assign({ now: ({ event }) => event.at }),
  },
});

/** The sample owners' vote, with its catalog attached. */
export const ownersVoteMachine = withCatalog(
  ownersVoteSetup.createMachine({
    id: 'ownersVote',
    context: ({ input }) => ({
      now: input.now,
      roll: RollSchema.parse(input.roll),
      title: null,
      vote: null,
    }),
    initial: 'drafting',
    meta: {
      title: bilingual('业主大会表决（示例）', "Owners' vote (sample)"),
      legal: ['CC-278-1-4'],
    },
    on: { TICK: { guard: 'TICK', actions: 'advanceClock' } },
    states: {
      drafting: {
        meta: {
          title: bilingual('方案拟定', 'Drafting'),
          description: bilingual(
            '业主委员会拟定表决事项',
            "The owners' committee drafts the matter",
          ),
          legal: ['CC-278-1-4'],
        },
        on: {
          PROPOSE: {
            guard: 'PROPOSE',
            target: 'noticed',
            actions: ['advanceClock', assign({ title: ({ event }) => event.title })],
            meta: { legal: ['CC-278-1-4'] },
          },
        },
      },
      noticed: {
        meta: {
          title: bilingual('已公告', 'Noticed'),
          description: bilingual(
            '表决事项已公告，等待开始投票',
            'The matter is posted; voting has not opened',
          ),
          legal: ['PMR-12'],
        },
        on: {
          OPEN_VOTE: {
            guard: 'OPEN_VOTE',
            target: 'voting',
            actions: [
              'advanceClock',
              assign({
                vote: ({ context, event }) =>
                  openVote({
                    id: 'vote-1',
                    matter: {
                      id: 'matter-1',
                      kind: 'hire-dismiss-firm',
                      title: context.title ?? 'matter',
                    },
                    roll: context.roll,
                    profile: DEFAULT_PROFILE,
                    openedAt: event.at,
                    closesAt: event.closesAt,
                  }),
              }),
            ],
          },
        },
      },
      voting: {
        meta: {
          title: bilingual('投票中', 'Voting'),
          description: bilingual(
            '业主书面投票；名册与规则已冻结',
            'Owners vote in writing; roll and rule are frozen',
          ),
          legal: ['CC-278-2', 'PMR-12'],
          deadlines: [
            bilingual(
              '投票期至 OPEN_VOTE 的 closesAt 届满',
              'voting runs until the closesAt given with OPEN_VOTE',
            ),
          ],
        },
        on: {
          CAST: {
            guard: 'CAST',
            actions: [
              'advanceClock',
              assign({
                vote: ({ context, event }) => {
                  const vote = context.vote;
                  if (vote === null) return vote;
                  const outcome = castBallot(vote, event.ballot);
                  return outcome.ok ? outcome.vote : vote;
                },
              }),
            ],
            meta: { legal: ['CC-278-2'] },
          },
          CLOSE_VOTE: [
            {
              guard: 'CLOSE_VOTE',
              target: 'counted',
              actions: [
                'advanceClock',
                assign({
                  vote: ({ context, event }) =>
                    context.vote === null ? null : closeVote(context.vote, event.at),
                }),
              ],
              meta: { legal: ['CC-278-2'] },
            },
          ],
        },
      },
      counted: {
        meta: { title: bilingual('已计票', 'Counted'), legal: ['CC-278-2'] },
        always: [{ guard: 'passes', target: 'passed' }, { target: 'failed' }],
      },
      passed: {
        type: 'final',
        meta: {
          title: bilingual('通过', 'Passed'),
          description: bilingual('决定对全体业主具有法律约束力', 'The decision binds every owner'),
          legal: ['CC-280-1'],
        },
      },
      failed: {
        type: 'final',
        meta: { title: bilingual('未通过', 'Failed'), legal: ['CC-278-2'] },
      },
    },
  }),
  ownersVoteEvents,
);
