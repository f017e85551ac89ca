// Size limits of the committee's fields (src/shared/bounds.ts): a text one character over its
// limit, an id one over, an area 0.01 m² over, is refused as invalid-event; at the limit it gets
// past the schema. Before the limits a 2^52 area stopped the formation machine (machine-error)
// and free-text fields took any length.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ev, startFormation } from './support/fixtures.js';

const at = '2026-03-10T10:00:00+08:00';
const codeOf = (event: Record<string, unknown>) => {
  const r = dispatch(startFormation(), event);
  return r.ok ? 'accepted' : r.rejection.code;
};

describe('field limits', () => {
  it('takes areas up to 10^12 (0.01 m²) and refuses one more', () => {
    const delivery = (totalArea: number) =>
      ev('RECORD_DELIVERY', 'developer', at, { deliveredArea: 0, totalArea });
    expect(codeOf(delivery(1_000_000_000_000))).toBe('accepted');
    expect(codeOf(delivery(1_000_000_000_001))).toBe('invalid-event');
    expect(codeOf(delivery(2 ** 52))).toBe('invalid-event');
  });

  it('takes free text up to 2,000 characters and refuses 2,001', () => {
    const objection = (n: number) =>
      ev('OBJECT_TO_MEMBER', 'owner', at, { memberId: 'g-o1', text: '异'.repeat(n) }, 'o9');
    expect(codeOf(objection(2_000))).not.toBe('invalid-event');
    expect(codeOf(objection(2_001))).toBe('invalid-event');
  });

  it('takes ids up to 200 characters and refuses 201', () => {
    const nomination = (n: number) =>
      ev('NOMINATE', 'owner', at, { candidateId: 'o'.repeat(n) }, 'o1');
    expect(codeOf(nomination(200))).not.toBe('invalid-event');
    expect(codeOf(nomination(201))).toBe('invalid-event');
  });
});
