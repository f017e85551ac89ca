import { describe, expect, it } from 'vitest';
import {
  CITATIONS,
  type Citation,
  findArticle,
  findParagraph,
  LAWS,
  squeezeWhitespace,
} from '../../src/citations/index.js';
import { readLaw } from './law-files.js';

/** The label findArticle takes: a policy section's item is part of its label (二(二)1). */
function label(c: Citation): number | string {
  return typeof c.article === 'string' && c.item !== undefined
    ? `${c.article}${c.item}`
    : c.article;
}

const withText = Object.values(CITATIONS).filter((c) => LAWS[c.law].file !== undefined);
const withoutText = Object.values(CITATIONS).filter((c) => LAWS[c.law].file === undefined);

describe('every key phrase occurs in its article', () => {
  it.each(withText.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const file = LAWS[c.law].file;
    if (file === undefined) throw new Error('unreachable: filtered on file');
    const article = findArticle(readLaw(file), label(c));
    expect(article, `${c.id}: article ${String(label(c))} not found in ${file}`).toBeDefined();
    const text = squeezeWhitespace(article ?? '');
    expect(text, `${c.id}: key phrase not in article`).toContain(squeezeWhitespace(c.keyPhrase));
    if (c.paragraph !== undefined && typeof c.article === 'number') {
      const paragraph = findParagraph(article ?? '', c.paragraph);
      expect(paragraph, `${c.id}: paragraph ${c.paragraph} not found`).toBeDefined();
      expect(squeezeWhitespace(paragraph ?? ''), `${c.id}: key phrase not in paragraph`).toContain(
        squeezeWhitespace(c.keyPhrase),
      );
    }
  });
});

describe('the check can fail', () => {
  const cc = readLaw('civil-code-property.md');

  it('does not find a phrase the article does not contain', () => {
    const art278 = squeezeWhitespace(findArticle(cc, 278) ?? '');
    expect(art278).not.toContain(squeezeWhitespace('四分之一以上的业主同意'));
    // A phrase of the neighbouring article is not in this one.
    expect(art278).not.toContain(squeezeWhitespace('将住宅改变为经营性用房'));
  });

  it('does not find a phrase in the wrong paragraph', () => {
    const p1 = findParagraph(findArticle(cc, 278) ?? '', 1) ?? '';
    expect(squeezeWhitespace(p1)).not.toContain('三分之二以上');
  });
});

describe('texts without a copy', () => {
  it('are unchecked and the party texts have no file', () => {
    expect(LAWS.党章.file).toBeUndefined();
    expect(LAWS.支部工作条例.file).toBeUndefined();
    expect(withoutText.length).toBeGreaterThan(0);
    for (const c of withoutText) expect(c.keyPhrase.length).toBeGreaterThan(0);
  });
});
