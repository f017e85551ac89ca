import { COMMUNITY_MACHINES } from '@jiayuan/community';
import { catalogOf, type Locale } from '@jiayuan/core';
import { toMermaid, toSvg } from '@jiayuan/inspect';
import { CliError, EXIT_CODES } from '../exit-codes.js';

/** The machine ids `jiayuan diagram` knows (the host ids of `@jiayuan/community`). */
export function machineIds(): string[] {
  return COMMUNITY_MACHINES.map((m) => m.id);
}

/** `jiayuan diagram <machine>`: Mermaid or SVG with citations, in zh-CN or en. */
export async function runDiagram(
  machineId: string,
  format: 'mermaid' | 'svg',
  locale: Locale,
): Promise<string> {
  const entry = COMMUNITY_MACHINES.find(
    (m) => m.id === machineId || m.id.endsWith(`.${machineId}`),
  );
  if (entry === undefined) {
    throw new CliError(
      `unknown machine "${machineId}"; one of: ${machineIds().join(', ')}`,
      EXIT_CODES.notFound,
    );
  }
  const catalog = catalogOf(entry.machine);
  const options = { locale, ...(catalog === undefined ? {} : { catalog }) };
  return format === 'svg'
    ? toSvg(entry.machine, options)
    : toMermaid(entry.machine, { ...options, citations: true });
}
