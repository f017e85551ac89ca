import {
  bilingual,
  defineEvents,
  type EventOf,
  eventSchema,
  JointLevelSchema,
} from '@jiayuan/core';
import { z } from 'zod';
import {
  convenerOfLevel,
  mediationLevel,
  meetingHeldHere,
  oneLevelUp,
  requiredParticipants,
} from './rules.js';

const text = z.string().min(1).max(4000);
const names = z.array(z.string().min(1).max(100)).max(50);

/** A joint meeting held on the matter at its current level. */
export const HoldMeetingSchema = eventSchema('HOLD_MEETING', {
  participants: names,
  invited: names.optional(),
  minutes: text,
});
/** The level resolves the matter. */
export const ResolveSchema = eventSchema('RESOLVE', { outcome: text });
/** The level passes the matter to the next level, with the reason. */
export const EscalateSchema = eventSchema('ESCALATE', { toLevel: JointLevelSchema, reason: text });
/** Mediation by the residents' committee's people's mediation committee is asked for. */
export const RequestMediationSchema = eventSchema('REQUEST_MEDIATION');
/** The mediation committee reports: agreement or none. */
export const MediationConcludedSchema = eventSchema('MEDIATION_CONCLUDED', {
  agreed: z.boolean(),
  record: text,
});
/** The clock moves; an elapsed escalation period sends the matter up. */
export const TickSchema = eventSchema('TICK');

const CONVENERS = [
  'committee-chair',
  'residential-party-organisation',
  'street-party-committee',
  'district-organisation-department',
] as const;

/** The matter machine's events. */
export const matterEvents = defineEvents({
  HOLD_MEETING: {
    schema: HoldMeetingSchema,
    roles: [...CONVENERS],
    title: bilingual('召开联席会议', 'Hold the joint meeting'),
    description: bilingual(
      '本级召集人召开联席会议研究该事项',
      "The level's convener holds a joint meeting on the matter",
    ),
    rules: [convenerOfLevel, requiredParticipants],
  },
  RESOLVE: {
    schema: ResolveSchema,
    roles: [...CONVENERS],
    title: bilingual('事项解决', 'Resolve'),
    description: bilingual('本级解决该事项', 'The level resolves the matter'),
    rules: [convenerOfLevel, meetingHeldHere],
  },
  ESCALATE: {
    schema: EscalateSchema,
    roles: [...CONVENERS],
    title: bilingual('提交上一级', 'Escalate'),
    description: bilingual(
      '本级未能解决，说明理由提交上一级',
      'Unresolved: pass to the next level with the reason',
    ),
    rules: [convenerOfLevel, oneLevelUp, meetingHeldHere],
  },
  REQUEST_MEDIATION: {
    schema: RequestMediationSchema,
    roles: [
      'committee-chair',
      'residents-committee',
      'residential-party-organisation',
      'owner',
      'property-firm',
    ],
    title: bilingual('申请人民调解', 'Ask for mediation'),
    description: bilingual(
      '请居委会人民调解委员会调解',
      "Ask the residents' committee's mediation committee to mediate",
    ),
    rules: [mediationLevel],
  },
  MEDIATION_CONCLUDED: {
    schema: MediationConcludedSchema,
    roles: ['mediation-committee'],
    title: bilingual('调解结束', 'Mediation concluded'),
    description: bilingual(
      '人民调解委员会报告调解结果',
      'The mediation committee reports the result',
    ),
  },
  TICK: {
    schema: TickSchema,
    roles: ['system'],
    title: bilingual('时间推进', 'Clock tick'),
    description: bilingual('系统时钟推进流程时间', 'The clock moves the process time'),
  },
});

/** The events the matter machine takes. */
export type MatterEvent = EventOf<typeof matterEvents>;
