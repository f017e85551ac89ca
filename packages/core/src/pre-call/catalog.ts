import { z } from 'zod';
import type { AnyRule, EventDefinitions } from '../dispatch/define-catalog.js';
import { InstantSchema } from '../schemas/time.js';
import { PRE_CALL_TEXT } from './locale.js';

const id = z.string().min(1).max(200);

/**
 * The catalog fragment of what the committee does before it calls an owners' assembly (VOTE-15):
 * its report to the residential party organisation (SH-36 (十六)) and its written notice of the
 * meeting's time, place and agenda to the housing office and the residents' committee (SH 25
 * ¶2). Every machine that calls an assembly spreads it into its `defineCatalog`, with its own
 * `before` rules (`[]` for none: e.g. a machine whose states already keep the steps before the
 * call); its actions are `reportToParty` and `noticeAuthorities`. CALL_ASSEMBLY then takes the
 * rules `partyReportRule` and `authoritiesNotifiedRule`.
 */
export function preCallEntries<const TBefore extends readonly AnyRule[]>(before: TBefore) {
  return {
    REPORT_TO_PARTY_ORGANISATION: {
      roles: ['committee'],
      title: PRE_CALL_TEXT['report-to-party'],
      description: PRE_CALL_TEXT['report-to-party-description'],
      rules: before,
      actions: ['clock', 'reportToParty'],
      cite: ['SH-36-16-report'],
    },
    NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE: {
      payload: { meetingAt: InstantSchema, place: id, agenda: id },
      roles: ['committee'],
      title: PRE_CALL_TEXT['notify-authorities'],
      description: PRE_CALL_TEXT['notify-authorities-description'],
      rules: before,
      actions: ['clock', 'noticeAuthorities'],
      cite: ['SH-25-2'],
    },
  } as const satisfies EventDefinitions;
}
