import {
  bilingual,
  type EventDefinitions,
  type EventOf,
  IdSchema,
  type OwnedCatalog,
} from '@jiayuan/core';
import { z } from 'zod';
import { HANDOVER_ITEMS } from '../shared/handover.js';
import {
  handoverCompleteRule,
  handoverItemPendingRule,
  handoverOpenRule,
  temporaryRequesterRule,
} from './rules.js';

const id = IdSchema;

/** The hand-over and temporary-firm entries of the procedures that end a contract. */
export const exitEvents = {
  HAND_OVER_ITEM: {
    payload: { item: z.enum(HANDOVER_ITEMS), receipt: id },
    roles: ['property-firm', 'committee'],
    title: bilingual('移交一项', 'Hand over one item'),
    description: bilingual(
      '物业服务企业移交第五十条所列的一项，业主委员会出具收据',
      'The firm hands over one SH 50 item against the committee’s receipt',
    ),
    rules: [handoverOpenRule, handoverItemPendingRule],
    actions: ['clock', 'handOverItem'],
    cite: ['SH-50', 'BJ-76'],
  },
  COMPLETE_HANDOVER: {
    roles: ['committee'],
    title: bilingual('确认移交完成', 'Confirm the hand-over'),
    description: bilingual('全部项目移交后确认完成', 'Confirm once every item is handed over'),
    rules: [handoverOpenRule, handoverCompleteRule],
    actions: ['clock', 'completeHandover'],
    cite: ['SH-50', 'CC-949'],
  },
  REQUEST_TEMPORARY_FIRM: {
    payload: { proposers: z.array(id).max(100_000).default([]) },
    roles: ['committee', 'residents-committee'],
    title: bilingual('申请临时物业', 'Request a temporary firm'),
    description: bilingual(
      '报街镇从预选库选定临时物业',
      'Ask the street office for a temporary firm from the district pool',
    ),
    rules: [temporaryRequesterRule],
    actions: ['clock', 'requestTemporary'],
    cite: ['SH-52'],
  },
  APPOINT_TEMPORARY_FIRM: {
    payload: { firmId: id },
    roles: ['street-office'],
    title: bilingual('选定临时物业', 'Appoint a temporary firm'),
    description: bilingual(
      '街镇在预选库中选定临时物业，服务不超过六个月',
      'The street office picks a temporary firm from the pool, for at most 6 months',
    ),
    actions: ['clock', 'appointTemporary'],
    cite: ['SH-52', 'SH-52-2'],
  },
  SUCCESSOR_TAKES_OVER: {
    payload: { firmId: id },
    roles: ['committee'],
    title: bilingual('新物业接管', 'Successor takes over'),
    description: bilingual('业主选聘的新物业服务企业接管', 'The firm the owners hired takes over'),
    actions: ['clock', 'successorTakesOver'],
    cite: ['CC-950'],
  },
} as const satisfies EventDefinitions;

/** The events {@link exitEvents} defines. */
export type ExitEvent = EventOf<OwnedCatalog<typeof exitEvents>>;
