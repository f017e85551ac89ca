import { RollSchema } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_COMPLEXES } from '../../../examples/web-inspector/src/complexes.js';
import { REDACTED, sanitizeContext, sanitizeEvent, sanitizingOptions } from '../src/index.js';

const roll = RollSchema.parse(SAMPLE_COMPLEXES[0]!.roll);
const context = { now: '2026-03-02T09:00:00+08:00', roll, vote: { roll } };
const KEY = 'a recording';

describe('sanitizeContext', () => {
  it("removes owners' names and phones and units' room numbers, pseudonymises ids, keeps the rest", () => {
    const clean = sanitizeContext(context, { pseudonymKey: KEY });
    for (const r of [clean.roll, clean.vote.roll]) {
      for (const owner of r.owners) {
        expect(owner.name).toBe(REDACTED);
        expect(owner.phone).toBe(REDACTED);
        expect(owner.id).toMatch(/^owner-[0-9a-f]{12}$/);
      }
      r.units.forEach((unit, i) => {
        expect(unit.number).toBe(REDACTED);
        expect(unit.id).toMatch(/^unit-[0-9a-f]{12}$/);
        expect(unit.areas).toEqual(roll.units[i]!.areas);
        // A unit's owners are the owners' pseudonyms: the link survives.
        expect(unit.owners).toEqual(
          roll.units[i]!.owners.map(
            (id) => clean.roll.owners[roll.owners.findIndex((o) => o.id === id)]!.id,
          ),
        );
      });
    }
    expect(clean.vote.roll).toEqual(clean.roll);
    expect(clean.now).toBe(context.now);
    expect(clean.roll.complexId).toBe(roll.complexId);
    const text = JSON.stringify(clean);
    for (const owner of roll.owners) {
      expect(text).not.toContain(owner.name);
      expect(text).not.toContain(owner.phone);
      expect(text).not.toContain(`"${owner.id}"`);
    }
    for (const unit of roll.units) {
      expect(text).not.toContain(`"${unit.number}"`);
      expect(text).not.toContain(`"${unit.id}"`);
    }
  });

  it('does not change its input', () => {
    const before = JSON.stringify(context);
    sanitizeContext(context);
    expect(JSON.stringify(context)).toBe(before);
  });

  it('shows personal data only when asked to; showIds shows ids but still removes names', () => {
    expect(sanitizeContext(context, { showPersonalData: true })).toBe(context);
    const ids = sanitizeContext(context, { showIds: true });
    expect(ids.roll.units.map((u) => u.id)).toEqual(roll.units.map((u) => u.id));
    expect(ids.roll.owners.map((o) => o.id)).toEqual(roll.owners.map((o) => o.id));
    expect(ids.roll.owners[0]!.name).toBe(REDACTED);
  });

  it("keeps the complex's name; any other `name` is taken as a person's", () => {
    const clean = sanitizeContext({
      roll: { ...roll, name: '美好家园' },
      matter: { id: 'm', title: '选聘物业', name: 'x' },
    });
    expect(clean.roll.name).toBe('美好家园');
    expect(clean.matter.title).toBe('选聘物业');
    expect(clean.matter.name).toBe(REDACTED);
  });

  it('removes the keys people use for personal data, in Chinese and English, any case', () => {
    const row = {
      序号: 1,
      房间号: '01-02-1502',
      房号: '1502',
      姓名: '王小明',
      业主姓名: '王小明',
      联系电话: '021-5555 0000',
      手机: '13912345678',
      手机号码: '13912345678',
      身份证号: '11010519491231002X',
      room: '1502',
      ROOM: '1502',
      roomNumber: '1502',
      phone: 'x',
      Phone: 'x',
      phone_number: 'x',
      name: '王小明',
      Name: '王小明',
      idCard: 'x',
      IDCARD: 'x',
      id_card: 'x',
      面积: 8957,
    };
    const clean = sanitizeContext({ row });
    for (const [key, value] of Object.entries(clean.row)) {
      if (key === '序号' || key === '面积') expect(value).toBe(row[key]);
      else expect([key, value]).toEqual([key, REDACTED]);
    }
  });

  it('removes extra keys on request, and phones at any depth', () => {
    const clean = sanitizeContext(
      { a: { b: [{ mobile: '139', idCard: '310…' }] } },
      { extraKeys: ['note'] },
    );
    expect(clean.a.b[0]).toEqual({ mobile: REDACTED, idCard: REDACTED });
    expect(sanitizeContext({ note: 'x' }, { extraKeys: ['note'] })).toEqual({ note: REDACTED });
  });

  it('redacts mobile and ID-card numbers inside free text, and leaves other numbers', () => {
    const note =
      '1-101 王先生 13912345678 已签字；妻 +86 139-1234-5678，身份证 11010519491231002x；' +
      '面积 89.57，2026-03-02T09:00:00+08:00，编号 123456789012 与 1391234567890';
    expect(sanitizeContext({ remark: note }, { showIds: true }).remark).toBe(
      `1-101 王先生 ${REDACTED} 已签字；妻 ${REDACTED}，身份证 ${REDACTED}；` +
        '面积 89.57，2026-03-02T09:00:00+08:00，编号 123456789012 与 1391234567890',
    );
    expect(sanitizeContext({ phoneAsNumber: [13912345678, 1391234567, 89_57] })).toEqual({
      phoneAsNumber: [REDACTED, 1391234567, 8957],
    });
  });

  it('treats keys named like Object.prototype members as plain keys', () => {
    const value = JSON.parse(
      '{"constructor":"1-101","toString":"x","__proto__":{"phone":"13912345678","note":"13912345678"}}',
    );
    const clean = sanitizeContext(value);
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(JSON.stringify(clean)).toBe(
      `{"constructor":"1-101","toString":"x","__proto__":{"phone":"${REDACTED}","note":"${REDACTED}"}}`,
    );
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

// A planted number must not be part of a longer run of digits: then it is that number.
const noDigitAtEnd = fc.string({ maxLength: 6 }).filter((s) => !/\d$/.test(s));
const noDigitAtStart = fc.string({ maxLength: 6 }).filter((s) => !/^\d/.test(s));
const mobileArb = fc.stringMatching(/^1[3-9]\d{9}$/);
const idCardArb = fc.stringMatching(/^\d{17}[\dXx]$/);

interface Planted {
  readonly digits: string;
  /** As written, without the text around it. */
  readonly core: string;
  readonly written: string;
  readonly as: 'value' | 'text' | 'key' | 'element' | 'number';
  readonly at: number;
}

const plantedArb: fc.Arbitrary<Planted> = fc
  .tuple(
    fc.oneof(
      mobileArb.chain((m) =>
        fc.record({
          digits: fc.constant(m),
          written: fc.constantFrom(
            m,
            `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`,
            `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
            `+86 ${m}`,
            `+86${m}`,
            `0086-${m}`,
          ),
          number: fc.constant(true),
        }),
      ),
      idCardArb.map((id) => ({ digits: id, written: id, number: false })),
    ),
    fc.constantFrom('value', 'text', 'key', 'element', 'number'),
    noDigitAtEnd,
    noDigitAtStart,
    fc.nat(),
  )
  .map(([n, as, before, after, at]) => {
    const canBeNumber = n.number === true && n.written === n.digits;
    const kind = as === 'number' && !canBeNumber ? 'value' : as;
    return {
      digits: n.digits,
      core: n.written,
      written: kind === 'text' || kind === 'key' ? `${before}${n.written}${after}` : n.written,
      as: kind,
      at,
    };
  });

/** Puts `p` somewhere in `value`, choosing the way down by `p.at`. */
function plant(value: unknown, p: Planted): unknown {
  let n = p.at;
  const leaf = p.as === 'number' ? Number(p.written) : p.written;
  const into = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      if (node.length > 0 && n % 3 !== 0) {
        const i = n % node.length;
        n = Math.floor(n / 3);
        return node.map((item, j) => (j === i ? into(item) : item));
      }
      return [...node, leaf];
    }
    if (typeof node === 'object' && node !== null) {
      const keys = Object.keys(node);
      if (keys.length > 0 && n % 3 !== 0) {
        const key = keys[n % keys.length]!;
        n = Math.floor(n / 3);
        return { ...node, [key]: into((node as Record<string, unknown>)[key]) };
      }
      return p.as === 'key'
        ? { ...node, [p.written]: 'x' }
        : { ...node, [p.as === 'element' ? 'list' : 'note']: p.as === 'element' ? [leaf] : leaf };
    }
    return p.as === 'key' ? { [p.written]: node } : { was: node, note: leaf };
  };
  return into(value);
}

describe('sanitizeContext: properties', { timeout: 60_000 }, () => {
  it('no mobile or ID-card number planted anywhere in a context survives', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 3 }),
        fc.array(plantedArb, { minLength: 1, maxLength: 6 }),
        (base, planted) => {
          const value = planted.reduce(plant, base);
          const text = JSON.stringify(sanitizeContext(value));
          for (const p of planted) {
            expect(text).not.toContain(p.digits);
            expect(text).not.toContain(p.digits.toUpperCase());
            expect(text).not.toContain(p.core);
          }
        },
      ),
      { numRuns: 2000, seed: 13 },
    );
  });

  const unitIdArb = fc
    .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 4 }), fc.nat(3400))
    .map(([b, e, r]) => `${String(b).padStart(2, '0')}-${String(e).padStart(2, '0')}-${100 + r}`);
  const caseArb = fc.record({
    units: fc.uniqueArray(unitIdArb, { minLength: 1, maxLength: 30 }),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
  });

  function voteContext(units: readonly string[], picks: readonly number[]) {
    const owners = units.map((_, i) => ({ id: `o${i}`, name: `业主${i}`, phone: '13900000000' }));
    return {
      roll: {
        complexId: 'c',
        owners,
        units: units.map((id, i) => ({ id, building: id.slice(0, 2), owners: [`o${i}`] })),
      },
      vote: {
        ballots: picks.map((k) => {
          const i = k % units.length;
          return { id: `e-${units[i]}`, unitId: units[i]!, castBy: `o${i}`, choice: 'agree' };
        }),
      },
    };
  }

  it('within one recording a unit id has one pseudonym, everywhere; across recordings they differ', () => {
    fc.assert(
      fc.property(caseArb, ({ units, picks }) => {
        const ctx = voteContext(units, picks);
        const one = sanitizeContext(ctx, { pseudonymKey: 'recording one' });
        const again = sanitizeContext(ctx, { pseudonymKey: 'recording one' });
        const two = sanitizeContext(ctx, { pseudonymKey: 'recording two' });
        expect(again).toEqual(one);
        const text = JSON.stringify(one);
        units.forEach((id, i) => {
          const name = one.roll.units[i]!.id;
          expect(name).toMatch(/^unit-[0-9a-f]{12}$/);
          expect(two.roll.units[i]!.id).not.toBe(name);
          expect(text).not.toContain(id);
        });
        expect(new Set(one.roll.units.map((u) => u.id)).size).toBe(units.length);
        // Ballots still join their units and owners, and a ballot id built from a unit id
        // carries the unit's pseudonym.
        one.vote.ballots.forEach((ballot, b) => {
          const i = picks[b]! % units.length;
          expect(ballot.unitId).toBe(one.roll.units[i]!.id);
          expect(ballot.castBy).toBe(one.roll.owners[i]!.id);
          expect(ballot.id).toBe(`e-${one.roll.units[i]!.id}`);
        });
      }),
      { numRuns: 300, seed: 2026 },
    );
  });

  it('without a key, every call draws its own', () => {
    const ctx = voteContext(['01-01-101'], [0]);
    expect(sanitizeContext(ctx).roll.units[0]!.id).not.toBe(sanitizeContext(ctx).roll.units[0]!.id);
  });
});

describe('sanitizeEvent', () => {
  it("removes the sender's display name; an owner's id is pseudonymised, role kept", () => {
    const event = {
      type: 'CAST',
      at: 'x',
      by: { id: 'o1', role: 'owner', name: '王业主' },
      ballot: { castBy: 'o1', unitId: '1-101' },
    };
    const clean = sanitizeEvent(event, { pseudonymKey: KEY });
    const owner = clean.by.id;
    expect(owner).toMatch(/^owner-[0-9a-f]{12}$/);
    expect(clean).toEqual({
      type: 'CAST',
      at: 'x',
      by: { id: owner, role: 'owner', name: REDACTED },
      ballot: { castBy: owner, unitId: expect.stringMatching(/^unit-[0-9a-f]{12}$/) },
    });
    // The same key names the same owner the same way in a context.
    expect(sanitizeContext({ roll: { owners: [{ id: 'o1' }] } }, { pseudonymKey: KEY })).toEqual({
      roll: { owners: [{ id: owner }] },
    });
    expect(sanitizeEvent(event, { showPersonalData: true })).toBe(event);
  });

  it('keeps the id of a sender who is not an owner', () => {
    expect(sanitizeEvent({ type: 'X', by: { id: 'c1', role: 'committee', name: '张' } })).toEqual({
      type: 'X',
      by: { id: 'c1', role: 'committee', name: REDACTED },
    });
  });

  it('gives @statelyai/inspect options that sanitise, with one key for the session', () => {
    const options = sanitizingOptions();
    expect(JSON.stringify(options.sanitizeContext(context))).not.toContain(roll.owners[0]!.name!);
    const a = options.sanitizeEvent({ type: 'X', by: { id: 'a', role: 'owner', name: 'n' } });
    const b = options.sanitizeContext({ roll: { owners: [{ id: 'a' }] } }) as {
      roll: { owners: { id: string }[] };
    };
    expect(a).toEqual({
      type: 'X',
      by: { id: b.roll.owners[0]!.id, role: 'owner', name: REDACTED },
    });
  });
});
