import { bilingual, LocalDateSchema } from '@jiayuan/core';
import { z } from 'zod';
import type { GroupRole } from '../election/catalog.js';
import { IdSchema } from '../shared/bounds.js';
import {
  FILING_DOCUMENTS,
  filingDocuments,
  officersAreMembers,
  termWithinBounds,
} from './rules.js';

/**
 * The members choose the chair and vice-chairs among themselves (SH 21 ¶2): after the election,
 * and again when an office falls vacant (SH-36 (七)).
 */
export const chooseOfficersEntry = {
  payload: { chair: IdSchema, viceChairs: z.array(IdSchema).min(1).max(20) },
  roles: ['committee'],
  title: bilingual('推选主任、副主任', 'Choose chair and vice-chair'),
  description: bilingual('委员中推选主任、副主任', 'Members choose the chair and vice-chair(s)'),
  rules: [officersAreMembers],
  actions: ['chooseOfficers'],
  cite: ['SH-21-2'],
} as const;

/**
 * The catalog entries of the steps after the election, shared by formation and re-election: the
 * members choose their officers, the group posts the members, the committee files and the street
 * office completes the filing (SH 21 ¶2, SH 23, SH 29 ¶2, SH 34). `group` posts the result.
 */
export function seatingEntries<const TGroup extends Exclude<GroupRole, 'committee'>>(
  group: TGroup,
) {
  return {
    CHOOSE_OFFICERS: chooseOfficersEntry,
    POST_RESULT: {
      roles: [group],
      title: bilingual('公告委员名单', 'Post the members'),
      description: bilingual('在配置规定的期限内公告', "Posted within the profile's period"),
      actions: ['postResult', 'announce'],
      cite: ['SH-21-2'],
    },
    FILE: {
      payload: {
        documents: z.array(z.enum(FILING_DOCUMENTS)),
        /** The term's last day as the rules of procedure set it (SH 20 ¶1); kept as filed. */
        termEndsOn: LocalDateSchema,
      },
      roles: ['committee'],
      title: bilingual('办理备案', 'File with the street office'),
      description: bilingual(
        '选举产生之日起在配置规定的期限内备案',
        "Files within the profile's period of the election",
      ),
      rules: [filingDocuments, termWithinBounds],
      actions: ['file'],
      cite: ['SH-23', 'SH-29-2', 'SH-20-1-term'],
    },
    COMPLETE_FILING: {
      roles: ['street-office'],
      title: bilingual('完成备案', 'Complete the filing'),
      description: bilingual(
        '街镇受理后在配置规定的期限内完成备案',
        "The street office completes filing within the profile's period",
      ),
      actions: ['completeFiling', 'dissolveGroup', 'announce'],
      cite: ['SH-34'],
    },
  } as const;
}
