import {
  type Bilingual,
  type CitationId,
  citation,
  formatCitation,
  isCitationId,
  type Locale,
} from '@jiayuan/core';
import type { AnyMachineSnapshot } from 'xstate';
import type { ViewCitation, ViewState } from './types.js';

type StateNode = AnyMachineSnapshot['_nodes'][number];

/** The active states of a snapshot, outermost first, without the machine's root. */
export function activeStates(snapshot: AnyMachineSnapshot, locale: Locale): ViewState[] {
  return snapshot._nodes
    .filter((node) => node.parent !== undefined)
    .map((node) => {
      const titles = bilingualOf(metaOf(node, 'title')) ?? { 'zh-CN': node.key, en: node.key };
      const descriptions = bilingualOf(metaOf(node, 'description'));
      // xstate's own description is English prose: given in English only, never as Chinese.
      const english = locale === 'en' ? node.description : undefined;
      return {
        id: node.id,
        title: titles[locale],
        titles,
        ...(descriptions !== undefined
          ? { description: descriptions[locale], descriptions }
          : english !== undefined
            ? { description: english }
            : {}),
        legal: legalOf(node),
      };
    });
}

/** The articles the states cite, each once, in the order first cited. */
export function citationsOf(states: readonly ViewState[], locale: Locale): ViewCitation[] {
  const ids = [...new Set(states.flatMap((state) => state.legal))];
  return ids.map((id) => {
    const c = citation(id);
    const labels = { 'zh-CN': formatCitation(c, 'zh-CN'), en: formatCitation(c, 'en') };
    return { id, label: labels[locale], labels, keyPhrase: c.keyPhrase };
  });
}

function metaOf(node: StateNode, key: string): unknown {
  const meta: unknown = node.meta;
  return typeof meta === 'object' && meta !== null ? Reflect.get(meta, key) : undefined;
}

// A test of each machine checks its ids; an unknown one is skipped here rather than thrown.
function legalOf(node: StateNode): CitationId[] {
  const legal = metaOf(node, 'legal');
  if (!Array.isArray(legal)) return [];
  return legal.filter((id): id is CitationId => typeof id === 'string' && isCitationId(id));
}

/** A `{ 'zh-CN', en }` text, or `undefined`. */
export function bilingualOf(value: unknown): Bilingual | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const zh: unknown = Reflect.get(value, 'zh-CN');
  const en: unknown = Reflect.get(value, 'en');
  return typeof zh === 'string' && typeof en === 'string' ? { 'zh-CN': zh, en } : undefined;
}
