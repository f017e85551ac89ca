/**
 * Citation registry: the legal texts, the articles the machines cite with a verbatim key
 * phrase each, and helpers to find an article in a text and to render a citation.
 */
export { articleHeading, findArticle, findParagraph, squeezeWhitespace } from './article-text.js';
export { type Citation, type CitationEntry, formatCitation, UNLOCATED } from './citation.js';
export {
  LAW_IDS,
  LAWS,
  type Law,
  type LawId,
  LawIdSchema,
  type LawKind,
  type LawStatus,
} from './laws.js';
export { parseChineseNumeral, toChineseNumeral } from './numerals.js';
export {
  CITATION_IDS,
  CITATIONS,
  type CitationId,
  CitationIdSchema,
  citation,
  isCitationId,
} from './registry.js';
export { RULE_CITATIONS, type RuleId } from './rules.js';
export {
  type AmendedProvision,
  type Amendment,
  citationInForce,
  citationValidity,
  LAW_VALIDITY,
  lawInForce,
  type TextValidity,
} from './validity.js';
export {
  type CitationVersion,
  citationVersion,
  citationVersionLabel,
  withVersion,
} from './version-label.js';
export { VERSION_WORDS, type VersionWords } from './version-locale.js';
