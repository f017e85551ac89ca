import { bilingual, defineCatalog, type EventOf } from '@jiayuan/core';
import { z } from 'zod';
import { IdSchema, TextSchema } from '../shared/bounds.js';
import { TICK_DEFINITION } from '../shared/tick.js';
import { StandInMemberSchema } from './context.js';
import { standInQuorum } from './quorum.js';
import {
  decisionsKeptRule,
  filingPapers,
  governanceComposition,
  managementComposition,
  newDeliberation,
  newMatter,
  STAND_IN_FILING_DOCUMENTS,
  standInDecisionSigners,
  standInPostingPending,
  withinTermRule,
} from './rules.js';

const id = IdSchema;
const text = TextSchema;

/** Steps that push the committee's formation or re-election forward (SH-36 (十八); BJ 52). */
export const PROGRESS_STEPS = [
  'owners-mobilised',
  'assembly-convened',
  'group-formed',
  'candidates-sought',
  'election-called',
  'other',
] as const;

/** The stand-in acts through its chair (BJ 54 ¶2: the residents' committee) or the 街镇 leading it (SH-36 (十八)). */
const STAND_IN_ROLES = ['residents-committee', 'street-office'] as const;

/** The stand-in machine's events (TERM-9): the only definition of each. */
export const standInEvents = defineCatalog({
  FORM_STAND_IN: {
    /** Its members, one of them chairing (SH-36 (十八); BJ 52, 54). */
    payload: { members: z.array(StandInMemberSchema).min(1) },
    roles: ['street-office'],
    title: bilingual('组建临时机构', 'Form the stand-in body'),
    description: bilingual(
      '业主委员会无法按时组建换届的，由街镇牵头组建物业治理委员会（上海）或物业管理委员会（北京）',
      'When no committee can be formed or re-elected on time, the street office forms a governance committee (Shanghai) or property-management committee (Beijing)',
    ),
    rules: [governanceComposition, managementComposition],
    actions: ['clock', 'formStandIn', 'announce'],
    cite: ['SH-36-18', 'BJ-52', 'BJ-53'],
  },
  FILE_STAND_IN: {
    payload: { documents: z.array(z.enum(STAND_IN_FILING_DOCUMENTS)) },
    // Filed by the body through its chair, the residents' committee representative (BJ 54 ¶2).
    roles: ['residents-committee'],
    title: bilingual('申请备案', 'Apply for filing'),
    description: bilingual(
      '成立业主大会但尚未成立业主委员会的，物业管理委员会自成立之日起在配置规定的期限内持材料向街镇申请备案',
      "Where an assembly exists without a committee, the body files with the street office within the profile's period of its formation",
    ),
    rules: [withinTermRule, filingPapers],
    actions: ['clock', 'fileStandIn'],
    cite: ['BJ-55'],
  },
  COMPLETE_STAND_IN_FILING: {
    roles: ['street-office'],
    title: bilingual('予以备案', 'Complete the filing'),
    description: bilingual(
      '街镇核实材料，符合要求的予以备案并出具证明',
      'The street office checks the papers and, if they are in order, completes the filing',
    ),
    rules: [withinTermRule],
    actions: ['clock', 'completeStandInFiling', 'announce'],
    cite: ['BJ-55'],
  },
  HOLD_DELIBERATION: {
    payload: { deliberationId: id, topic: text },
    roles: STAND_IN_ROLES,
    title: bilingual('组织业主协商议事', 'Hold an owners’ deliberation'),
    description: bilingual(
      '组织业主开展协商议事，组织业主共同决定物业管理事项',
      'Organises the owners’ deliberation on the complex’s property matters',
    ),
    rules: [withinTermRule, newDeliberation],
    actions: ['clock', 'recordDeliberation'],
    cite: ['SH-36-18', 'BJ-52'],
  },
  COORDINATE_MATTER: {
    payload: { matterId: id, matter: text },
    roles: STAND_IN_ROLES,
    title: bilingual('协调物业治理事项', 'Coordinate a governance matter'),
    description: bilingual(
      '协调解决小区物业治理事项',
      'Coordinates the resolution of a property-governance matter of the complex',
    ),
    rules: [withinTermRule, newMatter],
    actions: ['clock', 'recordMatter'],
    cite: ['SH-36-18'],
  },
  DECIDE_MATTER: {
    /**
     * The decision, with the members who signed their consent (BJ 57 ¶3) and those present at
     * the meeting that took it (BJ 57 ¶2), needed where the profile sets a quorum.
     */
    payload: { decisionId: id, consenting: z.array(id), present: z.array(id).optional() },
    roles: STAND_IN_ROLES,
    title: bilingual('确定事项', 'Decide a matter'),
    description: bilingual(
      '物业管理委员会确定的事项应当经过半数委员签字同意',
      'A matter the property-management committee decides needs the signed consent of more than half of its members',
    ),
    rules: [withinTermRule, decisionsKeptRule, standInDecisionSigners, standInQuorum],
    actions: ['clock', 'recordDecision'],
    cite: ['BJ-57-3-decision'],
  },
  POST_STAND_IN_DECISION: {
    payload: { decisionId: id },
    roles: STAND_IN_ROLES,
    title: bilingual('公示确定事项', 'Post a decided matter'),
    description: bilingual(
      '会议情况及确定事项在物业管理区域内显著位置公示',
      'The meeting and the decided matter are posted prominently in the complex',
    ),
    rules: [withinTermRule, standInPostingPending],
    actions: ['clock', 'postDecision', 'announceDecision'],
    cite: ['BJ-57-3-posting'],
  },
  RECORD_PROGRESS: {
    payload: { step: z.enum(PROGRESS_STEPS), note: z.string().max(2_000).optional() },
    roles: STAND_IN_ROLES,
    title: bilingual('推动组建换届', 'Push the committee forward'),
    description: bilingual(
      '推动业主委员会组建换届：记录已采取的步骤',
      'Pushes the committee’s formation or re-election forward: records a step taken',
    ),
    rules: [withinTermRule],
    actions: ['clock', 'recordProgress'],
    cite: ['SH-36-18', 'BJ-52'],
  },
  DISSOLVE_STAND_IN: {
    /** Where the new committee is on record, e.g. its filing reference. */
    payload: { reference: text },
    roles: ['street-office', 'system'],
    title: bilingual('解散临时机构', 'Dissolve the stand-in'),
    description: bilingual(
      '业主委员会已组建或换届，临时机构完成过渡',
      'The committee has been established or re-elected: the stand-in’s transition is over',
    ),
    actions: ['clock', 'dissolve', 'announce'],
    cite: ['SH-36-18', 'BJ-52'],
  },
  REFORM_STAND_IN: {
    roles: ['street-office'],
    title: bilingual('重新组建', 'Re-form the stand-in'),
    description: bilingual(
      '任期届满仍未推动成立业主大会、选举产生业主委员会的，由街镇重新组建',
      'The term ran out with no committee: the street office re-forms the body',
    ),
    actions: ['clock', 'reform'],
    cite: ['BJ-58'],
  },
  TICK: TICK_DEFINITION,
});

/** The events the stand-in machine takes (from its catalog). */
export type StandInEvent = EventOf<typeof standInEvents>;
