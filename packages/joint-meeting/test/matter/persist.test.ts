import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { matterMachine } from '../../src/index.js';
import { day, input, start } from '../support.js';

describe('persist → JSON → restore → persist', () => {
  it('is equal and the restored matter goes on', () => {
    const h = start();
    h.meet(day(1));
    h.send('REQUEST_MEDIATION', 'owner', day(2));
    const json = JSON.parse(JSON.stringify(h.actor.getPersistedSnapshot()));
    const restored = createActor(matterMachine, { snapshot: json, input: input() }).start();
    expect(JSON.parse(JSON.stringify(restored.getPersistedSnapshot()))).toEqual(json);
    restored.send({
      type: 'MEDIATION_CONCLUDED',
      at: day(3),
      by: { id: 'm', role: 'mediation-committee' },
      agreed: true,
      record: 'ok',
    });
    expect(restored.getSnapshot().status).toBe('done');
  });
});
