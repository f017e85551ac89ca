import type { AnyStateMachine } from 'xstate';
import { citationVersion } from '../citations/version-label.js';
import type { Bilingual } from '../i18n.js';

type Node = AnyStateMachine['root'];

interface Meta {
  readonly legal?: readonly string[];
}

function metaOf(meta: unknown): Meta {
  return typeof meta === 'object' && meta !== null ? (meta as Meta) : {};
}

/** One citation of a {@link LegalRow} with the text version it refers to. */
export interface VersionedCitation {
  readonly id: string;
  /** From `citationVersionLabel`; absent for an id the registry does not know. */
  readonly version?: Bilingual;
}

/** One row of a legal-basis table: a state or transition and the citation ids it carries. */
export interface LegalRow {
  readonly where: string;
  readonly citations: readonly string[];
  /** The same citations, each with its text version (`SH-20-2`: 2023-12-28 text). */
  readonly versions: readonly VersionedCitation[];
}

function versionsOf(ids: readonly string[]): VersionedCitation[] {
  return ids.map((id) => {
    const version = citationVersion(id);
    return version === undefined ? { id } : { id, version: version.label };
  });
}

/** Every state and transition of a machine that carries `meta.legal`, in definition order. */
export function legalRows(machine: AnyStateMachine): LegalRow[] {
  const rows: LegalRow[] = [];
  const visit = (node: Node): void => {
    const legal = metaOf(node.meta).legal;
    const name = node.path.length === 0 ? '(machine)' : node.path.join('.');
    if (legal !== undefined && legal.length > 0)
      rows.push({ where: `state ${name}`, citations: legal, versions: versionsOf(legal) });
    for (const [event, transitions] of node.transitions) {
      for (const t of transitions) {
        const tLegal = metaOf(t.meta).legal;
        if (tLegal !== undefined && tLegal.length > 0) {
          rows.push({
            where: `${name} on ${event}`,
            citations: tLegal,
            versions: versionsOf(tLegal),
          });
        }
      }
    }
    for (const child of Object.values(node.states) as Node[]) visit(child);
  };
  visit(machine.root);
  return rows;
}
