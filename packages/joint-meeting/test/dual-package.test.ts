// The dual-package hazard: a host may load a machine with `require()` (the CJS build, which
// brings its own copy of @jiayuan/core) and `dispatch` with `import` (the ESM source). The catalog
// travels on the machine under `Symbol.for`, so each copy of core finds it. Runs on the built
// packages (`pnpm test` builds first).
import { createRequire } from 'node:module';
import { dispatch as esmDispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { matterMachine as esmMachine } from '../src/index.js';
import { input } from './support.js';

const require = createRequire(import.meta.url);
const cjs: typeof import('../src/index.js') = require('../dist/index.cjs');
const cjsCore: typeof import('@jiayuan/core') = require('../../core/dist/index.cjs');

const meeting = {
  type: 'HOLD_MEETING',
  at: '2026-03-03T09:00:00+08:00',
  by: { id: 'chair-1', role: 'committee-chair' },
  participants: [],
  minutes: '纪要',
};
const permitted = {
  type: 'REQUEST_MEDIATION',
  at: '2026-03-03T09:00:00+08:00',
  by: { id: 'owner-1', role: 'owner' },
};

describe('a machine and dispatch from different module systems', () => {
  it('uses a CJS copy of core that is not the ESM one', () => {
    expect(cjsCore.dispatch).not.toBe(esmDispatch);
  });

  it('dispatches (ESM) to a machine loaded with require (CJS)', () => {
    const actor = createActor(cjs.matterMachine, { input: input() }).start();
    const refused = esmDispatch(actor, meeting);
    expect(!refused.ok && refused.rejection.rule?.id).toBe('required-participants');
    expect(esmDispatch(actor, permitted).ok).toBe(true);
    expect(actor.getSnapshot().value).toEqual({ open: 'mediation' });
  });

  it('dispatches (CJS) to a machine imported as ESM', () => {
    const actor = createActor(esmMachine, { input: input() }).start();
    const refused = cjsCore.dispatch(actor, meeting);
    expect(!refused.ok && refused.rejection.rule?.id).toBe('required-participants');
    expect(cjsCore.dispatch(actor, permitted).ok).toBe(true);
  });
});
