import type { EventTypeOf } from '@jiayuan/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  aggregateCoverage,
  type CoverageAggregate,
  type CoverageEmitted,
  type CoverageEvent,
  type CoverageRecord,
  type coverageEvents,
  type Form,
  type Need,
  needOf,
} from '../../src/index.js';

describe('public types', () => {
  it('catalog types and events line up', () => {
    expectTypeOf<EventTypeOf<typeof coverageEvents>>().toEqualTypeOf<CoverageEvent['type']>();
    expectTypeOf<Extract<CoverageEvent, { type: 'JOIN_JOINT_BRANCH' }>['units']>().toEqualTypeOf<
      string[]
    >();
  });
  it('records and needs', () => {
    expectTypeOf<CoverageRecord['form']>().toEqualTypeOf<Form | null>();
    expectTypeOf(needOf).returns.toEqualTypeOf<Need>();
    expectTypeOf(aggregateCoverage).returns.toEqualTypeOf<CoverageAggregate>();
    expectTypeOf<
      Extract<CoverageEmitted, { type: 'form-required' }>['need']
    >().toEqualTypeOf<Need>();
  });
});
