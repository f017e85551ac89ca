// Every process start passes its profile through defineProfile; a profile it already returned
// is handed back as it is, and anything else — a copy, an edit, a JSON round trip — is validated.
import {
  beijing,
  defineProfile,
  ProfileSchema,
  ProfileValidationError,
  shanghai,
} from '@jiayuan/core';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('defineProfile of a profile it returned', () => {
  it('returns the same profile without parsing it again', () => {
    const parse = vi.spyOn(ProfileSchema, 'safeParse');
    expect(defineProfile(beijing)).toBe(beijing);
    expect(defineProfile(shanghai)).toBe(shanghai);
    expect(parse).not.toHaveBeenCalled();
  });

  it('validates a spread copy, and refuses one edited below the schema', () => {
    const parse = vi.spyOn(ProfileSchema, 'safeParse');
    const copy = defineProfile({ ...beijing });
    expect(parse).toHaveBeenCalledTimes(1);
    expect(copy).toEqual(beijing);
    expect(copy).not.toBe(beijing);
    expect(() => defineProfile({ ...beijing, voting: 'none' } as never)).toThrow(
      ProfileValidationError,
    );
  });

  it('validates a JSON round trip and an object made from it with Object.create', () => {
    const parse = vi.spyOn(ProfileSchema, 'safeParse');
    expect(defineProfile(JSON.parse(JSON.stringify(shanghai)))).toEqual(shanghai);
    // It inherits the mark, not owns it: parsed (zod reads inherited fields) into a new profile.
    const derived = Object.freeze(Object.create(shanghai));
    const defined = defineProfile(derived);
    expect(defined).not.toBe(derived);
    expect(defined).toEqual(shanghai);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('leaves the mark out of what is compared, copied or persisted', () => {
    expect(Object.keys(beijing)).toEqual(Object.keys(JSON.parse(JSON.stringify(beijing))));
    expect(Object.getOwnPropertySymbols({ ...beijing })).toEqual([]);
  });
});
