import type { CitationId } from '../citations/index.js';
import type { Bilingual } from '../i18n.js';

/**
 * The `meta` of every state and transition of the machines (typed with `setup({ types: { meta } })`):
 * a bilingual title for messages and diagrams, the articles it applies, and optionally the prose
 * in both languages. xstate's own `description` carries the English prose, which Stately's tools
 * show; the generated docs prefer `meta.description` when it is given.
 */
export interface ProcedureMeta {
  readonly title?: Bilingual;
  readonly legal?: readonly CitationId[];
  readonly description?: Bilingual;
}
