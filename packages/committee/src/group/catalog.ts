import { bilingual, RollInputSchema } from '@jiayuan/core';
import { z } from 'zod';
import { IdSchema, TextSchema } from '../shared/bounds.js';
import { GroupMemberSchema } from '../shared/context.js';
import {
  DRAFTS,
  facilitatorAllowedRule,
  partyLedFormationRule,
  preparatoryComposition,
  preparatoryDrafts,
  preparatoryOwnerReps,
  reElectionComposition,
  reElectionDrafts,
  reElectionOwnerReps,
  standInAvailableRule,
  trainedFirstRule,
} from './rules.js';

/** The roles that do the group's work (either group: the process's own, by its catalog). */
const GROUPS = ['preparatory-group', 're-election-group'] as const;

/** The group's rules where the preparatory and the re-election group differ. */
const KINDS = {
  preparatory: {
    composition: preparatoryComposition,
    ownerReps: preparatoryOwnerReps,
    drafts: preparatoryDrafts,
    roll: [trainedFirstRule],
  },
  're-election': {
    composition: reElectionComposition,
    ownerReps: reElectionOwnerReps,
    drafts: reElectionDrafts,
    roll: [],
  },
} as const;

/**
 * The catalog entries of the group's work (FORM-4..5, TERM-2): the street office forms it (its
 * owner representatives meeting the candidates' eligibility, SH 15 ¶2, SH 28 ¶3), it confirms
 * the roll and adopts its drafts and the seats; the party organisation's guidance and a third
 * party's assistance are recorded. Spread into the formation and re-election catalogs;
 * `kind` picks the composition and drafts rules of its group (and the preparatory group's
 * training, SH 15 ¶5).
 */
export function groupEntries<const TKind extends keyof typeof KINDS>(kind: TKind) {
  const rules = KINDS[kind];
  return {
    FORM_GROUP: {
      payload: {
        members: z.array(GroupMemberSchema).min(1),
        residentsCommittees: z.number().int().positive().default(1),
      },
      roles: ['street-office'],
      title: bilingual('组建小组', 'Form the group'),
      description: bilingual('街镇组建筹备组或换届改选小组', 'The street office forms the group'),
      rules: [rules.composition, rules.ownerReps],
      actions: ['formGroup'],
      cite: ['SH-15', 'SH-28-3'],
    },
    CONFIRM_ROLL: {
      payload: { roll: RollInputSchema },
      roles: GROUPS,
      title: bilingual('确认业主名册', 'Confirm the roll'),
      description: bilingual(
        '确认并公示业主身份、人数及专有部分面积',
        'Confirm and post owners, headcount and areas',
      ),
      rules: rules.roll,
      actions: ['confirmRoll', 'announce'],
      cite: ['SH-16-1'],
    },
    ADOPT_DRAFTS: {
      payload: { drafts: z.array(z.enum(DRAFTS)), seats: z.number().int().positive() },
      roles: GROUPS,
      title: bilingual('确定筹备事项及委员人数', 'Adopt drafts and seats'),
      description: bilingual(
        '草拟规约和议事规则、表决规则、候选人产生和选举办法，确定委员人数',
        'Draft the statute and rules, voting rules, nomination and election methods; set the seats',
      ),
      rules: [rules.drafts],
      actions: ['adoptDrafts'],
      cite: ['SH-16-1', 'SH-20-1'],
    },
    RECORD_GUIDANCE: {
      payload: { text: TextSchema },
      roles: ['residential-party-organisation', 'street-party-committee'],
      title: bilingual('党组织指导', 'Party guidance'),
      description: bilingual(
        '居民区党组织领导业委会组建、换届，记录其指导',
        'The residential party organisation leads formation and re-election; its guidance is recorded',
      ),
      rules: [partyLedFormationRule],
      actions: ['recordNote'],
      cite: ['JA-2-2'],
    },
    ASSIST: {
      payload: { text: TextSchema },
      roles: ['third-party-organisation'],
      title: bilingual('第三方协助', 'Third-party assistance'),
      description: bilingual(
        '第三方专业社会组织全程参与协助',
        'A third-party professional organisation assists throughout',
      ),
      rules: [facilitatorAllowedRule],
      actions: ['recordNote'],
      cite: ['JA-2-2-2'],
    },
    RECORD_STAND_IN: {
      /** Names the stand-in's own process (`standInMachine`) or file. */
      payload: { reference: IdSchema },
      // `system`: a coordinator records the stand-in the street office formed in its own process.
      roles: ['street-office', 'system'],
      title: bilingual('记录组建物业治理委员会', 'Record the stand-in body'),
      description: bilingual(
        '业主委员会无法按时组建、换届的，街镇牵头组建物业治理委员会临时补位',
        'When the committee cannot be formed or re-elected in time, the street office forms a temporary stand-in',
      ),
      rules: [standInAvailableRule],
      actions: ['recordStandIn', 'announce'],
      cite: ['SH-36-18'],
    },
  } as const;
}
