import { z } from 'zod';
import type { Citation, CitationEntry } from './citation.js';
import { BEIJING_CITATIONS } from './table-beijing.js';
import { HISTORY_CITATIONS } from './table-history.js';
import { NATIONAL_CITATIONS } from './table-national.js';
import { SHANGHAI_CITATIONS } from './table-shanghai.js';

const TABLE = {
  ...NATIONAL_CITATIONS,
  ...SHANGHAI_CITATIONS,
  ...HISTORY_CITATIONS,
  ...BEIJING_CITATIONS,
};

/** Stable id of a citation in {@link CITATIONS}, e.g. `'CC-278-2'`, `'SH-28-4'`, `'JA-2-2'`. */
export type CitationId = keyof typeof TABLE;

function withIds<K extends string>(
  table: Record<K, CitationEntry>,
): { readonly [P in K]: Citation } {
  const out = {} as Record<K, Citation>;
  for (const id of Object.keys(table) as K[]) out[id] = Object.freeze({ id, ...table[id] });
  return Object.freeze(out);
}

/**
 * Every citation the machines use, keyed by a stable id. Ids read
 * `LAW-article[-paragraph][-topic]`: `'CC-278-2'` is Civil Code art. 278 ¶2, `'SH-36-4'` is
 * section （四） of SH-36, `'JA-2-2-1'` item 1 of section 二(二) of the Jing'an notice.
 * Covers every source named in the rule book (docs/rules); `verified` follows its markers ([V] → true).
 */
export const CITATIONS: { readonly [K in CitationId]: Citation } = withIds(TABLE);

/** Every {@link CitationId}, in registry order. */
export const CITATION_IDS = Object.keys(CITATIONS) as readonly CitationId[];

/** Zod schema of {@link CitationId}: rejects ids that are not in the registry. */
export const CitationIdSchema: z.ZodEnum<{ [K in CitationId]: K }> = z.enum(
  CITATION_IDS as [CitationId, ...CitationId[]],
  {
    error: (issue) => `unknown citation id ${JSON.stringify(issue.input)}`,
  },
);

/** Whether `id` names a citation in the registry. */
export function isCitationId(id: string): id is CitationId {
  return Object.hasOwn(CITATIONS, id);
}

/** The citation with this id. */
export function citation(id: CitationId): Citation {
  return CITATIONS[id];
}
