// The dual-package hazard: a host may load the machine with `require()` (the CJS build, which
// brings its own copy of @jiayuan/core) and `dispatch` with `import` (the ESM source). Runs on
// the built packages (`pnpm test` builds first).
import { createRequire } from 'node:module';
import { dispatch as esmDispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { assemblyMachine as esmMachine } from '../src/index.js';
import { CALL_AT, CLOSES_AT, ITEMS, meetingInput, OPENS_AT } from './meeting/support.js';

const require = createRequire(import.meta.url);
const cjs: typeof import('../src/index.js') = require('../dist/index.cjs');
const cjsCore: typeof import('@jiayuan/core') = require('../../core/dist/index.cjs');

const call = {
  type: 'CALL_ASSEMBLY',
  at: CALL_AT,
  by: { id: 'c-1', role: 'committee' },
  opensAt: OPENS_AT,
  closesAt: CLOSES_AT,
  place: '会所',
  form: 'collective-discussion',
  items: ITEMS,
};
const report = {
  type: 'REPORT_TO_PARTY_ORGANISATION',
  at: CALL_AT,
  by: { id: 'c-1', role: 'committee' },
};

describe('a machine and dispatch from different module systems', () => {
  it('dispatches (ESM) to a machine loaded with require (CJS)', () => {
    expect(cjsCore.dispatch).not.toBe(esmDispatch);
    const actor = createActor(cjs.assemblyMachine, { input: meetingInput() }).start();
    const refused = esmDispatch(actor, call);
    expect(!refused.ok && refused.rejection.rule?.id).toBe('authorities-notified');
    expect(esmDispatch(actor, report).ok).toBe(true);
  });

  it('dispatches (CJS) to a machine imported as ESM', () => {
    const actor = createActor(esmMachine, { input: meetingInput() }).start();
    const refused = cjsCore.dispatch(actor, call);
    expect(!refused.ok && refused.rejection.rule?.id).toBe('authorities-notified');
    expect(cjsCore.dispatch(actor, report).ok).toBe(true);
  });
});
