import { z } from 'zod';
import type { Bilingual } from '../i18n.js';
import { cited } from './cited.js';

/** The code of the issue a retired key with any value but its sole lawful one raises. */
export const RETIRED_KEY_CODE = 'profile-key-retired';

/**
 * A key a profile no longer has: the one value the law allowed it, which is dropped on parse so
 * that stored profiles and persisted snapshots written with it still restore, and why it left.
 */
export interface RetiredProfileKey {
  /** Section and key, e.g. `['voting', 'countNonVotersWithMajority']`; a section alone is the whole section. */
  readonly path: readonly [string] | readonly [string, string];
  /** The key's sole lawful value, as its old schema had it. */
  readonly lawful: z.ZodType;
  /** Why the key left, citing the article. */
  readonly why: Bilingual;
}

/**
 * The keys that left the profile because they could hold only one value, so that no machine
 * could read them to any effect:
 *
 * - `voting.countNonVotersWithMajority` (only `false`): CC 278 ¶2 counts the majority of the
 *   owners taking part ("经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意");
 *   the rule of GUIDE-2009 26 ¶2, under which the rules of procedure could count owners who did
 *   not vote with the majority (从多), is gone since the Civil Code. The floor still refuses a
 *   profile that asks for it (`nonVoterViolation`, CC 278 ¶2).
 * - `calendar` (only `{ timeZone: 'Asia/Shanghai' }`): every period counts in Asia/Shanghai
 *   (RULES TIME-1), by the calendar's own constant.
 */
export const RETIRED_PROFILE_KEYS: readonly RetiredProfileKey[] = [
  {
    path: ['voting', 'countNonVotersWithMajority'],
    lawful: cited(z.literal(false)),
    why: {
      'zh-CN':
        '民法典第二百七十八条第二款以参与表决的业主计算多数，未参与表决者不得计入多数（“从多”仅见于旧《业主大会和业主委员会指导规则》第二十六条第二款）；唯一合法值为 false，已移出配置',
      en: 'CC 278 ¶2 counts the majority of the owners taking part, so non-voters never count with the majority (从多 was the old rule of GUIDE-2009 26 ¶2); its only lawful value is false, and it left the profile',
    },
  },
  {
    path: ['calendar'],
    lawful: z.strictObject({ timeZone: z.literal('Asia/Shanghai') }),
    why: {
      'zh-CN':
        '期间一律按 Asia/Shanghai 计算，唯一合法值为 { timeZone: "Asia/Shanghai" }，已移出配置',
      en: 'every period counts in Asia/Shanghai; its only lawful value is { timeZone: "Asia/Shanghai" }, and it left the profile',
    },
  },
];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Zod's refinement context, as far as {@link dropRetiredKeys} uses it. */
interface IssueSink {
  addIssue(issue: {
    code: 'custom';
    message: string;
    path: (string | number)[];
    params: { code: string };
    input: unknown;
  }): void;
}

/**
 * The legacy step of the profile schema: a retired key holding its sole lawful value is dropped;
 * any other value is an issue coded {@link RETIRED_KEY_CODE} that says the key is retired and
 * why. Returns a copy; the input is never changed (it may be frozen).
 */
export function dropRetiredKeys(input: unknown, ctx: IssueSink): unknown {
  if (!isRecord(input)) return input;
  let out: Record<string, unknown> = input;
  for (const key of RETIRED_PROFILE_KEYS) {
    const [section, name] = key.path;
    const holder = name === undefined ? out : out[section];
    const field = name ?? section;
    if (!isRecord(holder) || !(field in holder)) continue;
    if (!key.lawful.safeParse(holder[field]).success) {
      const path = key.path.join('.');
      ctx.addIssue({
        code: 'custom',
        message: `${path} is retired: ${key.why.en} / ${path} 已停用：${key.why['zh-CN']}`,
        path: [...key.path],
        params: { code: RETIRED_KEY_CODE },
        input: holder[field],
      });
    }
    const { [field]: _dropped, ...rest } = holder;
    out = name === undefined ? rest : { ...out, [section]: rest };
  }
  return out;
}
