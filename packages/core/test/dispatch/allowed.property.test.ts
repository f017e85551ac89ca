// allowedEvents decides every type in one walk of the active states; stateAccepts decides one
// type at a time as xstate does. On random nested and parallel machines with exact, partial
// (`X.*`) and wildcard descriptors, transitions that do something, forbid (`{}`) or are guarded,
// the two must agree on every type.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { allowedEvents, defineCatalog, stateAccepts } from '../../src/dispatch/index.js';
import { bilingual } from '../../src/i18n.js';

const TYPES = ['A', 'B', 'X', 'X.Y', 'X.Z', 'X.Y.W'] as const;
const DESCRIPTORS = [...TYPES, 'X.*', 'X.Y.*', '*'] as const;

const catalog = defineCatalog(
  Object.fromEntries(
    TYPES.map((type) => [
      type,
      { roles: ['system'], title: bilingual(type, type), description: bilingual(type, type) },
    ]),
  ) as Record<
    (typeof TYPES)[number],
    {
      roles: ['system'];
      title: ReturnType<typeof bilingual>;
      description: ReturnType<typeof bilingual>;
    }
  >,
);

type Transition = 'does' | 'forbids' | 'guarded-inert' | 'guarded-does';
const transition = fc.constantFrom<Transition>('does', 'forbids', 'guarded-inert', 'guarded-does');
const on = fc.dictionary(
  fc.constantFrom(...DESCRIPTORS),
  fc.array(transition, { minLength: 1, maxLength: 3 }),
  {
    maxKeys: 4,
  },
);

interface NodeSpec {
  readonly on: Record<string, Transition[]>;
  readonly type: 'atomic' | 'compound' | 'parallel';
  readonly children: readonly NodeSpec[];
}

const node: fc.Memo<NodeSpec> = fc.memo((depth) =>
  depth <= 1
    ? fc.record({ on, type: fc.constant('atomic' as const), children: fc.constant([]) })
    : fc.oneof(
        fc.record({ on, type: fc.constant('atomic' as const), children: fc.constant([]) }),
        fc.record({
          on,
          type: fc.constantFrom('compound' as const, 'parallel' as const),
          children: fc.array(node(depth - 1), { minLength: 1, maxLength: 3 }),
        }),
      ),
);

function config(spec: NodeSpec): Record<string, unknown> {
  const transitions = Object.fromEntries(
    Object.entries(spec.on).map(([descriptor, list]) => [
      descriptor,
      list.map((t) =>
        t === 'does'
          ? { actions: 'noop' }
          : t === 'forbids'
            ? {}
            : t === 'guarded-inert'
              ? { guard: 'never' }
              : { guard: 'never', actions: 'noop' },
      ),
    ]),
  );
  if (spec.type === 'atomic') return { on: transitions };
  const states = Object.fromEntries(spec.children.map((c, i) => [`s${i}`, config(c)]));
  return spec.type === 'parallel'
    ? { type: 'parallel', on: transitions, states }
    : { initial: 's0', on: transitions, states };
}

describe('allowedEvents agrees with stateAccepts', () => {
  it('on random machines, for every type', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(node(4), (spec) => {
        const machine = createMachine(
          config(spec) as never,
          {
            actions: { noop: () => undefined },
            guards: { never: () => false },
          } as never,
        );
        const actor = createActor(machine).start();
        const snapshot = actor.getSnapshot();
        const oneByOne = catalog.types.filter((type) => stateAccepts(snapshot, type));
        expect(allowedEvents(snapshot, catalog)).toEqual(oneByOne);
        actor.stop();
      }),
      { numRuns: 2_000 },
    );
  });
});
