import { type Bilingual, bilingual, CITATIONS, formatCitation, type Profile } from '@jiayuan/core';

const citeOf = (profile: Profile, locale: 'zh-CN' | 'en') =>
  profile.jointMeetings.levels.cite.map((id) => formatCitation(CITATIONS[id], locale));

/** Texts of a refused matter start (see `MatterInputError`). */
export const MATTER_INPUT_TEXT = {
  /** The profile's texts have no joint meetings: no level to raise the matter at. */
  noLevels: (profile: Profile): Bilingual => {
    const note = profile.jointMeetings.levels.note;
    const zh = [...citeOf(profile, 'zh-CN'), note?.['zh-CN']].filter(Boolean).join('；');
    const en = [...citeOf(profile, 'en'), note?.en].filter(Boolean).join('; ');
    return bilingual(
      `配置「${profile.name['zh-CN']}」没有联席会议层级，不能启动联席会议事项${zh === '' ? '' : `（${zh}）`}`,
      `The ${profile.name.en} profile has no joint-meeting levels: a matter cannot be started${en === '' ? '' : ` (${en})`}`,
    );
  },
  /** The matter is raised at a level the profile does not use. */
  levelNotInProfile: (profile: Profile, level: string, levels: readonly string[]): Bilingual =>
    bilingual(
      `配置「${profile.name['zh-CN']}」的联席会议层级为 ${levels.join('、')}，不含 ${level}`,
      `The ${profile.name.en} profile's joint-meeting levels are ${levels.join(', ')}, not ${level}`,
    ),
  /** The input fails its schema: core's `issueSummary` of the issues. */
  invalid: (detail: Bilingual): Bilingual =>
    bilingual(
      `联席会议事项的输入无效：${detail['zh-CN']}`,
      `Invalid joint-meeting matter input: ${detail.en}`,
    ),
  /** The matter follows a history from a day before its first edition (core's reason quoted). */
  beforeHistory: (reason: Bilingual): Bilingual =>
    bilingual(
      `联席会议事项的输入无效：profile：${reason['zh-CN']}`,
      `Invalid joint-meeting matter input: profile: ${reason.en}`,
    ),
} as const;
