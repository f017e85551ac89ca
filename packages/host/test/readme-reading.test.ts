// The README's "Reading a process" example is the code of readme-reading.ts, which the
// typecheck compiles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleLines, readmeLines } from './support/readme-lines.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('packages/host/README.md, Reading a process', () => {
  it('shows the compiled example of view, deadlines and a typed load', () => {
    const example = exampleLines(read('./readme-reading.ts'), 'README-reading');
    expect(example.length).toBeGreaterThan(10);
    expect(readmeLines(read('../README.md'), '## Reading a process')).toEqual(example);
    for (const call of ['host.view(', 'host.deadlines(', 'host.load(']) {
      expect(example.join('\n')).toContain(call);
    }
  });
});
