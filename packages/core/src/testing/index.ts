/**
 * `@jiayuan/core/testing`: helpers for tests, not for running machines. They find an article or
 * paragraph in the text of a law, so a test can check that each citation's key phrase is really
 * in the article it names (principle 3) — core's own registry test does, and so can a host that
 * keeps its own copies of the texts.
 *
 * @example
 * ```ts
 * import { CITATIONS } from '@jiayuan/core';
 * import { findArticle, findParagraph, squeezeWhitespace } from '@jiayuan/core/testing';
 * const c = CITATIONS['CC-278-2'];
 * const article = findArticle(civilCodeText, c.article);
 * const paragraph = article && c.paragraph ? findParagraph(article, c.paragraph) : article;
 * squeezeWhitespace(paragraph ?? '').includes(squeezeWhitespace(c.keyPhrase)); // true
 * ```
 *
 * @packageDocumentation
 */

export {
  articleHeading,
  findArticle,
  findParagraph,
  squeezeWhitespace,
} from '../citations/article-text.js';
