import {
  describeProfileAt,
  type Locale,
  PROFILE_IDS,
  ProfileDateError,
  type ProfileId,
  profileEditions,
} from '@jiayuan/core';
import { CliError, EXIT_CODES } from '../exit-codes.js';

const WORDS = {
  'zh-CN': {
    edition: '版本',
    from: '起',
    until: '止',
    open: '至今',
    follows: '依据',
    changed: '变化',
  },
  en: {
    edition: 'edition',
    from: 'from',
    until: 'until',
    open: 'in force',
    follows: 'follows',
    changed: 'changed',
  },
} as const;

/**
 * `jiayuan profile [id] --on <date>`: the profile as it stood on a day — the edition, the texts it
 * follows and each value with the articles behind it. Without `--on`, the editions are listed.
 */
export function runProfile(id: string, on: string | undefined, locale: Locale): string[] {
  if (!(PROFILE_IDS as readonly string[]).includes(id)) {
    throw new CliError(
      `unknown profile "${id}"; one of: ${PROFILE_IDS.join(', ')}`,
      EXIT_CODES.notFound,
    );
  }
  const profile = id as ProfileId;
  const w = WORDS[locale];
  if (on === undefined) {
    return profileEditions(profile).map(
      (e) => `${e.id}\t${e.from}\t${e.until ?? w.open}\t${e.summary[locale]}`,
    );
  }
  let described: ReturnType<typeof describeProfileAt>;
  try {
    described = describeProfileAt(profile, on, locale);
  } catch (error) {
    if (error instanceof ProfileDateError) throw new CliError(`--on: ${error.messages[locale]}`);
    throw error;
  }
  const { edition } = described;
  return [
    `${w.edition}: ${edition.id} (${w.from} ${edition.from}, ${w.until} ${edition.until ?? w.open})`,
    `${w.changed}: ${described.summary}`,
    `${w.follows}: ${described.follows}`,
    '',
    ...described.rows.map((r) =>
      [r.path, r.value, r.citations.join(locale === 'zh-CN' ? '；' : '; '), r.note ?? ''].join(
        '\t',
      ),
    ),
  ];
}
