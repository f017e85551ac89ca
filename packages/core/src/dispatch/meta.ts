import type { CitationId } from '../citations/index.js';
import type { Bilingual } from '../i18n.js';

/**
 * The `meta` of every state and transition of the machines (typed with `setup({ types: { meta } })`):
 * a bilingual title for messages and diagrams, and the articles it applies. The prose description
 * of a state is xstate's own `description`, which Stately's tools show.
 */
export interface ProcedureMeta {
  readonly title?: Bilingual;
  readonly legal?: readonly CitationId[];
}
