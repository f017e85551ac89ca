import { z } from 'zod';
import type { Bilingual } from '../../i18n.js';
import { defineProfile, ProfileValidationError } from '../define.js';
import { ProfileFloorError } from '../floor.js';
import { type Profile, type ProfileInput, ProfileSchema } from '../schema.js';
import { type FollowLaw, FollowLawSchema } from './follow.js';

/** The code of a {@link ProfileChoiceSchema} issue for a profile below a national floor. */
export const PROFILE_FLOOR_ISSUE = 'profile-below-floor';

/**
 * The message of a start input's zod issue in both languages, as one clause: the issue's own
 * `params.messages` where it has them (a {@link ProfileChoiceSchema} floor breach, with its
 * article), else zod's message in both. For the input errors the machine packages word.
 */
export function issueMessages(issue: {
  readonly message: string;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}): Bilingual {
  const own: unknown = issue.params?.messages;
  if (typeof own === 'object' && own !== null) {
    const zh: unknown = Reflect.get(own, 'zh-CN');
    const en: unknown = Reflect.get(own, 'en');
    if (typeof zh === 'string' && typeof en === 'string') {
      return { 'zh-CN': zh.replace(/。$/, ''), en: en.replace(/\.$/, '') };
    }
  }
  return { 'zh-CN': issue.message, en: issue.message };
}

/**
 * Each issue of a refused start input as `path: message` in both languages
 * ({@link issueMessages}); an issue of the input itself (an empty path) is its message alone, or
 * `root: message` when `root` names the input.
 */
export function issueTexts(
  issues: readonly {
    readonly path: readonly PropertyKey[];
    readonly message: string;
    readonly params?: Readonly<Record<string, unknown>> | undefined;
  }[],
  root?: string,
): Bilingual[] {
  return issues.map((issue) => {
    const text = issueMessages(issue);
    const path = issue.path.map(String).join('.') || root;
    if (path === undefined) return text;
    return { 'zh-CN': `${path}: ${text['zh-CN']}`, en: `${path}: ${text.en}` };
  });
}

/** A refused start input's issues in one text per language, and the fields they name. */
export interface IssueSummary {
  /** The first issues' {@link issueTexts}, joined: `；` in Chinese, `; ` in English. */
  readonly detail: Bilingual;
  /**
   * Every issue's dotted path, each once, in order: a key the input may not have is named itself
   * (zod reports it on the object holding it), and an issue of the input itself is `root`.
   */
  readonly fields: readonly string[];
}

/**
 * The issues of a refused start input as a machine package's input error carries them: the first
 * `limit` worded in both languages ({@link issueTexts}; a hostile input can raise thousands), and
 * the fields of all of them.
 */
export function issueSummary(
  issues: Parameters<typeof issueTexts>[0],
  root = '(input)',
  limit = 5,
): IssueSummary {
  const texts = issueTexts(issues.slice(0, limit), root);
  const more = issues.length - texts.length;
  const join = (locale: keyof Bilingual, separator: string, rest: string) =>
    texts.map((text) => text[locale]).join(separator) + (more > 0 ? rest : '');
  return {
    detail: {
      'zh-CN': join('zh-CN', '；', `；另有${more}处`),
      en: join('en', '; ', `; and ${more} more`),
    },
    fields: [...new Set(issues.flatMap((issue) => fieldsOf(issue, root)))],
  };
}

// The dotted paths an issue names: its own, or, for keys the object may not have, each key's.
function fieldsOf(issue: Parameters<typeof issueTexts>[0][number], root: string): string[] {
  const path = issue.path.map(String);
  const keys: unknown = Reflect.get(issue, 'keys');
  if (Reflect.get(issue, 'code') === 'unrecognized_keys' && Array.isArray(keys)) {
    return keys.map((key) => [...path, String(key)].join('.'));
  }
  return [path.join('.') || root];
}

// A profile issue's dotted path as zod's path (array indices as numbers).
function pathOf(dotted: string): PropertyKey[] {
  if (dotted === '') return [];
  return dotted.split('.').map((key) => (/^(0|[1-9]\d*)$/.test(key) ? Number(key) : key));
}

// `{ follows: 'shanghai' }`, or only a `follows`: a profile's own `follows` is an object.
function asksToFollow(value: object): boolean {
  const follows: unknown = Reflect.get(value, 'follows');
  return typeof follows === 'string' || (follows !== undefined && Object.keys(value).length === 1);
}

/**
 * A start input's `profile`, as every machine takes it: `{ follows: id }` to hold the edition of
 * that shipped profile's history in force on each day, or a fixed profile, which is what
 * {@link defineProfile} returns for it: checked against the profile schema and the national
 * floor (Civil Code, PMR, SPC; see `checkProfileFloors`) and deeply frozen. A profile
 * `defineProfile` returned (the shipped ones included) is taken as it is, not parsed again.
 *
 * Each problem is an issue under the input's `profile`: a schema problem at its own path; a
 * floor breach at the field, with code {@link PROFILE_FLOOR_ISSUE}, the article
 * (`params.citation`) and the message in both languages (`params.messages`).
 */
export const ProfileChoiceSchema: z.ZodType<Profile | FollowLaw, ProfileInput | FollowLaw> = z
  .custom<ProfileInput | FollowLaw>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    { error: 'expected a profile, or { follows } naming a shipped profile' },
  )
  .transform((value, ctx): Profile | FollowLaw => {
    // A profile's `follows` names its texts in both languages; a history is asked for by id.
    if (asksToFollow(value)) {
      const parsed = FollowLawSchema.safeParse(value);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path] });
      }
      return z.NEVER;
    }
    try {
      return defineProfile(value as ProfileInput);
    } catch (error) {
      if (error instanceof ProfileValidationError) {
        for (const issue of error.issues) {
          ctx.addIssue({
            code: 'custom',
            message: issue.message,
            path: pathOf(issue.path),
            ...(issue.code === undefined ? {} : { params: { code: issue.code } }),
          });
        }
        return z.NEVER;
      }
      if (error instanceof ProfileFloorError) {
        for (const violation of error.violations) {
          ctx.addIssue({
            code: 'custom',
            message: violation.messages.en,
            path: pathOf(violation.field),
            params: {
              code: PROFILE_FLOOR_ISSUE,
              citation: violation.citation,
              messages: violation.messages,
            },
          });
        }
        return z.NEVER;
      }
      throw error;
    }
  });

/**
 * The JSON Schema a {@link ProfileChoiceSchema} stands for: `{ follows }` or a profile, as the
 * profile schema describes it. A custom check and a transform have none of their own, so
 * `zodJsonSchema` writes this in their place.
 */
export function profileChoiceJsonSchema(io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(z.union([FollowLawSchema, ProfileSchema]), {
    io,
    unrepresentable: 'any',
  });
  return schema;
}
