// docs/guides/law-of-the-day.md shows the texts' dates and the profiles' editions: its two tables
// are rendered from LAW_VALIDITY and PROFILE_HISTORIES, so they cannot drift from the code.
// `UPDATE_DOCS=1` rewrites them.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  citationInForce,
  citationVersionLabel,
  LAW_IDS,
  LAW_VALIDITY,
  LAWS,
} from '../../../src/citations/index.js';
import { profileEditions } from '../../../src/profiles/history/index.js';
import { PROFILE_IDS } from '../../../src/profiles/index.js';

const GUIDE = fileURLToPath(
  new URL('../../../../../docs/guides/law-of-the-day.md', import.meta.url),
);

function validityTable(): string {
  const rows = LAW_IDS.map((id) => {
    const v = LAW_VALIDITY[id];
    const amended = (v.amendments ?? [])
      .map(
        (a) =>
          `${a.provisions.map((p) => `art. ${p.article}${p.paragraph === undefined ? '' : ` ¶${p.paragraph}`}`).join(', ')} from ${a.on}`,
      )
      .join('; ');
    return `| \`${id}\` | ${LAWS[id].short['zh-CN']} | ${v.from} | ${v.until ?? '—'} | ${amended || '—'} | ${v.verified ? 'yes' : 'no'} |`;
  });
  return [
    '| id | text | in force from | until | reworded later | dates read in the text |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function editionsTable(): string {
  const rows = PROFILE_IDS.flatMap((id) =>
    profileEditions(id).map(
      (e) =>
        `| \`${e.id}\` | ${e.from} | ${e.until ?? '—'} | ${e.summary['zh-CN']} / ${e.summary.en} |`,
    ),
  );
  return ['| edition | from | until | what changed |', '|---|---|---|---|', ...rows].join('\n');
}

// The citations the guide uses to show version labels, on the days either side of the two
// boundaries it discusses.
function versionsTable(): string {
  const days = ['2023-12-27', '2026-07-01'] as const;
  const rows = ['SH-20-2', 'SH-2020-20-2', 'SH-6-6', 'CC-278-2'].map((id) => {
    const inForce = days.map((d) =>
      citationInForce(id as never, d) ? 'in force' : 'not in force',
    );
    return `| \`${id}\` | ${citationVersionLabel(id, 'en')} | ${citationVersionLabel(id, 'zh-CN')} | ${inForce.join(' | ')} |`;
  });
  return [
    `| citation | label (en) | label (zh-CN) | on ${days[0]} | on ${days[1]} |`,
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function between(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${GUIDE} has no ${name} markers`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

describe('docs/guides/law-of-the-day.md', () => {
  it('shows the dates of the texts, the version labels and the editions of the profiles as the code has them', () => {
    const text = readFileSync(GUIDE, 'utf8');
    const fresh = between(
      between(between(text, 'validity', validityTable()), 'editions', editionsTable()),
      'versions',
      versionsTable(),
    );
    if (process.env.UPDATE_DOCS === '1') writeFileSync(GUIDE, fresh);
    expect(text).toBe(fresh);
  });
});
