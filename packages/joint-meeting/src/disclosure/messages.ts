import { type Bilingual, bilingual } from '@jiayuan/core';

/** A list of setting names: "a", "a and b", "a, b and c" (en); "a、b" (zh-CN). */
const settingsEn = (keys: readonly string[]): string =>
  keys.length <= 1 ? (keys[0] ?? '') : `${keys.slice(0, -1).join(', ')} and ${keys.at(-1)}`;

/** Texts of the disclosure calendar's refusals built from the profile in force. */
export const DISCLOSURE_TEXT = {
  /**
   * The profile cites no article for a duty (its texts set no such duty or date: the audits
   * under `beijing`): what the texts say of it, as the profile's notes give it, and the profile
   * settings that decide it instead. Appended to the refusal's own text.
   */
  silentDuty: (
    profileName: Bilingual,
    title: Bilingual,
    settings: readonly string[],
    notes: readonly Bilingual[],
  ): Bilingual => {
    const keys = settings.map((k) => `disclosure.${k}`);
    const zhNotes = notes.map((n) => n['zh-CN']).join('');
    const enNotes = notes.map((n) => n.en).join(' ');
    return bilingual(
      `配置「${profileName['zh-CN']}」中没有条文规定“${title['zh-CN']}”${zhNotes === '' ? '。' : `：${zhNotes}`}由配置项 ${keys.join('、')} 决定。`,
      `Under the ${profileName.en} profile no article sets "${title.en}"${enNotes === '' ? '.' : `: ${enNotes}`} The profile's ${keys.length === 1 ? 'setting' : 'settings'} ${settingsEn(keys)} ${keys.length === 1 ? 'decides' : 'decide'}.`,
    );
  },
} as const;
