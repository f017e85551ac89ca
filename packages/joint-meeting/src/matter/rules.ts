import { type Bilingual, bilingual, defineRule, type JointLevel } from '@jiayuan/core';
import type { MatterContext } from './context.js';
import {
  convenerOf,
  LEVEL_RULES,
  levelsOf,
  missingParticipants,
  nextLevel,
  participantsOf,
} from './levels.js';

type Snap = { readonly context: MatterContext };
type Sent = { readonly by: { readonly role: string } };

const fail = (message: Bilingual, details?: Record<string, unknown>) =>
  details === undefined
    ? { ok: false as const, message }
    : { ok: false as const, message, details };

/** Only the level's convener convenes, resolves or escalates there (JA 二(一)1–4). */
export const convenerOfLevel = defineRule({
  id: 'convener-of-level',
  citations: ['JA-2-1-1', 'JA-2-1-2', 'JA-2-1-3', 'JA-2-1-4'],
  check({ context }: Snap, event: Sent) {
    const rule = LEVEL_RULES[context.level];
    const convener = convenerOf(context.jointMeetings, context.level);
    return event.by.role === convener.role
      ? true
      : fail(
          bilingual(
            `${rule.title['zh-CN']}由${convener.role}召集，不是${event.by.role}。`,
            `The ${rule.title.en} is convened by ${convener.role}, not ${event.by.role}.`,
          ),
          { level: context.level, convener: convener.role, cite: convener.cite },
        );
  },
});

/** A meeting needs the level's required participants: the profile's, else the notice's. */
export const requiredParticipants = defineRule({
  id: 'required-participants',
  citations: ['JA-2-1-1', 'JA-2-1-2', 'JA-2-1-3', 'JA-2-1-4'],
  check({ context }: Snap, event: { readonly participants: readonly string[] }) {
    const missing = missingParticipants(context.level, event.participants, context.jointMeetings);
    const { cite } = participantsOf(context.jointMeetings, context.level);
    return missing.length === 0
      ? true
      : fail(
          bilingual(
            `会议缺少应参加人员：${missing.join('、')}。`,
            `The meeting lacks required participants: ${missing.join(', ')}.`,
          ),
          { missing, cite },
        );
  },
});

/** A level resolves or passes a matter on only after meeting on it. */
export const meetingHeldHere = defineRule({
  id: 'meeting-held-at-level',
  citations: ['JA-2-1'],
  check({ context }: Snap) {
    return heldAtLevel(context)
      ? true
      : fail(
          bilingual(
            '本级尚未召开联席会议研究该事项。',
            'No joint meeting has been held on the matter at this level.',
          ),
        );
  },
});

/** Escalation goes to the next level only; the district is the last resort. */
export const oneLevelUp = defineRule({
  id: 'escalate-one-level',
  citations: ['JA-2-1'],
  check({ context }: Snap, event: { readonly toLevel: JointLevel }) {
    const next = nextLevel(context.level, levelsOf(context.jointMeetings));
    if (next === null) {
      const top = LEVEL_RULES[context.level].title;
      return fail(
        bilingual(
          `${top['zh-CN']}是本配置的最后一级，不能再上交。`,
          `The ${top.en} is this profile's last resort.`,
        ),
        { cite: context.jointMeetings.levels.cite },
      );
    }
    return event.toLevel === next
      ? true
      : fail(
          bilingual(
            `只能上交至上一级（${next}），不能跳级至${event.toLevel}。`,
            `Escalation goes to ${next}; it cannot skip to ${event.toLevel}.`,
          ),
          { next, requested: event.toLevel },
        );
  },
});

/** Mediation by the residents' committee's mediation committee, below the street level. */
export const mediationLevel = defineRule({
  id: 'mediation-below-street',
  citations: ['SH-36'],
  check({ context }: Snap) {
    return context.level === 'complex' || context.level === 'residential-area'
      ? true
      : fail(
          bilingual(
            '居委会人民调解仅在小区和居民区层级进行。',
            'Mediation by the residents’ committee happens at complex or residential-area level.',
          ),
        );
  },
});

/** Whether a meeting was held at the current level since the matter arrived there. */
export function heldAtLevel(context: MatterContext): boolean {
  return context.meetings.some(
    (m) => m.level === context.level && Date.parse(m.at) >= Date.parse(context.levelSince),
  );
}
