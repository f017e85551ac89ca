import type { AnyActorRef, AnyMachineSnapshot } from 'xstate';
import { isMachineSnapshot } from 'xstate';
import type { Bilingual } from '../i18n.js';
import type { ProcessEndReason } from '../locales/index.js';

/** An active state node of a snapshot. */
export type ActiveStateNode = AnyMachineSnapshot['_nodes'][number];

/** Whether a value is a `{ 'zh-CN', en }` text. */
export function isBilingual(value: unknown): value is Bilingual {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'zh-CN') === 'string' &&
    typeof Reflect.get(value, 'en') === 'string'
  );
}

/** Whether `source` is an actor (it has `send` and `getSnapshot`) rather than a snapshot. */
export function isActorRef(source: unknown): source is AnyActorRef {
  return (
    typeof source === 'object' &&
    source !== null &&
    typeof Reflect.get(source, 'send') === 'function' &&
    typeof Reflect.get(source, 'getSnapshot') === 'function'
  );
}

/**
 * Why an actor takes no events, or `undefined` while it runs. xstate keeps "not started" only in
 * the internal `_processingStatus` (0 not started, 1 running, 2 stopped), read here when present.
 */
export function endReason(actor: AnyActorRef): ProcessEndReason | undefined {
  const snapshot: unknown = actor.getSnapshot();
  const status: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'status') : undefined;
  if (status === 'done' || status === 'error' || status === 'stopped') return status;
  if (status !== 'active') return 'error';
  const processing: unknown = Reflect.get(actor, '_processingStatus');
  if (processing === 0) return 'not-started';
  if (processing === 2) return 'stopped';
  return undefined;
}

/** The machine snapshot of an actor or snapshot, or `undefined` for other kinds of logic. */
export function machineSnapshotOf(source: unknown): AnyMachineSnapshot | undefined {
  const snapshot: unknown = isActorRef(source) ? source.getSnapshot() : source;
  return isMachineSnapshot(snapshot) && Array.isArray(snapshot._nodes) ? snapshot : undefined;
}

/** The active leaf state nodes: one per region of a parallel state. */
export function activeLeaves(snapshot: AnyMachineSnapshot): ActiveStateNode[] {
  return snapshot._nodes.filter((node) => node.type === 'atomic' || node.type === 'final');
}

/**
 * The name of the current state in both languages. Each state node may carry
 * `meta.title: Bilingual`; nodes without one are named by their key. Nested states read
 * `parent › child`; regions of a parallel state are listed together.
 */
export function stateTitle(snapshot: AnyMachineSnapshot): Bilingual {
  const leaves = activeLeaves(snapshot);
  const titles = leaves.map((leaf) => {
    const path: ActiveStateNode[] = [];
    for (let node: ActiveStateNode | undefined = leaf; node?.parent; node = node.parent) {
      path.unshift(node);
    }
    if (path.length === 0) path.push(leaf);
    const zh = path.map((node) => titleOf(node)['zh-CN']).join(' › ');
    const en = path.map((node) => titleOf(node).en).join(' › ');
    return { 'zh-CN': zh, en };
  });
  if (titles.length === 0) {
    const value = JSON.stringify(snapshot.value ?? null);
    return { 'zh-CN': value, en: value };
  }
  return {
    'zh-CN': titles.map((title) => title['zh-CN']).join('、'),
    en: titles.map((title) => title.en).join(', '),
  };
}

function titleOf(node: ActiveStateNode): Bilingual {
  const meta: unknown = node.meta;
  const title: unknown =
    typeof meta === 'object' && meta !== null ? Reflect.get(meta, 'title') : undefined;
  return isBilingual(title) ? title : { 'zh-CN': node.key, en: node.key };
}
