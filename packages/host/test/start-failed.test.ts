// A refused start input is a coded error with its problems as data (issue 15): the zod issues
// when the machine's schema gave them, else the fields the machine's own error names, else the
// error on the whole input. Nothing is stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { z } from 'zod';
import {
  createHost,
  type Host,
  HostError,
  type MachineEntry,
  openSqliteStore,
  StartFailedError,
} from '../src/index.js';

const Input = z.strictObject({ openedAt: z.iso.datetime({ offset: true }), days: z.int().min(1) });

/** A machine whose context factory runs `parse` on the input, as the jiayuan machines do. */
function entry(id: string, parse: (input: unknown) => unknown): MachineEntry {
  const machine = setup({ types: { input: {} as unknown } }).createMachine({
    id,
    context: ({ input }) => ({ input: parse(input) }),
    initial: 'open',
    states: { open: {} },
  });
  return { id, version: 1, machine };
}

class FieldsError extends Error {
  readonly code = 'wrong-procedure';
  readonly fields = ['procedure'];
}

let dir: string;
let host: Host;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jiayuan-start-failed-'));
  host = createHost({
    store: await openSqliteStore({ path: join(dir, 'host.db'), synchronous: 'normal' }),
    machines: [
      entry('zod', (input) => Input.parse(input)),
      entry('cause', (input) => {
        const parsed = Input.safeParse(input);
        if (!parsed.success) throw new Error('invalid input', { cause: parsed.error });
        return parsed.data;
      }),
      entry('fields', () => {
        throw new FieldsError('this input is for another procedure');
      }),
      entry('plain', () => {
        throw new Error('no');
      }),
    ],
  });
});
afterEach(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

const startError = async (machine: string, input: unknown): Promise<StartFailedError> => {
  const error = await host.start({ machine, input, processId: 'p1' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof StartFailedError)) throw new Error(`not a StartFailedError: ${error}`);
  return error;
};

describe('start-failed carries the input issues as data', () => {
  it('gives the zod issues by path and code, on the error or as its cause; nothing is stored', async () => {
    for (const machine of ['zod', 'cause']) {
      const error = await startError(machine, { openedAt: 'yesterday', days: 0, extra: 1 });
      expect(error).toBeInstanceOf(HostError);
      expect(error.code).toBe('start-failed');
      expect(error.machine).toBe(machine);
      expect(error.issues.map((i) => [i.path, i.code])).toEqual([
        ['openedAt', 'invalid_format'],
        ['days', 'too_small'],
        ['extra', 'unrecognized_keys'],
      ]);
      expect(error.issues.every((i) => i.message.length > 0)).toBe(true);
      expect(await host.store.head('p1')).toBeUndefined();
    }
  });

  it('a valid input starts: exactly one day is the bound (min 1)', async () => {
    const error = await startError('zod', { openedAt: '2026-03-02T09:00:00+08:00', days: 0 });
    expect(error.issues).toEqual([expect.objectContaining({ path: 'days', code: 'too_small' })]);
    const started = await host.start({
      machine: 'zod',
      input: { openedAt: '2026-03-02T09:00:00+08:00', days: 1 },
      processId: 'p1',
    });
    expect(started.seq).toBe(0);
  });

  it('names the fields a machine error lists, with its code; else the whole input', async () => {
    const fields = await startError('fields', {});
    expect(fields.issues).toEqual([
      {
        path: 'procedure',
        code: 'wrong-procedure',
        message: 'this input is for another procedure',
      },
    ]);
    const plain = await startError('plain', {});
    expect(plain.issues).toEqual([{ path: '', code: 'invalid-input', message: 'no' }]);
    expect(plain.message).toBe('machine "plain" failed to start: no');
  });
});
