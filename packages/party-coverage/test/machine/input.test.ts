// The coverage machine starts only on its own input: another procedure's input, or a coverage
// input that breaks its schema, stops the actor with a coded CoverageInputError.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  COVERAGE_INPUT_ERROR_CODES,
  CoverageInputError,
  coverageMachine,
  parseCoverageInput,
} from '../../src/index.js';
import { input, T0 } from '../support.js';

function startError(raw: unknown): unknown {
  const actor = createActor(coverageMachine, { input: raw as never });
  let error: unknown;
  actor.subscribe({ error: (e) => (error = e) });
  actor.start();
  expect(actor.getSnapshot().status).toBe('error');
  return error;
}

describe('the start input', () => {
  it("refuses a joint-meeting matter's input as not a coverage input", () => {
    const error = startError({
      matterId: 'm-1',
      complexId: 'c-1',
      subject: '电梯维修',
      raisedAt: T0,
    });
    expect(error).toBeInstanceOf(CoverageInputError);
    const refused = error as CoverageInputError;
    expect(refused.code).toBe('not-coverage-input');
    expect(refused.messages.en).toContain('not a party-coverage input');
    expect(refused.messages['zh-CN']).toContain('不是党组织和工作覆盖流程的启动参数');
    expect(refused.issues.map((i) => i.path)).toContain('unitId');
  });

  it("refuses a committee procedure's input and nothing at all", () => {
    for (const raw of [{ complexId: 'c-1', startAt: T0, reason: 'formation' }, undefined, 42]) {
      expect((startError(raw) as CoverageInputError).code).toBe('not-coverage-input');
    }
  });

  it('refuses a coverage input with a stray key or a bad census as invalid', () => {
    const stray = startError({ ...input(), matterId: 'm-1' }) as CoverageInputError;
    expect(stray.code).toBe('invalid-coverage-input');
    const census = startError(
      input({ census: { headcount: 1, full: 2, probationary: 0 } }),
    ) as CoverageInputError;
    expect(census.code).toBe('invalid-coverage-input');
    expect(census.issues[0]?.path).toBe('census');
  });

  it('parses its own input, and names every code', () => {
    expect(parseCoverageInput(input()).unitId).toBe('u1');
    expect(COVERAGE_INPUT_ERROR_CODES).toEqual(['not-coverage-input', 'invalid-coverage-input']);
  });
});
