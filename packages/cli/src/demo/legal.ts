import { type CitationId, isCitationId } from '@jiayuan/core';
import type { AnyStateMachine } from 'xstate';

interface LegalNode {
  readonly transitions: ReadonlyMap<string, readonly { readonly meta?: unknown }[]>;
  readonly states: Readonly<Record<string, LegalNode>>;
}

const cache = new WeakMap<AnyStateMachine, Map<string, CitationId[]>>();

/**
 * The articles a machine's transitions on `type` rest on (their `meta.legal`), in order of
 * appearance and without repeats — what a step of the demo prints as its basis.
 */
export function transitionLegal(machine: AnyStateMachine, type: string): CitationId[] {
  let byType = cache.get(machine);
  if (byType === undefined) {
    byType = new Map();
    const found = byType;
    const walk = (node: LegalNode) => {
      for (const [t, transitions] of node.transitions) {
        for (const transition of transitions) {
          const legal: unknown =
            typeof transition.meta === 'object' && transition.meta !== null
              ? Reflect.get(transition.meta, 'legal')
              : undefined;
          if (!Array.isArray(legal)) continue;
          const list = found.get(t) ?? [];
          for (const id of legal)
            if (typeof id === 'string' && isCitationId(id) && !list.includes(id)) list.push(id);
          found.set(t, list);
        }
      }
      for (const child of Object.values(node.states)) walk(child);
    };
    walk(machine.root as unknown as LegalNode);
    cache.set(machine, byType);
  }
  return byType.get(type) ?? [];
}
