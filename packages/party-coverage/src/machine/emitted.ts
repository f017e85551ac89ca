import type { CitationId } from '@jiayuan/core';
import type { CoverageRecord, ReviewEntry } from './context.js';
import type { Census, Form, Need } from './forms.js';

/**
 * What the coverage machine tells its host (xstate `emit`): the host notifies, records or
 * schedules; the machine never does I/O.
 */
export type CoverageEmitted =
  | {
      /** 应建尽建: the census calls for a stronger form than the unit has. */
      readonly type: 'form-required';
      readonly unitId: string;
      readonly at: string;
      readonly need: Need;
      readonly previousNeed: Need | null;
      readonly form: Form | null;
      readonly census: Census;
      readonly cite: readonly CitationId[];
    }
  | {
      readonly type: 'form-changed';
      readonly unitId: string;
      readonly at: string;
      readonly from: Form | null;
      readonly to: Form | null;
    }
  | {
      /** A form no longer fits the census (a branch below three full members, a group without members). */
      readonly type: 'form-lapsed';
      readonly unitId: string;
      readonly at: string;
      readonly form: Form;
      readonly census: Census;
    }
  | {
      readonly type: 'coverage-changed';
      readonly unitId: string;
      readonly at: string;
      readonly record: CoverageRecord;
    }
  | {
      readonly type: 'branch-term-ended';
      readonly unitId: string;
      readonly at: string;
      readonly dueAt: string;
    }
  | {
      /** Advisory: a branch has more members than the profile's general maximum (一般不超过). */
      readonly type: 'branch-over-size';
      readonly unitId: string;
      readonly at: string;
      readonly members: number;
      readonly max: number;
    }
  | { readonly type: 'review-recorded'; readonly unitId: string; readonly review: ReviewEntry }
  | {
      readonly type: 'unit-closed';
      readonly unitId: string;
      readonly at: string;
      readonly reason: string;
    };
