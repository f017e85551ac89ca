import type { SelectionPlan } from '../shared/context.js';

/** A selection plan with every part `DRAFT_PLAN` asks for, choosing the firm by `method`. */
export function samplePlan(method: SelectionPlan['method']): SelectionPlan {
  return {
    creditStanding: 'c',
    staffing: 's',
    trackRecord: 't',
    serviceContentAndFees: 'f',
    contractTerm: '3y',
    method,
  };
}
