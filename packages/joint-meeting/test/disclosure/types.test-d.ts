import type { EventTypeOf } from '@jiayuan/core';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  DisclosureContext,
  DisclosureEmitted,
  DisclosureEvent,
  DrawingSource,
  DutyId,
  disclosureEvents,
  FundDrawing,
  MatterInput,
  Obligation,
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
  it('a drawing from the fund: recorded by its event, waiting, then listed on a posting', () => {
    type Recorded = Extract<DisclosureEvent, { type: 'RECORD_FUND_DRAWING' }>;
    expectTypeOf<Recorded['source']>().toEqualTypeOf<DrawingSource>();
    expectTypeOf<Recorded['part']>().toEqualTypeOf<string | null>();
    expectTypeOf<Recorded['costFen']>().toEqualTypeOf<number>();
    expectTypeOf<Extract<DisclosureEvent, { type: 'PUBLISH' }>['drawings']>().toEqualTypeOf<
      string[] | undefined
    >();
    expectTypeOf<DisclosureContext['awaitingDrawings']>().toEqualTypeOf<readonly FundDrawing[]>();
    expectTypeOf<Obligation['drawings']>().toEqualTypeOf<readonly FundDrawing[] | undefined>();
  });
});
