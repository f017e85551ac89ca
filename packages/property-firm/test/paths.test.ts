import { machineStatePaths } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { contractTermMachine, dismissalMachine, hiringMachine } from '../src/index.js';
import { type ActorFixture, walk } from './walks.js';

// Hand-written walks through every state and every targeted transition of each machine; the
// sets reached are compared with the sets in the machine definition.
function transitionsOf(
  machine: typeof dismissalMachine | typeof hiringMachine | typeof contractTermMachine,
) {
  const out = new Set<string>();
  const visit = (node: (typeof machine)['root']) => {
    for (const [event, ts] of node.transitions)
      for (const t of ts)
        if (t.target) out.add(`${node.id}:${event}:${t.target.map((x) => x.id).join(',')}`);
    for (const t of node.always ?? [])
      if (t.target) out.add(`${node.id}:always:${t.target.map((x) => x.id).join(',')}`);
    for (const child of Object.values(node.states)) visit(child);
  };
  visit(machine.root);
  return out;
}

describe.each([
  ['dismissal', dismissalMachine],
  ['hiring', hiringMachine],
  ['contract term', contractTermMachine],
] as const)('paths: %s', { timeout: 30_000 }, (name, machine) => {
  it('reaches every state and takes every transition', () => {
    const fixture: ActorFixture = walk(name);
    expect([...fixture.states].sort()).toEqual([...machineStatePaths(machine)].sort());
    expect([...fixture.transitions].sort()).toEqual([...transitionsOf(machine)].sort());
  });
});
