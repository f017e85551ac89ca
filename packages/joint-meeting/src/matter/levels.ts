import {
  type Bilingual,
  bilingual,
  type CitationId,
  type JointLevel,
  type JointMeetings,
  type Role,
} from '@jiayuan/core';

/** The four levels, lowest first: a matter goes up one level at a time (JA 二(一)). */
export const LEVEL_ORDER: readonly JointLevel[] = [
  'complex',
  'residential-area',
  'street',
  'district',
];

/** Who attends a joint meeting, as the notice names them; not all are roles in core. */
export const PARTICIPANTS = [
  'committee-members',
  'building-leaders',
  'firm-representative',
  'owner-representatives',
  'residents-committee-director',
  'community-police',
  'property-manager',
  'committee-head',
  'party-member-representatives',
  'residential-party-organisation',
  'street-departments',
  'district-field-offices',
  'property-firms',
  'district-public-security',
  'district-greening-bureau',
  'district-housing-bureau',
  'district-area-office',
  'street-party-committees',
] as const;

/** One of {@link PARTICIPANTS}. */
export type Participant = (typeof PARTICIPANTS)[number];

/** A level's convener, required participants and the item of JA 二(一) that sets them. */
export interface LevelRule {
  readonly convener: Role;
  readonly required: readonly Participant[];
  readonly cite: readonly CitationId[];
  readonly title: Bilingual;
}

/** RULES section 8, from JA 二(一)1–4. */
export const LEVEL_RULES: Readonly<Record<JointLevel, LevelRule>> = {
  district: {
    convener: 'district-organisation-department',
    required: [
      'district-public-security',
      'district-greening-bureau',
      'district-housing-bureau',
      'district-area-office',
      'street-party-committees',
    ],
    cite: ['JA-2-1-1'],
    title: bilingual('区级工作联席会议', 'district joint meeting'),
  },
  street: {
    convener: 'street-party-committee',
    required: ['street-departments', 'district-field-offices', 'property-firms'],
    cite: ['JA-2-1-2'],
    title: bilingual('街镇级工作联席会议', 'street/town joint meeting'),
  },
  'residential-area': {
    convener: 'residential-party-organisation',
    required: [
      'residents-committee-director',
      'community-police',
      'property-manager',
      'committee-head',
      'party-member-representatives',
    ],
    cite: ['JA-2-1-3'],
    title: bilingual('居民区工作联席会议', 'residential-area joint meeting'),
  },
  // 由业委会主任牵头; the residential party organisation may be invited (可邀请), not required.
  complex: {
    convener: 'committee-chair',
    required: [
      'committee-members',
      'building-leaders',
      'firm-representative',
      'owner-representatives',
    ],
    cite: ['JA-2-1-4'],
    title: bilingual('住宅小区工作联席会议', 'complex joint meeting'),
  },
};

/**
 * The levels a profile's joint meetings use, lowest first; empty when its texts have none (the
 * `beijing` and `national` profiles).
 */
export function levelsOf(jointMeetings: Pick<JointMeetings, 'levels'>): JointLevel[] {
  return LEVEL_ORDER.filter((l) => jointMeetings.levels.value.includes(l));
}

/**
 * The level above among `levels` (default all four), or `null` at the highest: the last resort.
 */
export function nextLevel(
  level: JointLevel,
  levels: readonly JointLevel[] = LEVEL_ORDER,
): JointLevel | null {
  const i = levels.indexOf(level);
  return i < 0 ? null : (levels[i + 1] ?? null);
}

/** Who convenes `level`: the profile's convener where it names one, else the notice's. */
export function convenerOf(
  jointMeetings: Pick<JointMeetings, 'conveners'>,
  level: JointLevel,
): { readonly role: Role; readonly cite: readonly string[] } {
  const named = jointMeetings.conveners?.value[level];
  return named === undefined
    ? { role: LEVEL_RULES[level].convener, cite: LEVEL_RULES[level].cite }
    : { role: named, cite: jointMeetings.conveners?.cite ?? [] };
}

/**
 * Who must attend `level`'s meeting: the profile's participants where it names them, else the
 * notice's (JA 二(一)1–4).
 */
export function participantsOf(
  jointMeetings: Pick<JointMeetings, 'participants'> | undefined,
  level: JointLevel,
): { readonly required: readonly string[]; readonly cite: readonly string[] } {
  const named = jointMeetings?.participants?.value[level];
  return named === undefined
    ? { required: LEVEL_RULES[level].required, cite: LEVEL_RULES[level].cite }
    : { required: named, cite: jointMeetings?.participants?.cite ?? [] };
}

/**
 * The required participants missing from a meeting at `level`: the profile's where `jointMeetings`
 * names them (see {@link participantsOf}), else the notice's.
 */
export function missingParticipants(
  level: JointLevel,
  present: readonly string[],
  jointMeetings?: Pick<JointMeetings, 'participants'>,
): string[] {
  return participantsOf(jointMeetings, level).required.filter((p) => !present.includes(p));
}
