// A refusal built from the profile in force names that profile's articles: a rule's failure may
// carry its own citations, which the rejection reports in place of the rule's.
import { describe, expect, it } from 'vitest';
import { createActor, setup } from 'xstate';
import { z } from 'zod';
import {
  catalogGuards,
  defineCatalog,
  defineRule,
  dispatch,
  type EventOf,
  withCatalog,
} from '../../src/dispatch/index.js';
import { bilingual } from '../../src/i18n.js';
import { ev, START } from './notice.js';

interface Ctx {
  readonly now: string;
  readonly cite: readonly string[] | null;
}

const sized = defineRule({
  id: 'sized',
  citations: ['SH-20-1'],
  description: bilingual('人数合法', 'A lawful size'),
  check({ context }: { readonly context: Ctx }, event: { readonly seats: number }) {
    if (event.seats >= 3) return true;
    const message = bilingual('人数不足', 'Too few seats');
    return context.cite === null
      ? { ok: false, message }
      : { ok: false, message, citations: context.cite };
  },
});

const events = defineCatalog({
  SET: {
    payload: { seats: z.number().int() },
    roles: ['committee'],
    title: bilingual('设定', 'Set'),
    description: bilingual('设定人数', 'Set the seats'),
    rules: [sized],
  },
});

const machine = withCatalog(
  setup({
    types: {
      context: {} as Ctx,
      events: {} as EventOf<typeof events>,
      input: {} as { cite: readonly string[] | null },
    },
    guards: catalogGuards(events),
  }).createMachine({
    context: ({ input }) => ({ now: START, cite: input.cite }),
    initial: 'open',
    states: { open: { on: { SET: { guard: 'SET', target: 'set' } } }, set: {} },
  }),
  events,
);

function refusal(cite: readonly string[] | null) {
  const actor = createActor(machine, { input: { cite } }).start();
  const result = dispatch(actor, ev('SET', 'committee', START, { seats: 2 }));
  actor.stop();
  return result;
}

describe('rule citations from the failure', () => {
  it('reports the failure’s citations when it gives them', () => {
    const result = refusal(['BJ-39-1-small']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.rule).toEqual({ id: 'sized', citations: ['BJ-39-1-small'] });
  });

  it('falls back to the rule’s own when it does not', () => {
    const result = refusal(null);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.rule).toEqual({ id: 'sized', citations: ['SH-20-1'] });
  });
});
