// Core's StartInputError: the base every machine package's input error extends, so that a host
// reports any refused start the same way (packages/community/test/input-errors.test.ts starts
// every machine with bad inputs and finds one of these each time).
import { describe, expect, it } from 'vitest';
import { bilingual, StartInputError } from '../src/index.js';

class SampleInputError extends StartInputError<'invalid-input' | 'wrong-procedure'> {
  override readonly name = 'SampleInputError';
}

describe('StartInputError', () => {
  const messages = bilingual('输入无效：startAt: 格式有误', 'invalid input: startAt: malformed');

  it('carries the code, both texts, the fields and the cause', () => {
    const cause = new Error('zod');
    const error = new SampleInputError('invalid-input', messages, ['startAt'], { cause });
    expect(error).toBeInstanceOf(StartInputError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SampleInputError');
    expect(error.code).toBe('invalid-input');
    expect(error.messages).toEqual(messages);
    expect(error.fields).toEqual(['startAt']);
    expect(error.cause).toBe(cause);
    expect(error.message).toBe(
      'invalid-input: invalid input: startAt: malformed / 输入无效：startAt: 格式有误',
    );
  });

  it('names no field when the input as a whole is refused', () => {
    expect(new StartInputError('wrong-procedure', messages).fields).toEqual([]);
    expect(new StartInputError('wrong-procedure', messages).name).toBe('StartInputError');
  });
});
