// Every machine that takes a profile refuses one below the national floor, whatever package it
// comes from: CC 278 ¶2 "应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决"
// (以上 includes the bound). A profile at exactly two-thirds starts; one in three thousand short
// of it does not, and the refusal names the field (and, where the package words its input errors
// in both languages, the article in each).
import { DEFAULT_PROFILE } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { SEQUENCES } from '../bench/sequences.js';
import { refusalText, startError } from './start-refusal.js';

function profileOf(input: object): object {
  const profile: unknown = Reflect.get(input, 'profile');
  // A fixed profile has its laws; `{ follows }` or none: the default.
  return typeof profile === 'object' && profile !== null && 'laws' in profile
    ? profile
    : DEFAULT_PROFILE;
}

/** The input's profile (the default when it names none) with the headcount quorum at num/den. */
function withQuorum(input: object, num: number, den: number): object {
  const profile = JSON.parse(JSON.stringify(profileOf(input)));
  profile.voting.quorum.headcount.value = { fraction: { num, den }, mode: 'at-least' };
  return { ...input, profile };
}

describe.each(SEQUENCES.map((s) => [s.name, s] as const))('%s', (_name, sequence) => {
  const input = sequence.input as object;

  it('starts with the headcount quorum at exactly two-thirds (2000/3000)', () => {
    expect(startError(sequence.machine, withQuorum(input, 2000, 3000))).toBeUndefined();
  });

  it('refuses it at 1999/3000, naming voting.quorum.headcount', () => {
    const error = startError(sequence.machine, withQuorum(input, 1999, 3000));
    expect(error).toBeDefined();
    expect(refusalText(error)).toMatch(/voting[.,"]+quorum[.,"]+headcount/);
    // A package's coded input error words the breach in both languages, with the article.
    const messages: unknown = Reflect.get(Object(error), 'messages');
    if (messages !== undefined) {
      expect(Reflect.get(Object(messages), 'zh-CN')).toContain('《民法典》第二百七十八条第二款');
      expect(Reflect.get(Object(messages), 'en')).toContain('Civil Code art. 278(2)');
    }
  });
});
