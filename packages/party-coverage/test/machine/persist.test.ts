import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { coverageMachine } from '../../src/index.js';
import { census, day, input, start } from '../support.js';

describe('persist → JSON → restore → persist', () => {
  it('is equal in every kind of state, and the restored actor keeps going', () => {
    const h = start(census(1));
    h.send('JOIN_JOINT_BRANCH', 'higher-party-organisation', day(1), {
      jointBranchId: 'j',
      units: ['u1', 'u2'],
    });
    h.send('CENSUS_UPDATED', 'committee', day(2), census(3));
    h.send('APPROVE_BRANCH', 'higher-party-organisation', day(3), { branchId: 'b' });
    h.send('REVIEW', 'street-party-committee', day(4), { reason: 'periodic', note: '年度复核' });
    const persisted = h.actor.getPersistedSnapshot();
    const json = JSON.parse(JSON.stringify(persisted)) as typeof persisted;
    const restored = createActor(coverageMachine, { snapshot: json, input: input() }).start();
    expect(JSON.parse(JSON.stringify(restored.getPersistedSnapshot()))).toEqual(json);
    restored.send({
      type: 'CENSUS_UPDATED',
      at: day(5),
      by: { id: 'c', role: 'committee' },
      ...census(7),
    });
    expect(restored.getSnapshot().value).toEqual({ open: { branch: 'committee' } });
  });
});
