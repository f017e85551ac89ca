// Every machine refuses a start input it cannot take with its package's coded input error, each
// a core `StartInputError`: a stable `code`, the reason in both languages and the fields at
// fault; and every text field has a size limit (docs/guides/machine-conventions.md, rule 1).
// Before, the joint-meeting machines and the assembly meeting threw zod's own error, in English
// only and without a code.
import { StartInputError } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { SEQUENCES } from '../bench/sequences.js';
import { startError } from './start-refusal.js';

const HAN = /\p{Script=Han}/u;

/** A refusal as a host reads it: its code, both texts and the fields, each checked for shape. */
function coded(error: unknown): { code: string; zh: string; en: string; fields: string[] } {
  // Each package's own error, all of them core's one base class.
  expect(error).toBeInstanceOf(StartInputError);
  expect(error).not.toBeInstanceOf(ZodError);
  expect(Reflect.get(Object(error), 'name')).toMatch(/^[A-Z][A-Za-z]+InputError$/);
  const code: unknown = Reflect.get(Object(error), 'code');
  const messages: unknown = Reflect.get(Object(error), 'messages');
  const fields: unknown = Reflect.get(Object(error), 'fields');
  expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  const zh: unknown = Reflect.get(Object(messages), 'zh-CN');
  const en: unknown = Reflect.get(Object(messages), 'en');
  expect(zh).toMatch(HAN);
  expect(en).not.toMatch(HAN);
  expect(Array.isArray(fields)).toBe(true);
  return { code: String(code), zh: String(zh), en: String(en), fields: fields as string[] };
}

// Longer than every id, name or text limit of every package (the longest is 4,000 characters).
const HUGE = 'x'.repeat(100_001);

describe.each(SEQUENCES.map((s) => [s.name, s] as const))('%s', (_name, sequence) => {
  const input = sequence.input as Record<string, unknown>;

  it('starts from its own input', () => {
    expect(startError(sequence.machine, input)).toBeUndefined();
  });

  it('refuses what is not an object, coded and in both languages', () => {
    const refusal = coded(startError(sequence.machine, 42 as unknown as object));
    expect(refusal.fields.length).toBeGreaterThan(0);
  });

  it('refuses a key its input does not have, naming the key', () => {
    const refusal = coded(startError(sequence.machine, { ...input, unheardOf: 1 }));
    expect(refusal.fields).toContain('unheardOf');
    expect(refusal.en).toContain('unheardOf');
  });

  const texts = Object.entries(input).filter(([, value]) => typeof value === 'string');
  it.each(texts.map(([key]) => key))('refuses a %s of 100,001 characters, naming it', (key) => {
    const refusal = coded(startError(sequence.machine, { ...input, [key]: HUGE }));
    expect(refusal.fields).toContain(key);
    // The reason names the field; it does not echo the text back.
    expect(refusal.en.length).toBeLessThan(2_000);
    expect(refusal.zh.length).toBeLessThan(2_000);
  });
});

// The start instant's field of each machine's input.
const START_KEYS = ['startAt', 'startedAt', 'raisedAt'];

// The Shanghai history's first edition is of 2022-10-22 (core's `PROFILE_HISTORIES`): a start a
// second before that day, following it, has no rules to hold.
describe.each(SEQUENCES.map((s) => [s.name, s] as const))(
  '%s following shanghai',
  (_n, sequence) => {
    const input = sequence.input as Record<string, unknown>;
    const key = START_KEYS.find((k) => k in input) ?? 'none';
    const at = (instant: string) => ({
      ...input,
      [key]: instant,
      profile: { follows: 'shanghai' },
    });

    it('refuses a start at 2022-10-21 23:59:59, coded and naming the profile', () => {
      const refusal = coded(startError(sequence.machine, at('2022-10-21T23:59:59+08:00')));
      expect(refusal.code).toMatch(/invalid/);
      expect(refusal.fields).toEqual(['profile']);
      expect(refusal.en).toContain('recorded from 2022-10-22');
      expect(refusal.en).toContain('in force on 2022-10-21');
      expect(refusal.zh).toContain('2022-10-21适用的规则未收录');
    });

    it('takes the first edition at 2022-10-22 00:00:00', () => {
      const error = startError(sequence.machine, at('2022-10-22T00:00:00+08:00'));
      // The stand-in needs a body the Shanghai texts do not name: refused for that, not the date.
      const code: unknown = Reflect.get(Object(error), 'code');
      expect(code ?? 'started').toBe(
        sequence.name === 'committee stand-in' ? 'no-stand-in-body' : 'started',
      );
    });
  },
);

it('every machine has a text field and a start instant in its input to try', () => {
  for (const sequence of SEQUENCES) {
    expect(
      START_KEYS.some((k) => k in (sequence.input as object)),
      sequence.name,
    ).toBe(true);
    const texts = Object.values(sequence.input as object).filter((v) => typeof v === 'string');
    expect(texts.length, sequence.name).toBeGreaterThan(0);
  }
});
