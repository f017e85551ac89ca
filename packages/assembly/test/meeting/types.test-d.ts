import type { EventTypeOf } from '@jiayuan/core';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AgendaItem,
  AssemblyEmitted,
  AssemblyEvent,
  assemblyEvents,
  BallotSheet,
  MeetingKind,
  SheetIssueCode,
} from '../../src/index.js';

describe('assembly public types', () => {
  it('catalog types and events line up', () => {
    expectTypeOf<EventTypeOf<typeof assemblyEvents>>().toEqualTypeOf<AssemblyEvent['type']>();
    expectTypeOf<
      Extract<AssemblyEvent, { type: 'CAST_BALLOT' }>['sheet']
    >().toEqualTypeOf<BallotSheet>();
    expectTypeOf<Extract<AssemblyEvent, { type: 'CALL_ASSEMBLY' }>['items']>().toEqualTypeOf<
      AgendaItem[]
    >();
    expectTypeOf<Extract<AssemblyEvent, { type: 'RECORD_TRANSFER' }>['to']>().toEqualTypeOf<
      string[]
    >();
  });
  it('kinds, codes and emitted events', () => {
    expectTypeOf<MeetingKind>().toEqualTypeOf<'regular' | 'interim'>();
    expectTypeOf<SheetIssueCode>().toEqualTypeOf<
      | 'malformed-sheet'
      | 'duplicate-sheet'
      | 'unknown-item'
      | 'item-refused'
      | 'unit-voted-before-transfer'
      | 'unit-transferred'
      | 'before-registration'
      | 'roll-frozen'
      | 'answer-mismatch'
      | 'unknown-candidate'
      | 'too-many-candidates'
      | 'candidate-twice'
    >();
    expectTypeOf<AssemblyEmitted['type']>().toEqualTypeOf<
      'post' | 'notify' | 'counted' | 'rules-decided' | 'decision-revoked'
    >();
  });
});
