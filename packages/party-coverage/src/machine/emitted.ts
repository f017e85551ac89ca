import type { Bar, CitationId } from '@jiayuan/core';
import type { CoverageRecord, CrossAppointment, QuotaCheck, ReviewEntry } from './context.js';
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
  | {
      /** Advisory: a branch committee above the usual most members (一般由3至5人组成), within the absolute most. */
      readonly type: 'branch-committee-over-usual';
      readonly unitId: string;
      readonly at: string;
      readonly members: number;
      readonly max: number;
    }
  | {
      /** The owners' committee's party-member share fell short of the profile's quota (PARTY-7). */
      readonly type: 'member-quota-short';
      readonly unitId: string;
      readonly at: string;
      readonly check: QuotaCheck;
      readonly share: Bar;
    }
  | {
      /** The share meets the quota again. */
      readonly type: 'member-quota-met';
      readonly unitId: string;
      readonly at: string;
      readonly check: QuotaCheck;
      readonly share: Bar;
    }
  | {
      readonly type: 'cross-appointment-recorded';
      readonly unitId: string;
      readonly appointment: CrossAppointment;
    }
  | { readonly type: 'review-recorded'; readonly unitId: string; readonly review: ReviewEntry }
  | {
      readonly type: 'unit-closed';
      readonly unitId: string;
      readonly at: string;
      readonly reason: string;
    };
