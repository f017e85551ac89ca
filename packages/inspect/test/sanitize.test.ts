import { RollSchema } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_COMPLEXES } from '../../../examples/web-inspector/src/complexes.js';
import { REDACTED, sanitizeContext, sanitizeEvent, sanitizingOptions } from '../src/index.js';

const roll = RollSchema.parse(SAMPLE_COMPLEXES[0]!.roll);
const context = { now: '2026-03-02T09:00:00+08:00', roll, vote: { roll } };

describe('sanitizeContext', () => {
  it("removes owners' names and phones and units' room numbers, keeps everything else", () => {
    const clean = sanitizeContext(context);
    for (const r of [clean.roll, clean.vote.roll]) {
      for (const owner of r.owners) {
        expect(owner.name).toBe(REDACTED);
        expect(owner.phone).toBe(REDACTED);
        expect(owner.id).toMatch(/^o\d+$/);
      }
      for (const unit of r.units) {
        expect(unit.number).toBe(REDACTED);
        expect(unit.areas).toEqual(roll.units.find((u) => u.id === unit.id)?.areas);
      }
    }
    expect(clean.now).toBe(context.now);
    expect(clean.roll.complexId).toBe(roll.complexId);
    const text = JSON.stringify(clean);
    for (const owner of roll.owners) {
      expect(text).not.toContain(owner.name);
      expect(text).not.toContain(owner.phone);
    }
    for (const unit of roll.units) expect(text).not.toContain(`"${unit.number}"`);
  });

  it('does not change its input', () => {
    const before = JSON.stringify(context);
    sanitizeContext(context);
    expect(JSON.stringify(context)).toBe(before);
  });

  it('shows personal data only when asked to', () => {
    expect(sanitizeContext(context, { showPersonalData: true })).toBe(context);
  });

  it('keeps the name of a complex and of a matter (not personal)', () => {
    const clean = sanitizeContext({
      roll: { ...roll, name: '美好家园' },
      matter: { id: 'm', title: 't', name: 'x' },
    });
    expect(clean.roll.name).toBe('美好家园');
    expect(clean.matter.name).toBe('x');
  });

  it('removes extra keys on request, and phones at any depth', () => {
    const clean = sanitizeContext(
      { a: { b: [{ mobile: '139', idCard: '310…' }] } },
      { extraKeys: ['note'] },
    );
    expect(clean.a.b[0]).toEqual({ mobile: REDACTED, idCard: REDACTED });
    expect(sanitizeContext({ note: 'x' }, { extraKeys: ['note'] })).toEqual({ note: REDACTED });
  });

  it('leaves no owner name or phone in any random roll', () => {
    const ownerArb = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      name: fc.string({ minLength: 6, maxLength: 12 }).map((s) => `NAME:${s}`),
      phone: fc.stringMatching(/^1[3-9]\d{9}$/).map((s) => `TEL:${s}`),
    });
    fc.assert(
      fc.property(fc.array(ownerArb, { maxLength: 8 }), fc.nat(3), (owners, depth) => {
        let value: unknown = { roll: { complexId: 'c', owners, units: [] } };
        for (let i = 0; i < depth; i++) value = { nested: [value] };
        const text = JSON.stringify(sanitizeContext(value));
        expect(text).not.toContain('NAME:');
        expect(text).not.toContain('TEL:');
      }),
    );
  });
});

describe('sanitizeEvent', () => {
  it("removes the sender's display name but keeps id and role", () => {
    const event = {
      type: 'CAST',
      at: 'x',
      by: { id: 'o1', role: 'owner', name: '王业主' },
      ballot: { castBy: 'o1' },
    };
    expect(sanitizeEvent(event)).toEqual({
      ...event,
      by: { id: 'o1', role: 'owner', name: REDACTED },
    });
    expect(sanitizeEvent(event, { showPersonalData: true })).toBe(event);
  });

  it('gives @statelyai/inspect options that sanitise', () => {
    const options = sanitizingOptions();
    expect(JSON.stringify(options.sanitizeContext(context))).not.toContain(roll.owners[0]!.name!);
    expect(options.sanitizeEvent({ type: 'X', by: { id: 'a', role: 'owner', name: 'n' } })).toEqual(
      {
        type: 'X',
        by: { id: 'a', role: 'owner', name: REDACTED },
      },
    );
  });
});
