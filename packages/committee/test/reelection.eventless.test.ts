// The re-election's term and audit move on the events that make them move (the election's done
// event, FORM_GROUP, TICK), not on eventless transitions, which xstate checks after every
// microstep of every event (docs/benchmarks-machines.md).
import { describe, expect, it } from 'vitest';
import { getStateNodes } from 'xstate/graph';
import { reElectionMachine } from '../src/reelection/machine.js';

describe('re-election without eventless transitions', () => {
  it('has no `always` transition in any state', () => {
    const eventless = [reElectionMachine.root, ...getStateNodes(reElectionMachine.root)]
      .filter((node) => node.always !== undefined && node.always.length > 0)
      .map((node) => node.id);
    expect(eventless).toEqual([]);
  });

  it('moves the term and the audit on the done event of the election', () => {
    const done = 'xstate.done.state.reElection.underway.election.frozen.assembly';
    const on = (id: string) => [
      ...reElectionMachine.getStateNodeById(`reElection.underway.${id}`).transitions.keys(),
    ];
    for (const id of ['term.running', 'term.expired', 'term.standIn', 'audit.awaitingElection']) {
      expect(on(id)).toContain(done);
    }
  });
});
