import type { EventTypeOf } from '@jiayuan/core';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  DisclosureEmitted,
  DisclosureEvent,
  DutyId,
  disclosureEvents,
  MatterInput,
  ObligationStatus,
} from '../../src/index.js';

describe('disclosure public types', () => {
  it('catalog types and events line up', () => {
    expectTypeOf<EventTypeOf<typeof disclosureEvents>>().toEqualTypeOf<DisclosureEvent['type']>();
    expectTypeOf<Extract<DisclosureEvent, { type: 'PUBLISH' }>['duty']>().toEqualTypeOf<DutyId>();
  });
  it('an overdue obligation carries a matter input', () => {
    expectTypeOf<
      Extract<DisclosureEmitted, { type: 'obligation-overdue' }>['matter']
    >().toEqualTypeOf<MatterInput | null>();
    expectTypeOf<ObligationStatus>().toEqualTypeOf<'due' | 'published' | 'overdue'>();
  });
});
