import type { AnyMachineSnapshot } from 'xstate';

/** The ids of a snapshot's active state nodes (leaves and their ancestors), for highlighting. */
export function activeStateIds(snapshot: AnyMachineSnapshot): string[] {
  return snapshot._nodes.map((node) => node.id);
}
