// The meeting's contexts, which xstate copies on every assign, stay fast objects over a whole
// meeting and after a restore (docs/benchmarks-machines.md, "Context copies"): its context has
// 20 properties, the count at which a copy turns into a dictionary without the spread.
// V8 reports an object's mode through its natives syntax, allowed here at run time.
import { setFlagsFromString } from 'node:v8';
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { assemblyMachine } from '../../src/index.js';
import { CLOSES_AT, meetingInput, OPENS_AT, sheetOf, start, TEN } from './support.js';

setFlagsFromString('--allow-natives-syntax');
const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (
  o: unknown,
) => boolean;

// As in the committee's test: the shapes hold on V8 11 (Node 20), only partly on V8 12.
const SHAPE_HOLDS = Number(process.versions.v8.split('.')[0]) < 12;

describe.runIf(SHAPE_HOLDS)('the meeting’s context copies stay fast objects', () => {
  it('from the first context to the count, and on a restored snapshot', () => {
    const h = start();
    const context = () => h.actor.getSnapshot().context;
    expect(Object.keys(context()).length).toBeGreaterThanOrEqual(20);
    let slow = hasFastProperties(context()) ? 0 : 1;
    const step = (ok: boolean) => {
      expect(ok).toBe(true);
      if (!hasFastProperties(context())) slow++;
    };
    step(h.call().ok);
    step(h.send('OPEN_VOTE', 'committee', OPENS_AT).ok);
    for (const u of TEN) {
      const sheet = sheetOf(u.id, { statute: 'agree' });
      step(
        h.send('CAST_BALLOT', 'owner', sheet.at, { by: { id: `o-${u.id}`, role: 'owner' }, sheet })
          .ok,
      );
    }
    step(h.send('CLOSE_VOTE', 'committee', CLOSES_AT).ok);
    expect(slow).toBe(0);

    const restored = createActor(assemblyMachine, {
      snapshot: JSON.parse(JSON.stringify(h.actor.getPersistedSnapshot())),
      input: meetingInput(),
    }).start();
    const posted = dispatch(restored, {
      type: 'POST_RESULTS',
      at: '2026-04-27T09:00:00+08:00',
      by: { id: 'committee-1', role: 'committee' },
      evidence: 'board-0427',
    });
    expect(posted.ok).toBe(true);
    expect(hasFastProperties(restored.getSnapshot().context)).toBe(true);
  });
});
