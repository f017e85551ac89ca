import { describeProfile, type ProfileRow } from '@jiayuan/core';
import { cell } from './render.js';

/** The profiles' values by path, each profile's rows in its own order. */
export interface ProfileValues {
  /** Profile ids in column order: shanghai, beijing, national first, then any other by name. */
  readonly ids: readonly string[];
  /** Each profile's rows by dotted path. */
  readonly rows: ReadonlyMap<string, ReadonlyMap<string, ProfileRow>>;
}

const FIRST = ['shanghai', 'beijing', 'national'];

/** The profile ids in column order: shanghai, beijing, national, then any other by name. */
export function profileOrder(profiles: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(profiles).sort((a, b) => {
    const [i, j] = [FIRST.indexOf(a), FIRST.indexOf(b)];
    if (i >= 0 || j >= 0) return (i < 0 ? FIRST.length : i) - (j < 0 ? FIRST.length : j);
    return a.localeCompare(b);
  });
}

/** Reads every profile's values once, for {@link profileValueTable}. */
export function profileValues(profiles: Readonly<Record<string, unknown>>): ProfileValues {
  const ids = profileOrder(profiles);
  const rows = new Map<string, Map<string, ProfileRow>>();
  for (const id of ids) {
    const described = describeProfile(profiles[id] as Parameters<typeof describeProfile>[0], 'en');
    rows.set(id, new Map(described.map((row) => [row.path, row])));
  }
  return { ids, rows };
}

// One profile's cell: the value and the ids it cites, or why it cites none.
function valueCell(row: ProfileRow | undefined): string {
  if (row === undefined) return '—';
  if (row.citationIds.length === 0) return `${cell(row.value)} (not in this text)`;
  return `${cell(row.value)} ${row.citationIds.map((id) => `\`${id}\``).join(', ')}`;
}

/**
 * The profile settings behind a rule-book row, one line each with every profile's value and
 * articles side by side: a setting is listed when any profile cites one of the row's `ids` for
 * it, so a Beijing value citing BJ articles stands beside the Shanghai value the row was written
 * from. Empty when no profile cites the row.
 */
export function profileValueTable(values: ProfileValues, ids: ReadonlySet<string>): string[] {
  const paths: string[] = [];
  for (const rows of values.rows.values()) {
    for (const row of rows.values()) {
      if (row.citationIds.some((id) => ids.has(id)) && !paths.includes(row.path)) {
        paths.push(row.path);
      }
    }
  }
  if (paths.length === 0) return [];
  const out = [
    `| setting | ${values.ids.join(' | ')} |`,
    `| --- |${values.ids.map(() => ' --- |').join('')}`,
  ];
  for (const path of paths) {
    const cells = values.ids.map((id) => valueCell(values.rows.get(id)?.get(path)));
    out.push(`| \`${path}\` | ${cells.join(' | ')} |`);
  }
  return out;
}
