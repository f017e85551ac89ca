// Builds docs/property-firm/<machine>.md from a machine definition: the Mermaid diagram and
// the legal-basis table (state/transition → citations with key phrase).
import { CITATIONS, type CitationId } from '@jiayuan/core';
import type { AnyStateMachine, StateNode } from 'xstate';
import { type FirmMeta, toMermaid } from '../src/index.js';

function metaOf(value: unknown): FirmMeta | undefined {
  return typeof value === 'object' && value !== null && 'legal' in value
    ? (value as FirmMeta)
    : undefined;
}

function cites(legal: readonly CitationId[]): string {
  return legal.map((id) => `${id} (${CITATIONS[id].keyPhrase})`).join('<br>');
}

/** The rows of the legal-basis table: every state and targeted transition with meta. */
export function legalRows(
  machine: AnyStateMachine,
): Array<{ where: string; title: string; legal: readonly CitationId[] }> {
  const rows: Array<{ where: string; title: string; legal: readonly CitationId[] }> = [];
  const walk = (node: StateNode) => {
    const m = metaOf(node.meta);
    if (m)
      rows.push({
        where: `state \`${node.path.join('.') || '(root)'}\``,
        title: `${m.title['zh-CN']} / ${m.title.en}`,
        legal: m.legal,
      });
    for (const [event, ts] of node.transitions) {
      for (const t of ts) {
        const tm = metaOf(t.meta);
        if (tm)
          rows.push({
            where: `\`${node.path.join('.') || '(root)'}\` —${event}→`,
            title: `${tm.title['zh-CN']} / ${tm.title.en}`,
            legal: tm.legal,
          });
      }
    }
    for (const child of Object.values(node.states)) walk(child);
  };
  walk(machine.root);
  return rows;
}

/** The whole Markdown page. */
export function machineDoc(machine: AnyStateMachine, title: string, intro: string): string {
  const table = legalRows(machine)
    .map((r) => `| ${r.where} | ${r.title} | ${cites(r.legal)} |`)
    .join('\n');
  return `# ${title}

${intro}

Generated from the machine definition by \`packages/property-firm/test/docs.test.ts\`
(run \`UPDATE_DOCS=1 npx vitest run packages/property-firm/test/docs.test.ts\` to refresh).

\`\`\`mermaid
${toMermaid(machine, { locale: 'bilingual' }).trimEnd()}
\`\`\`

## Legal basis

| where | meaning | citations (key phrase) |
|---|---|---|
${table}
`;
}
