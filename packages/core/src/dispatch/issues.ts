import type { z } from 'zod';
import { en as enLocale, zhCN as zhLocale } from 'zod/locales';
import type { EventIssue } from './rejection.js';

const zodZh = zhLocale();
const zodEn = enLocale();

/** Dotted path of a zod issue: `by.role`, `items.0.area`; empty for the root. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'symbol' ? key.toString() : String(key))).join('.');
}

/**
 * Parses `input` with `schema`. On failure the issues carry messages in both languages: zod's
 * own Chinese and English texts, or the schema's custom message in both when it has one.
 */
export function parseEvent(
  schema: z.ZodType,
  input: unknown,
): { ok: true; event: unknown } | { ok: false; issues: EventIssue[] } {
  const first = schema.safeParse(input);
  if (first.success) return { ok: true, event: first.data };
  const english = schema.safeParse(input, { error: zodEn.localeError });
  const chinese = schema.safeParse(input, { error: zodZh.localeError });
  const issues = (english.error ?? first.error).issues.map((issue, index): EventIssue => {
    const zh = chinese.error?.issues[index]?.message ?? issue.message;
    return {
      path: issuePath(issue.path),
      message: issue.message,
      messages: { 'zh-CN': zh, en: issue.message },
    };
  });
  return { ok: false, issues };
}
