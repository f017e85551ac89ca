import type { FormationContext } from '@jiayuan/committee';
import { formationMachine } from '@jiayuan/committee';
import type { Bilingual, CitationId, JsonSchema, Locale, Role } from '@jiayuan/core';
import { expectTypeOf, test } from 'vitest';
import type { SnapshotFrom, StateValue } from 'xstate';
import type {
  DeadlineListing,
  Host,
  LoadedProcess,
  MachineRef,
  ProcessView,
  SnapshotEnvelope,
  ViewDeadline,
  ViewEvent,
  ViewOptions,
} from '../src/index.js';

test('host.view returns the read model, texts in the locale asked and in both', () => {
  const host = {} as Host;
  expectTypeOf(host.view('p1', { principal: { id: 'ann' } })).resolves.toEqualTypeOf<ProcessView>();
  expectTypeOf<ViewOptions['locale']>().toEqualTypeOf<Locale | undefined>();
  // @ts-expect-error a view is always someone's
  void host.view('p1', { locale: 'en' });
  // @ts-expect-error only the two locales
  void host.view('p1', { principal: { id: 'ann' }, locale: 'fr' });

  const view = {} as ProcessView;
  expectTypeOf(view.value).toEqualTypeOf<StateValue>();
  expectTypeOf(view.status).toEqualTypeOf<'active' | 'done' | 'error' | 'stopped'>();
  expectTypeOf(view.machine).toEqualTypeOf<MachineRef>();
  expectTypeOf(view.title).toBeString();
  expectTypeOf(view.titles).toEqualTypeOf<Bilingual>();
  expectTypeOf(view.events).toEqualTypeOf<readonly ViewEvent[]>();
  expectTypeOf(view.events[0]!.payloadSchema).toEqualTypeOf<JsonSchema>();
  expectTypeOf(view.events[0]!.roles).toEqualTypeOf<readonly Role[]>();
  expectTypeOf(view.states[0]!.legal).toEqualTypeOf<readonly CitationId[]>();
  expectTypeOf(view.deadlines.pending).toEqualTypeOf<readonly ViewDeadline[]>();
  expectTypeOf(view.deadlines.missed[0]!.dueAt).toBeString();
  expectTypeOf(view.log[0]!.type).toEqualTypeOf<string | null>();
});

test('host.load is typed by the machine passed, and untyped without one', () => {
  const host = {} as Host;
  const typed = host.load('c1/formation', formationMachine);
  expectTypeOf(typed).resolves.toEqualTypeOf<LoadedProcess<typeof formationMachine>>();
  const loaded = {} as LoadedProcess<typeof formationMachine>;
  expectTypeOf(loaded.snapshot).toEqualTypeOf<SnapshotFrom<typeof formationMachine>>();
  expectTypeOf(loaded.snapshot.context).toEqualTypeOf<FormationContext>();
  expectTypeOf(loaded.envelope).toEqualTypeOf<SnapshotEnvelope>();
  expectTypeOf(loaded.seq).toBeNumber();
  // The machine's own state values are checked.
  void loaded.snapshot.matches({ awaitingReport: 'onTime' });
  // @ts-expect-error no such state
  void loaded.snapshot.matches('nowhere');

  expectTypeOf(host.load('p1')).resolves.toEqualTypeOf<LoadedProcess>();
  // @ts-expect-error a type without the machine is not checked at run time, so not offered
  void host.load<typeof formationMachine>('c1/formation');
});

test('host.deadlines takes a time and lists titled deadlines', () => {
  const host = {} as Host;
  expectTypeOf(host.deadlines({ dueBefore: new Date() })).resolves.toEqualTypeOf<
    DeadlineListing[]
  >();
  expectTypeOf(
    host.deadlines({ dueBefore: '2026-04-10T00:00:00+08:00', status: 'delivered' }),
  ).resolves.toEqualTypeOf<DeadlineListing[]>();
  // @ts-expect-error dueBefore is required
  void host.deadlines({ limit: 5 });
  expectTypeOf<DeadlineListing['titles']>().toEqualTypeOf<Bilingual>();
});
