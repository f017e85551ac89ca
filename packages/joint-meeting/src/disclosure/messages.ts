import { type Bilingual, bilingual } from '@jiayuan/core';

/** A list of setting names: "a", "a and b", "a, b and c" (en); "a、b" (zh-CN). */
const settingsEn = (keys: readonly string[]): string =>
  keys.length <= 1 ? (keys[0] ?? '') : `${keys.slice(0, -1).join(', ')} and ${keys.at(-1)}`;

/** A list of ids for a message: "a, b and c" (en); "a、b、c" (zh-CN). */
const idsEn = settingsEn;
const idsZh = (ids: readonly string[]): string => ids.join('、');

/** Texts of the disclosure calendar's refusals built from the profile in force. */
export const DISCLOSURE_TEXT = {
  /** `fund-duty-binds`: no fund-accounts posting binds the complex for a drawing to await. */
  noFundDuty: (profileId: string): Bilingual =>
    bilingual(
      `本小区（${profileId}）没有“专项维修资金收支情况”的公开义务，列支无从登记待公布。`,
      `The maintenance fund accounts are not a duty of this complex (${profileId}): there is no posting for a drawing to await.`,
    ),
  /** `drawing-once`: the drawing is already waiting or already posted. */
  drawingTwice: (drawingId: string, posted: boolean): Bilingual =>
    bilingual(
      `列支“${drawingId}”已${posted ? '列入公布的收支情况' : '登记待公布'}，不重复登记。`,
      `Drawing "${drawingId}" is already ${posted ? 'listed on posted accounts' : 'waiting for the next posting'}; it is recorded once.`,
    ),
  /** `drawing-not-ahead`: the drawing is dated after the instant it is recorded. */
  drawingAhead: (drawnAt: string, at: string): Bilingual =>
    bilingual(
      `列支时间 ${drawnAt} 晚于登记时间 ${at}：只能登记已发生的列支。`,
      `The drawing is dated ${drawnAt}, after it is recorded at ${at}: only a drawing made is recorded.`,
    ),
  /** `drawings-room`: the waiting list is full. */
  drawingsFull: (max: number): Bilingual =>
    bilingual(
      `已有 ${max} 笔列支待公布：请先公布专项维修资金收支情况。`,
      `${max} drawings already wait for the accounts: post the maintenance fund accounts first.`,
    ),
  /** `drawings-listed`: drawings named on a posting of a duty other than the fund's accounts. */
  drawingsOnOtherDuty: (title: Bilingual): Bilingual =>
    bilingual(
      `专项维修资金的列支只列入“专项维修资金收支情况”的公布，不列入“${title['zh-CN']}”。`,
      `Drawings from the maintenance fund are listed on the fund's accounts only, not on "${title.en}".`,
    ),
  /**
   * `drawings-listed`: the posting's list of drawings is not the waiting list — drawings left
   * out, named but not waiting, named twice, or named on a posting of another duty.
   */
  drawingsNotListed: (
    title: Bilingual,
    problems: {
      readonly missing: readonly string[];
      readonly unknown: readonly string[];
      readonly repeated: readonly string[];
    },
  ): Bilingual => {
    const zh: string[] = [];
    const en: string[] = [];
    if (problems.missing.length > 0) {
      zh.push(`未列明待公布的列支 ${idsZh(problems.missing)}`);
      en.push(`it leaves out the waiting drawings ${idsEn(problems.missing)}`);
    }
    if (problems.unknown.length > 0) {
      zh.push(`列明了不在待公布清单中的 ${idsZh(problems.unknown)}`);
      en.push(`it names ${idsEn(problems.unknown)}, which are not waiting`);
    }
    if (problems.repeated.length > 0) {
      zh.push(`重复列明 ${idsZh(problems.repeated)}`);
      en.push(`it names ${idsEn(problems.repeated)} twice`);
    }
    return bilingual(
      `公布的“${title['zh-CN']}”须逐笔列明待公布的专项维修资金列支：${zh.join('；')}。`,
      `A posting of "${title.en}" names each drawing from the maintenance fund waiting for it: ${en.join('; ')}.`,
    );
  },
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
