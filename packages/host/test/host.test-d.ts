import type { Rejection } from '@jiayuan/core';
import { expectTypeOf, test } from 'vitest';
import type { DeliveryOutcome, Host, Principal, SendOptions, SendResult } from '../src/index.js';

test('send results narrow on ok', () => {
  expectTypeOf<Host['send']>().returns.resolves.toEqualTypeOf<SendResult>();
  const result = {} as SendResult;
  if (result.ok) {
    expectTypeOf(result.seq).toBeNumber();
    expectTypeOf(result.duplicate).toBeBoolean();
  } else {
    expectTypeOf(result.rejection).toEqualTypeOf<Rejection>();
  }
  expectTypeOf<DeliveryOutcome>().toEqualTypeOf<'delivered' | 'refused' | 'settled' | 'not-due'>();
});

test('send needs a principal; only sendTrusted takes an event as it is', () => {
  const host = {} as Host;
  // @ts-expect-error the untrusted path cannot be called without a principal
  void host.send('p1', { type: 'NOTE' });
  // @ts-expect-error nor with options that only carry a key
  void host.sendMany('p1', [{ type: 'NOTE' }], { key: 'k' });
  // @ts-expect-error `as` is a role
  void host.send('p1', { type: 'NOTE' }, { principal: { id: 'ann' }, as: 'mayor' });
  expectTypeOf(
    host.send('p1', { type: 'NOTE' }, { principal: { id: 'ann', name: 'Ann' }, as: 'owner' }),
  ).resolves.toEqualTypeOf<SendResult>();
  expectTypeOf(host.sendTrusted('p1', { type: 'NOTE' })).resolves.toEqualTypeOf<SendResult>();
  expectTypeOf<Parameters<Host['send']>[2]>().toEqualTypeOf<SendOptions>();
  expectTypeOf<SendOptions['principal']>().toEqualTypeOf<Principal>();
});
