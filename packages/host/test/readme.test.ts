// The README's example is the code of readme-example.ts, which the typecheck compiles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The lines between the markers, without their indentation. */
function exampleLines(source: string): string[] {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.includes('// README:start'));
  const end = lines.findIndex((l) => l.includes('// README:end'));
  return lines.slice(start + 1, end).map((l) => l.replace(/^ {2}/, ''));
}

/** The first ```ts block of a Markdown file, without its import lines. */
function readmeLines(markdown: string): string[] {
  const block = /```ts\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
  return block
    .split('\n')
    .filter((l) => !l.startsWith('import '))
    .join('\n')
    .trim()
    .split('\n');
}

describe('packages/host/README.md', () => {
  it('shows the compiled example, with a principal-based send', () => {
    const example = exampleLines(read('./readme-example.ts'));
    expect(example.length).toBeGreaterThan(10);
    expect(readmeLines(read('../README.md'))).toEqual(example);
    expect(example.join('\n')).toContain('principal: {');
  });
});
