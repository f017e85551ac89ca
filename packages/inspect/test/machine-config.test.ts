// machineConfigJson gives a plain machine config the Stately editor and createMachine load: each
// package's machine comes back with the same state ids, initial states and transition targets.
import {
  assemblyMachine,
  fundEmergencyMachine,
  fundReRaiseMachine,
  fundUseMachine,
} from '@jiayuan/assembly';
import { COMMUNITY_MACHINES } from '@jiayuan/community';
import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, createMachine } from 'xstate';
import { ownersVoteMachine } from '../../../examples/web-inspector/src/machines/owners-vote.js';
import { machineConfigJson, machineDefinitionJson } from '../src/index.js';

interface NodeLike {
  readonly id: string;
  readonly states: Readonly<Record<string, NodeLike>>;
  readonly initial?: { readonly target?: readonly NodeLike[] };
  readonly transitions: ReadonlyMap<string, readonly { readonly target?: readonly NodeLike[] }[]>;
  readonly always?: readonly { readonly target?: readonly NodeLike[] }[];
}

/** Every state node: its id, initial child, and each event's targets (with `always`). */
function shape(machine: AnyStateMachine): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (node: NodeLike) => {
    const targets = (ts: readonly { readonly target?: readonly NodeLike[] }[]) =>
      ts.map((t) => (t.target ?? []).map((n) => n.id));
    out[node.id] = {
      initial: node.initial?.target?.map((n) => n.id) ?? [],
      on: Object.fromEntries([...node.transitions].map(([type, ts]) => [type, targets(ts)])),
      always: targets(node.always ?? []),
    };
    for (const child of Object.values(node.states)) walk(child);
  };
  walk(machine.root as unknown as NodeLike);
  return out;
}

const MACHINES: readonly [string, AnyStateMachine][] = [
  ...COMMUNITY_MACHINES.map((e): [string, AnyStateMachine] => [e.id, e.machine]),
  ['assembly', assemblyMachine],
  ['fundUse', fundUseMachine],
  ['fundEmergency', fundEmergencyMachine],
  ['fundReRaise', fundReRaiseMachine],
  ['ownersVote', ownersVoteMachine],
];

// Walking and rebuilding each machine once: well under a second each, 20 s allowed under load.
describe('machineConfigJson', { timeout: 20_000 }, () => {
  it.each(MACHINES)(
    '%s loads with createMachine: same state ids, initials and targets',
    (_, machine) => {
      const json = machineConfigJson(machine);
      const text = JSON.stringify(json);
      expect(JSON.parse(text)).toEqual(json);
      expect(text).not.toContain('toJSON');
      const rebuilt = createMachine(json as never) as unknown as AnyStateMachine;
      expect(rebuilt.id).toBe(machine.id);
      expect(shape(rebuilt)).toEqual(shape(machine));
    },
  );

  it('names guards and keeps meta; machineDefinitionJson gives the same', () => {
    const json = machineConfigJson(ownersVoteMachine);
    const text = JSON.stringify(json);
    expect(text).toContain('"guard":"CLOSE_VOTE"');
    expect(text).toContain('"target":"#ownersVote.counted"');
    expect(text).toContain('CC-278-2');
    expect(machineDefinitionJson(ownersVoteMachine)).toEqual(json);
  });
});
