import type { Rule, RuleFailure, RuleVerdict } from '../dispatch/catalog.js';
import { ruleCitesUnder } from '../dispatch/cites-under.js';
import { defineRule } from '../dispatch/define-catalog.js';
import type { Profile } from '../profiles/index.js';
import { PRE_CALL_TEXT } from './locale.js';
import type { PreCall } from './record.js';

/** A snapshot as the pre-call rules read it: the profile and what was done before the call. */
export interface PreCallSnapshot {
  readonly context: { readonly profile: Profile; readonly preCall: PreCall };
}

/** The sender of a CALL_ASSEMBLY, as the pre-call rules read it. */
export interface PreCallCaller {
  readonly by: { readonly role: string };
}

/**
 * A refusal with `text`, citing what `ruleCitesUnder` gives for the rule under the profile in
 * force: its own article, or the profile's entry where the text in force is another (BJ 35 ¶4
 * for SH 25 ¶2).
 */
function refusal(
  text: keyof typeof PRE_CALL_TEXT,
  rule: Pick<Rule, 'citations' | 'profileCites'>,
  profile: Profile,
): RuleFailure {
  const failure = { ok: false as const, message: PRE_CALL_TEXT[text] };
  const cites = ruleCitesUnder(rule, profile);
  // The rule's own articles stand as the rejection's without being repeated here.
  return cites === rule.citations ? failure : { ...failure, citations: cites };
}

/** The report before major matters, else the profile's notice of the meeting. */
const partyReportCites = (p: Profile): readonly string[] =>
  p.party.reportBeforeMajorMatters.cite.length > 0
    ? p.party.reportBeforeMajorMatters.cite
    : p.voting.meetingNotice.cite;

/** The profile's notice to the authorities (BJ 35 ¶4, PMR 14 ¶2 under beijing and national). */
const authoritiesCites = (p: Profile): readonly string[] =>
  p.voting.noticeToAuthorities?.cite ?? [];

/**
 * VOTE-15, SH-36 (十六): before the committee calls the owners' assembly on a major matter it
 * reports to the residential party organisation, where the profile's
 * `party.reportBeforeMajorMatters` says so. The duty is the committee's: a street office calling
 * the assembly in its default (SH 25 ¶3) is not held to it. `isMajor` says which calls are on a
 * major matter (default: every call, as hiring or dismissing the firm is one).
 */
export function partyReportRule<TEvent extends PreCallCaller>(
  isMajor: (event: TEvent) => boolean = () => true,
) {
  const rule = defineRule({
    id: 'party-report',
    citations: ['SH-36-16-report'],
    description: PRE_CALL_TEXT['party-report'],
    profileCites: partyReportCites,
    check({ context }: PreCallSnapshot, event: TEvent): RuleVerdict {
      const entry = context.profile.party.reportBeforeMajorMatters;
      if (event.by.role !== 'committee' || !entry.value || !isMajor(event)) return true;
      if (context.preCall.partyReport !== null) return true;
      return refusal('party-report', rule, context.profile);
    },
  });
  return rule;
}

/**
 * VOTE-15, SH 25 ¶2: "召开业主大会会议，业主委员会应当事先将会议时间、地点、议题和议程书面通知
 * 所在地房管机构、居民委员会" — the committee's call comes after its notice to the authorities,
 * where the profile's `voting.noticeToAuthorities` says so (BJ 35 ¶4 and PMR 14 ¶2 tell the
 * residents' committee). A street office calling in the committee's default is not held to it.
 * `withoutSetting` is what a profile written before the switch asks: a machine that required the
 * notice before the switch existed keeps requiring it (`true`), one that did not keeps not.
 */
export function authoritiesNotifiedRule(options: { readonly withoutSetting: boolean }) {
  const rule = defineRule({
    id: 'authorities-notified',
    citations: ['SH-25-2'],
    description: PRE_CALL_TEXT['authorities-notified'],
    profileCites: authoritiesCites,
    check({ context }: PreCallSnapshot, event: PreCallCaller): RuleVerdict {
      const entry = context.profile.voting.noticeToAuthorities;
      const required = entry === undefined ? options.withoutSetting : entry.value;
      if (event.by.role !== 'committee' || !required) return true;
      if (context.preCall.writtenNotice !== null) return true;
      return refusal('authorities-notified', rule, context.profile);
    },
  });
  return rule;
}
