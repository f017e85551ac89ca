// The README's "Reading a process" example is the code of readme-reading.ts, which the
// typecheck compiles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The lines between the markers, without their indentation. */
function exampleLines(source: string): string[] {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.includes('// README-reading:start'));
  const end = lines.findIndex((l) => l.includes('// README-reading:end'));
  return lines.slice(start + 1, end).map((l) => l.replace(/^ {2}/, ''));
}

/** The first ```ts block after the "Reading a process" heading, without its import lines. */
function readmeLines(markdown: string): string[] {
  const section = markdown.slice(markdown.indexOf('## Reading a process'));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .filter((l) => !l.startsWith('import '))
    .join('\n')
    .trim()
    .split('\n');
}

describe('packages/host/README.md, Reading a process', () => {
  it('shows the compiled example of view, deadlines and a typed load', () => {
    const example = exampleLines(read('./readme-reading.ts'));
    expect(example.length).toBeGreaterThan(10);
    expect(readmeLines(read('../README.md'))).toEqual(example);
    for (const call of ['host.view(', 'host.deadlines(', 'host.load(']) {
      expect(example.join('\n')).toContain(call);
    }
  });
});
