import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { z } from 'zod';
import {
  catalogCoverage,
  defineEvents,
  EnvelopeSchema,
  eventSchema,
  eventTitle,
  specOf,
} from '../../src/dispatch/index.js';
import { bilingual } from '../../src/i18n.js';
import { noticeEvents, noticeMachine } from './notice.js';

const d = bilingual('测试', 'test');
const by = { id: 'u1', role: 'owner' };
const at = '2026-03-02T09:00:00+08:00';

describe('eventSchema', () => {
  const schema = eventSchema('VOTE', { choice: z.enum(['yes', 'no']) });

  it('parses the envelope and the payload', () => {
    expect(schema.parse({ type: 'VOTE', at, by, choice: 'yes' })).toEqual({
      type: 'VOTE',
      at,
      by,
      choice: 'yes',
    });
  });

  it('is strict and checks the envelope', () => {
    expect(schema.safeParse({ type: 'VOTE', at, by, choice: 'yes', extra: 1 }).success).toBe(false);
    expect(schema.safeParse({ type: 'VOTED', at, by, choice: 'yes' }).success).toBe(false);
    expect(schema.safeParse({ type: 'VOTE', at: '2026-03-02', by, choice: 'yes' }).success).toBe(
      false,
    );
    expect(
      schema.safeParse({ type: 'VOTE', at: '2026-03-02T09:00:00', by, choice: 'yes' }).success,
    ).toBe(false);
    expect(
      schema.safeParse({ type: 'VOTE', at, by: { id: 'x', role: 'mayor' }, choice: 'yes' }).success,
    ).toBe(false);
  });

  it('works without a payload', () => {
    expect(eventSchema('TICK').parse({ type: 'TICK', at, by })).toEqual({ type: 'TICK', at, by });
  });

  it('refuses payloads that redefine the envelope and reserved or wildcard types', () => {
    expect(() => eventSchema('X', { at: z.string() })).toThrow(
      /must not redefine envelope field "at"/,
    );
    expect(() => eventSchema('X', { by: z.string() })).toThrow(/"by"/);
    expect(() => eventSchema('')).toThrow(/non-empty/);
    expect(() => eventSchema('xstate.init')).toThrow(/reserved/);
    expect(() => eventSchema('VOTE.*')).toThrow(/wildcard/);
  });

  it('EnvelopeSchema checks only the envelope', () => {
    expect(EnvelopeSchema.safeParse({ type: 'ANY', at, by, more: 1 }).success).toBe(true);
    expect(EnvelopeSchema.safeParse({ type: 'ANY', at }).success).toBe(false);
  });
});

describe('defineEvents', () => {
  it('keeps the entries and the declaration order, frozen', () => {
    expect(noticeEvents.types).toEqual(['POST', 'AMEND', 'OBJECT', 'CLOSE', 'TICK']);
    expect(Object.isFrozen(noticeEvents)).toBe(true);
    expect(Object.isFrozen(noticeEvents.events)).toBe(true);
    expect(specOf(noticeEvents, 'POST')?.roles).toEqual(['committee']);
    expect(specOf(noticeEvents, 'toString')).toBeUndefined();
    expect(eventTitle(noticeEvents, 'POST')).toEqual({
      'zh-CN': '张贴公告',
      en: 'Post the notice',
    });
    expect(eventTitle(noticeEvents, 'NOPE')).toEqual({ 'zh-CN': 'NOPE', en: 'NOPE' });
  });

  it('uses the description when an entry has no title', () => {
    const catalog = defineEvents({
      A: { schema: eventSchema('A'), roles: ['owner'], description: d },
    });
    expect(eventTitle(catalog, 'A')).toBe(d);
  });

  it('refuses a schema whose type differs from its key', () => {
    expect(() =>
      defineEvents({
        // @ts-expect-error the schema parses B events, not A events
        A: { schema: eventSchema('B'), roles: ['owner'], description: d },
      }),
    ).toThrow(/type "B"; it must be "A"/);
  });

  it('refuses empty or unknown roles, reserved types and duplicate rule ids', () => {
    expect(() =>
      defineEvents({ A: { schema: eventSchema('A'), roles: [], description: d } }),
    ).toThrow(/lists no roles/);
    expect(() =>
      defineEvents({
        // @ts-expect-error 'mayor' is not a role
        A: { schema: eventSchema('A'), roles: ['mayor'], description: d },
      }),
    ).toThrow(/unknown role "mayor"/);
    expect(() =>
      defineEvents({
        'xstate.done': {
          schema: z.object({ type: z.literal('xstate.done') }),
          roles: ['owner'],
          description: d,
        },
      }),
    ).toThrow(/reserved/);
    const rule = { id: 'r', citations: [], check: () => true };
    expect(() =>
      defineEvents({
        A: { schema: eventSchema('A'), roles: ['owner'], description: d, rules: [rule, rule] },
      }),
    ).toThrow(/two rules with id "r"/);
  });
});

describe('catalogCoverage', () => {
  it('finds nothing missing for the notice procedure', () => {
    expect(catalogCoverage(noticeMachine, noticeEvents)).toEqual({
      uncatalogued: [],
      unhandled: [],
      unguarded: [],
      missingActions: [],
    });
  });

  it('reports uncatalogued descriptors and unhandled catalog types', () => {
    const machine = createMachine({
      initial: 'a',
      states: { a: { on: { POST: 'b', SECRET: 'b' } }, b: { after: { 10: 'a' } } },
    });
    expect(catalogCoverage(machine, noticeEvents)).toEqual({
      uncatalogued: ['SECRET'],
      unhandled: ['AMEND', 'OBJECT', 'CLOSE', 'TICK'],
      unguarded: [],
      missingActions: [],
    });
  });
});
