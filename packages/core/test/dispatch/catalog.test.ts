import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { z } from 'zod';
import {
  catalogCoverage,
  defineCatalog,
  defineRule,
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

describe('defineCatalog', () => {
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

  it('refuses unknown roles, reserved types and duplicate rule ids', () => {
    expect(() =>
      defineCatalog({
        // @ts-expect-error 'mayor' is not a role
        A: { roles: ['mayor'], title: d, description: d },
      }),
    ).toThrow(/unknown role "mayor"/);
    expect(() =>
      defineCatalog({ 'xstate.done': { roles: ['owner'], title: d, description: d } }),
    ).toThrow(/reserved/);
    const rule = defineRule({ id: 'r', citations: [], check: () => true });
    expect(() =>
      defineCatalog({ A: { roles: ['owner'], title: d, description: d, rules: [rule, rule] } }),
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
      // A bare POST: neither the event guard (role, clock, rules) nor the entry's actions.
      unguarded: ['a -[POST]'],
      missingActions: ['a -[POST] advanceClock', 'a -[POST] openWindow'],
    });
  });
});
