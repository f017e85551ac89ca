import { describe, expect, it } from 'vitest';
import {
  articleHeading,
  findArticle,
  findParagraph,
  LAWS,
  parseChineseNumeral,
  squeezeWhitespace,
} from '../../src/citations/index.js';
import { readLaw } from './law-files.js';

const STATUTE = [
  '## 第一章 总则',
  '',
  '第一条 为了规范。',
  '',
  '第二条　本市适用。',
  '第二款文字。',
  '（一）第一项；',
  '（二）第二项。',
  '第三款文字。',
  '第三条本条紧接标题。',
  '',
  '## 第二章 业主',
  '',
  '第十条 第十条。',
  '第一百一十条 第一百一十条。',
  '第二百零五条 第二百零五条。',
].join('\n');

describe('findArticle on statutes', () => {
  it('finds an article after an ASCII space, an ideographic space or nothing', () => {
    expect(findArticle(STATUTE, 1)).toBe('第一条 为了规范。');
    expect(findArticle(STATUTE, 3)).toBe('第三条本条紧接标题。');
    expect(findArticle(STATUTE, 2)?.startsWith('第二条　本市适用。')).toBe(true);
  });

  it('stops at the next article and at a chapter heading', () => {
    expect(findArticle(STATUTE, 2)).toContain('第三款文字。');
    expect(findArticle(STATUTE, 2)).not.toContain('第三条');
    expect(findArticle(STATUTE, 3)).not.toContain('第二章');
  });

  it('does not confuse 第十条, 第一百一十条 and 第二百零五条', () => {
    expect(findArticle(STATUTE, 10)).toBe('第十条 第十条。');
    expect(findArticle(STATUTE, 110)).toBe('第一百一十条 第一百一十条。');
    expect(findArticle(STATUTE, 205)).toBe('第二百零五条 第二百零五条。');
  });

  it('returns undefined for a missing article', () => {
    expect(findArticle(STATUTE, 4)).toBeUndefined();
    expect(findArticle(STATUTE, 0)).toBeUndefined();
    expect(findArticle(STATUTE, 1.5)).toBeUndefined();
  });

  it('reads real files in both heading styles', () => {
    const sh = findArticle(readLaw('shanghai-residential-property-2023.md'), 28);
    expect(sh?.startsWith('第二十八条　业主委员会任期届满的五个月前')).toBe(true);
    expect(sh).not.toContain('第二十九条');
    const cc = findArticle(readLaw('civil-code-property.md'), 278);
    expect(cc?.startsWith('第二百七十八条 下列事项由业主共同决定')).toBe(true);
    expect(cc).not.toContain('第二百七十九条');
    const extracts = findArticle(readLaw('civil-code-general-extracts.md'), 204);
    expect(extracts).not.toContain('附则');
  });
});

describe('findParagraph', () => {
  const art2 = findArticle(STATUTE, 2) ?? '';

  it('counts paragraphs from 1 and keeps items with their paragraph', () => {
    expect(findParagraph(art2, 1)).toBe('第二条　本市适用。');
    expect(findParagraph(art2, 2)).toBe('第二款文字。\n（一）第一项；\n（二）第二项。');
    expect(findParagraph(art2, 3)).toBe('第三款文字。');
    expect(findParagraph(art2, 4)).toBeUndefined();
  });

  it('ignores blank and zero-width lines (Beijing file)', () => {
    const bj = findArticle(readLaw('beijing-property-2024.md'), 35) ?? '';
    expect(findParagraph(bj, 3)).toContain('电子投票系统');
    expect(findParagraph(bj, 4)).toContain('十五日前通知全体业主');
  });
});

const POLICY = [
  '通知正文。',
  '一、总体要求',
  '（一）指导思想',
  '正文一。',
  '二、工作措施',
  '（一）四级联席会议',
  '1. 区级。',
  '2. 街镇级。',
  '续行。',
  '（二）政治领导',
  '1. 覆盖。',
  '三、工作要求',
  '正文三。',
].join('\n');

describe('findArticle on policy documents', () => {
  it('finds a top-level section', () => {
    expect(findArticle(POLICY, '三')).toBe('三、工作要求\n正文三。');
    expect(findArticle(POLICY, '三、')).toBe('三、工作要求\n正文三。');
  });

  it('finds a second-level section inside a top-level one, either bracket width', () => {
    expect(findArticle(POLICY, '二(二)')).toBe('（二）政治领导\n1. 覆盖。');
    expect(findArticle(POLICY, '二（二）')).toBe('（二）政治领导\n1. 覆盖。');
    expect(findArticle(POLICY, '二(一)')).not.toContain('政治领导');
  });

  it('finds the first second-level section with that label when no top level is given', () => {
    expect(findArticle(POLICY, '（一）')).toBe('（一）指导思想\n正文一。');
  });

  it('finds a numbered item with its continuation lines', () => {
    expect(findArticle(POLICY, '二(一)2')).toBe('2. 街镇级。\n续行。');
  });

  it('returns undefined for missing or malformed labels', () => {
    expect(findArticle(POLICY, '四')).toBeUndefined();
    expect(findArticle(POLICY, '二(三)')).toBeUndefined();
    expect(findArticle(POLICY, '二(一)3')).toBeUndefined();
    expect(findArticle(POLICY, 'abc')).toBeUndefined();
    expect(findArticle(POLICY, '')).toBeUndefined();
  });

  it('reads SH-36 sections, which number （一）…（十八） through the document', () => {
    const text = readLaw('shanghai-2026-36-assembly-committee-opinions.md');
    expect(findArticle(text, '（十六）')).toContain('每月至少安排一次业主接待日');
    expect(findArticle(text, '（十六）')).not.toContain('（十七）');
    expect(findArticle(text, '（一）')).toContain('明确业主大会和业主委员会定位');
  });
});

describe('statute files have each article heading once', () => {
  const statutes = Object.values(LAWS).filter((l) => l.kind === 'statute' && l.file !== undefined);
  it.each(statutes.map((l) => [l.file ?? '', l.file ?? ''] as const))('%s', (_name, file) => {
    const seen = new Map<number, number>();
    for (const line of readLaw(file).split('\n')) {
      const m = /^第([零〇一二两三四五六七八九十百千]+)条/.exec(line);
      if (!m) continue;
      const n = parseChineseNumeral(m[1] ?? '');
      expect(n, `unreadable heading ${line.slice(0, 20)}`).toBeDefined();
      seen.set(n ?? -1, (seen.get(n ?? -1) ?? 0) + 1);
    }
    const duplicated = [...seen].filter(([, count]) => count > 1).map(([n]) => n);
    expect(duplicated).toEqual([]);
    expect(seen.size).toBeGreaterThan(0);
  });
});

describe('helpers', () => {
  it('articleHeading writes statute headings', () => {
    expect(articleHeading(278)).toBe('第二百七十八条');
    expect(articleHeading(1259)).toBe('第一千二百五十九条');
  });

  it('squeezeWhitespace removes ASCII, ideographic and zero-width spaces', () => {
    expect(squeezeWhitespace('a b\u3000c\u200bd\n e\t')).toBe('abcde');
  });
});
