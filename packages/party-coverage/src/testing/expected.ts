import type { CoverageContext } from '../machine/context.js';
import { coverageOfForm, formFits, needOf } from '../machine/forms.js';

/**
 * The state value the coverage machine must be in for a context, derived independently of the
 * machine's own routing: from the census, the profile's party numbers and the established form.
 */
export function expectedCoverageState(context: CoverageContext): string {
  const need = needOf(context.census, context.party);
  const form = context.form;
  if (form === 'branch')
    return need === 'branch-committee' ? 'open.branch.committee' : 'open.branch.secretary';
  if (need === 'branch' || need === 'branch-committee') return 'open.branchDue';
  if (need === 'organisation') {
    if (form === 'joint-branch') return 'open.jointBranch';
    if (form === 'work-group') return 'open.workGroup';
    return 'open.organisationDue';
  }
  return form === 'instructor' ? 'open.instructor' : 'open.uncovered';
}

/**
 * Why a coverage context is inconsistent with its census and profile, or `null` when it is
 * consistent: the form fits the census, the need is the census's, and the coverage record is the
 * form's (organisational for a branch or joint branch, work for every form) since the form began.
 */
export function coverageInconsistency(context: CoverageContext): string | null {
  const need = needOf(context.census, context.party);
  if (context.need !== need) return `need is ${context.need}, census calls for ${need}`;
  if (context.form !== null && !formFits(context.form, context.census, context.party)) {
    return `form ${context.form} does not fit census ${JSON.stringify(context.census)}`;
  }
  const c = coverageOfForm(context.form);
  const r = context.coverage;
  if (r.organisational !== c.organisational || r.work !== c.work || r.form !== context.form) {
    return `coverage record ${JSON.stringify(r)} does not match form ${context.form}`;
  }
  if (r.since !== context.formSince)
    return `coverage since ${r.since} differs from ${context.formSince}`;
  if ((context.form === 'joint-branch') !== (context.jointBranch !== null)) {
    return 'joint branch details and form disagree';
  }
  if (context.jointBranch !== null) {
    const { units } = context.jointBranch;
    if (units.length > context.party.jointBranchMaxUnits.value)
      return `joint branch has ${units.length} units`;
    if (!units.includes(context.unitId)) return 'joint branch does not list the unit';
  }
  if ((context.form === 'branch') !== (context.branch !== null))
    return 'branch details and form disagree';
  return null;
}
