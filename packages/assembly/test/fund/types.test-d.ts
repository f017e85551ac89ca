import type { EventTypeOf, FundEmergencyKind } from '@jiayuan/core';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  FundEmergencyEmitted,
  FundEmergencyEvent,
  FundInputErrorCode,
  FundReRaiseEmitted,
  FundReRaiseEvent,
  FundStage,
  FundUseEmitted,
  FundUseEvent,
  fundEmergencyEvents,
  fundReRaiseEvents,
  fundUseEvents,
} from '../../src/index.js';

describe('fund machines’ public types', () => {
  it('catalog types and events line up', () => {
    expectTypeOf<EventTypeOf<typeof fundUseEvents>>().toEqualTypeOf<FundUseEvent['type']>();
    expectTypeOf<EventTypeOf<typeof fundEmergencyEvents>>().toEqualTypeOf<
      FundEmergencyEvent['type']
    >();
    expectTypeOf<EventTypeOf<typeof fundReRaiseEvents>>().toEqualTypeOf<FundReRaiseEvent['type']>();
    expectTypeOf<
      Extract<FundEmergencyEvent, { type: 'REPORT_EMERGENCY' }>['kind']
    >().toEqualTypeOf<FundEmergencyKind>();
    expectTypeOf<
      Extract<FundReRaiseEvent, { type: 'BALANCE_REPORTED' }>['balanceFen']
    >().toEqualTypeOf<number>();
    expectTypeOf<
      Extract<FundEmergencyEvent, { type: 'REJECT_EMERGENCY_PLAN' }>['reasons']
    >().toEqualTypeOf<string>();
    expectTypeOf<
      Extract<FundEmergencyEvent, { type: 'TAKE_MEASURES' }>['measures']
    >().toEqualTypeOf<string>();
    expectTypeOf<
      Extract<FundReRaiseEvent, { type: 'PUBLIC_REVENUE_ALLOCATED' }>['toFundFen']
    >().toEqualTypeOf<number>();
  });

  it('stages, codes and emitted events', () => {
    expectTypeOf<FundStage>().toEqualTypeOf<'assembly' | 'before-assembly' | 'no-report'>();
    expectTypeOf<FundInputErrorCode>().toEqualTypeOf<'invalid-input' | 'no-fund-section'>();
    expectTypeOf<FundUseEmitted['type']>().toEqualTypeOf<'put-to-owners' | 'post' | 'notify'>();
    expectTypeOf<FundEmergencyEmitted['type']>().toEqualTypeOf<'notify' | 'post'>();
    expectTypeOf<FundReRaiseEmitted['type']>().toEqualTypeOf<'shortfall' | 'file' | 'notify'>();
  });
});
