import { bilingual, defineCatalog, type EventOf, JointLevelSchema } from '@jiayuan/core';
import { z } from 'zod';
import { MATTER_KEEPS } from './kept.js';
import {
  convenerOfLevel,
  mediationLevel,
  meetingHeldHere,
  oneLevelUp,
  requiredParticipants,
} from './rules.js';

const text = z.string().min(1).max(4000);
const names = z.array(z.string().min(1).max(100)).max(50);

const CONVENERS = [
  'committee-chair',
  'residential-party-organisation',
  'street-party-committee',
  'district-organisation-department',
] as const;

/**
 * The matter machine's events: each entry is the only definition of its event — payload, who
 * may send it, its rules (guards of the machine), the actions it applies and its articles. The
 * context keeps the profile's joint-meeting section ({@link MATTER_KEEPS}), so the rules read the
 * section of the act's day.
 */
export const matterEvents = defineCatalog(
  {
    HOLD_MEETING: {
      payload: { participants: names, invited: names.optional(), minutes: text },
      roles: CONVENERS,
      title: bilingual('召开联席会议', 'Hold the joint meeting'),
      description: bilingual(
        '本级召集人召开联席会议研究该事项',
        "The level's convener holds a joint meeting on the matter",
      ),
      rules: [convenerOfLevel, requiredParticipants],
      actions: ['clock', 'recordMeeting'],
      cite: ['JA-2-1'],
    },
    RESOLVE: {
      payload: { outcome: text },
      roles: CONVENERS,
      title: bilingual('事项解决', 'Resolve'),
      description: bilingual('本级解决该事项', 'The level resolves the matter'),
      rules: [convenerOfLevel, meetingHeldHere],
      actions: ['clock', 'resolve'],
      cite: ['JA-2-1'],
    },
    ESCALATE: {
      payload: { toLevel: JointLevelSchema, reason: text },
      roles: CONVENERS,
      title: bilingual('提交上一级', 'Escalate'),
      description: bilingual(
        '本级未能解决，说明理由提交上一级',
        'Unresolved: pass to the next level with the reason',
      ),
      rules: [convenerOfLevel, oneLevelUp, meetingHeldHere],
      actions: ['clock', 'escalate'],
      cite: ['JA-2-1'],
    },
    REQUEST_MEDIATION: {
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
      actions: ['clock', 'requestMediation'],
      cite: ['SH-36', 'SH-5'],
    },
    MEDIATION_CONCLUDED: {
      payload: { agreed: z.boolean(), record: text },
      roles: ['mediation-committee'],
      title: bilingual('调解结束', 'Mediation concluded'),
      description: bilingual(
        '人民调解委员会报告调解结果',
        'The mediation committee reports the result',
      ),
      actions: ['clock', 'concludeMediation'],
      cite: ['SH-36'],
    },
    TICK: {
      roles: ['system'],
      title: bilingual('时间推进', 'Clock tick'),
      description: bilingual('系统时钟推进流程时间', 'The clock moves the process time'),
      actions: ['clock', 'markMissed'],
    },
  },
  { keeps: MATTER_KEEPS },
);

/** The events the matter machine takes. */
export type MatterEvent = EventOf<typeof matterEvents>;
