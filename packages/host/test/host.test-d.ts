import type { Rejection } from '@jiayuan/core';
import { expectTypeOf, test } from 'vitest';
import type { DeliveryOutcome, Host, SendResult } from '../src/index.js';

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
