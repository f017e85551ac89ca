// The README's example is the code of readme-example.ts, which the typecheck compiles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleLines, readmeLines } from './support/readme-lines.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('packages/host/README.md', () => {
  it('shows the compiled example, with a principal-based send', () => {
    const example = exampleLines(read('./readme-example.ts'), 'README');
    expect(example.length).toBeGreaterThan(10);
    expect(readmeLines(read('../README.md'))).toEqual(example);
    expect(example.join('\n')).toContain('principal: {');
  });
});
