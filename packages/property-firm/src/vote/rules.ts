import {
  type Ballot,
  checkCast,
  authoritiesNotifiedRule as coreAuthoritiesNotifiedRule,
  partyReportRule as corePartyReportRule,
} from '@jiayuan/core';
import { shortNotice } from '../shared/messages.js';
import { earliestEffective, noticeMet } from '../shared/notice.js';
import { firmRule, ms, type On, refuse, type Sent } from '../shared/rule.js';
import type { CommonContext } from './context.js';

type Vote = On<Pick<CommonContext, 'vote'>>;
type Assembly = On<Pick<CommonContext, 'assembly'>>;

/** FIRM-11 / TERM-3: no hire or dismissal decision while a re-election freeze is on (SH 28 ¶4). */
export const freezeRule = firmRule(
  'freeze',
  ['SH-28-4'],
  ({ context: c }: On<Pick<CommonContext, 'freeze' | 'profile'>>) =>
    !(c.freeze.active && c.profile.term.freeze.value.includes('hire-dismiss-firm')),
);

/** VOTE-11: owners are told of the meeting the profile's notice period before it (PMR 14, SH 25). */
export const assemblyNoticeRule = firmRule(
  'assembly-notice',
  ['PMR-14', 'SH-25', 'SH-25-2'],
  ({ context: c }: On<Pick<CommonContext, 'profile'>>, e: Sent & { readonly opensAt: string }) => {
    const period = c.profile.voting.meetingNotice.period;
    if (noticeMet(e.at, e.opensAt, period)) return true;
    return refuse(shortNotice(e.at, e.opensAt, period, earliestEffective(e.at, period)), {
      period,
    });
  },
);

/**
 * VOTE-15: the committee reports to the residential party organisation before it calls the
 * owners' assembly on a major matter — hiring or dismissing the firm is one, so every call of
 * these machines — where the profile says so (SH-36 (十六)); core's rule, shared with the
 * assembly meeting.
 */
export const partyReportRule = corePartyReportRule();

/**
 * VOTE-15, SH 25 ¶2: the committee tells the authorities of the meeting before it calls it,
 * where the profile's `voting.noticeToAuthorities` says so; core's rule, shared with the
 * assembly meeting. A profile written before the switch does not require it here, as these
 * machines did not.
 */
export const authoritiesNotifiedRule = coreAuthoritiesNotifiedRule({ withoutSetting: false });

/** VOTE-15: the report and the written notice come before the call, not while its vote runs. */
export const beforeTheCallRule = firmRule(
  'before-the-call',
  ['SH-36-16-report', 'SH-25-2'],
  ({ context: c }: Assembly) => c.assembly === null,
);

/** The voting window must be a real interval. */
export const votingWindowRule = firmRule(
  'voting-window',
  ['SH-18-1'],
  (_s: unknown, e: { readonly opensAt: string; readonly closesAt: string }) =>
    ms(e.closesAt) > ms(e.opensAt),
);

/** One vote at a time per process: a second concurrent vote on the same matter is refused. */
export const oneVoteAtATimeRule = firmRule(
  'one-vote-at-a-time',
  ['CC-278-2'],
  ({ context: c }: Assembly) => c.assembly === null,
);

/** Voting opens no earlier than the notice said. */
export const votingOpensRule = firmRule(
  'voting-opens',
  ['PMR-14', 'SH-25'],
  ({ context: c }: Assembly, e: Sent) => c.assembly === null || ms(e.at) >= ms(c.assembly.opensAt),
);

/** A ballot passes the frozen roll, the window and the channels (CC 278, SH 18, SPC 9). */
export const ballotValidRule = firmRule(
  'ballot-valid',
  ['CC-278-2', 'SH-18-1', 'SH-18-3', 'SPC-9'],
  ({ context: c }: Vote, e: { readonly ballot: Ballot }) => {
    if (c.vote === null) return true;
    // A check that records nothing: the action casts the ballot once.
    const outcome = checkCast(c.vote, e.ballot);
    if (outcome.ok) return true;
    return refuse(outcome.issue.message, { issue: outcome.issue.code });
  },
);

/** An owner sends only their own ballot, or one they hold written authorisation for (SH 18 ¶3). */
export const ballotSenderRule = firmRule(
  'ballot-sender',
  ['SH-18-3', 'PMR-12'],
  (_s: unknown, e: Sent & { readonly ballot: Ballot }) =>
    e.by.role !== 'owner' || e.by.id === e.ballot.castBy || e.by.id === e.ballot.proxy?.keyedBy,
);

/** Counting waits for the end of the window. */
export const closeAfterWindowRule = firmRule(
  'close-after-window',
  ['PMR-14'],
  ({ context: c }: Assembly, e: Sent) => c.assembly === null || ms(e.at) >= ms(c.assembly.closesAt),
);
