// How a README's example is matched with the compiled file it is copied from.

/** The lines between `// <marker>:start` and `// <marker>:end`, without their indentation. */
export function exampleLines(source: string, marker: string): string[] {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.includes(`// ${marker}:start`));
  const end = lines.findIndex((l) => l.includes(`// ${marker}:end`));
  return lines.slice(start + 1, end).map((l) => l.replace(/^ {2}/, ''));
}

/** The first ```ts block (after `heading` when given), without its import lines. */
export function readmeLines(markdown: string, heading?: string): string[] {
  const section = heading === undefined ? markdown : markdown.slice(markdown.indexOf(heading));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .filter((l) => !l.startsWith('import '))
    .join('\n')
    .trim()
    .split('\n');
}
