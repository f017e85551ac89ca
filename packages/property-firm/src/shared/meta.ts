import type { Bilingual, CitationId } from '@jiayuan/core';

/** The meta every state and transition of this package carries. */
export interface FirmMeta {
  readonly title: Bilingual;
  readonly legal: readonly CitationId[];
  readonly description?: Bilingual;
}

/** Builds a {@link FirmMeta}. */
export function meta(
  zh: string,
  en: string,
  legal: readonly CitationId[],
  description?: Bilingual,
): FirmMeta {
  return {
    title: { 'zh-CN': zh, en },
    legal,
    ...(description === undefined ? {} : { description }),
  };
}
