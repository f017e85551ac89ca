// A start input a committee or firm machine refuses reaches the host's caller as
// StartFailedError with the schema's issues as data, not only flattened into the message.
import { StartFailedError } from '@jiayuan/host';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MACHINE_IDS } from '../src/index.js';
import { D, ROLL, tempHost } from './support.js';

let t: Awaited<ReturnType<typeof tempHost>>;
beforeEach(async () => {
  t = await tempHost();
});
afterEach(async () => t.close());

const refusal = async (machine: string, input: unknown): Promise<StartFailedError> => {
  const error = await t.host.start({ machine, input, processId: 'p1' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof StartFailedError)) throw new Error(`not refused: ${String(error)}`);
  expect(await t.host.store.head('p1')).toBeUndefined();
  return error;
};

it('a formation input with a floor area that is not a number: the issue by path and zod code', async () => {
  const error = await refusal(MACHINE_IDS.formation, {
    procedure: 'formation',
    complexId: 'c1',
    floorArea: 'large',
    startAt: D('2026-03-02T09:00:00'),
  });
  expect(error.code).toBe('start-failed');
  expect(error.issues).toEqual([
    expect.objectContaining({ path: 'floorArea', code: 'invalid_type' }),
  ]);
});

it('a dismissal input without its roll, and one meant for another procedure', async () => {
  const missing = await refusal(MACHINE_IDS.dismissal, {
    processId: 'd1',
    startedAt: D('2026-03-02T09:00:00'),
    firm: { id: 'firm-old' },
  });
  expect(missing.issues).toEqual([expect.objectContaining({ path: 'roll', code: 'invalid_type' })]);
  const foreign = await refusal(MACHINE_IDS.dismissal, {
    procedure: 'hiring',
    startedAt: D('2026-03-02T09:00:00'),
    roll: ROLL,
  });
  expect(foreign.issues).toEqual([
    expect.objectContaining({ path: 'procedure', code: 'wrong-procedure' }),
  ]);
});
