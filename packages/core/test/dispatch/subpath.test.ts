// `@jiayuan/core/dispatch` runs the root entry's code (package.json sends both entries to the
// same dist/index.js), so each value it declares must be the root's own object under the same
// name; in the repository its source re-exports them, and this holds the two equal.
import * as root from '@jiayuan/core';
import * as sub from '@jiayuan/core/dispatch';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { ev, noticeMachine, START } from './notice.js';

describe('@jiayuan/core/dispatch', () => {
  it('exports only values the root entry exports, as the same objects', () => {
    const names = Object.keys(sub).sort();
    expect(names).toEqual([
      'DEFAULT_EVENT_LIMITS',
      'DISPATCH_REJECTION_CODES',
      'GUARD_RULE_ID',
      'HOST_REJECTION_CODES',
      'REJECTION_CODES',
      'RejectionError',
      'dispatch',
      'dispatchOrThrow',
      'isRejectionCode',
    ]);
    for (const name of names) {
      expect(Reflect.get(sub, name), name).toBe(Reflect.get(root, name));
    }
  });

  it('refuses with the root entry’s RejectionError', () => {
    const actor = createActor(noticeMachine).start();
    expect(() => sub.dispatchOrThrow(actor, { type: 'NOPE' })).toThrow(root.RejectionError);
    const refused = sub.dispatch(actor, ev('CLOSE', 'mayor', START));
    expect(refused.ok).toBe(false);
    expect(refused).toEqual(root.dispatch(actor, ev('CLOSE', 'mayor', START)));
  });
});
