import type { Bilingual, CitationId, ProcedureMeta } from '@jiayuan/core';

/**
 * The meta every state and transition of this package carries (core's `ProcedureMeta`, title
 * and articles both given). A state's plain-English prose is xstate's own `description`.
 */
export interface FirmMeta extends ProcedureMeta {
  readonly title: Bilingual;
  readonly legal: readonly CitationId[];
}

/** Builds a {@link FirmMeta}. */
export function meta(zh: string, en: string, legal: readonly CitationId[]): FirmMeta {
  return { title: { 'zh-CN': zh, en }, legal };
}

/**
 * A state's title, articles and prose, for spreading into its config: the English sentence is
 * xstate's own `description` (Stately's tools show it), both languages go to `meta.description`
 * (the generated docs show the page's language).
 */
export function state(
  zh: string,
  en: string,
  legal: readonly CitationId[],
  about: Bilingual,
): { readonly description: string; readonly meta: FirmMeta } {
  return { description: about.en, meta: { ...meta(zh, en, legal), description: about } };
}
