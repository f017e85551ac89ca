import { match, P } from 'ts-pattern';
import type { CoverageContext } from '../machine/context.js';
import { coverageOfForm, formFits, needOf } from '../machine/forms.js';
import type { CoverageState } from '../machine/state.js';

/**
 * The state the coverage machine must be in for an open unit's context, derived independently of
 * the machine's own routing: from the census, the profile's party numbers and the established form.
 */
export function expectedCoverageState(context: CoverageContext): Exclude<CoverageState, 'closed'> {
  return match({ need: needOf(context.census, context.party), form: context.form })
    .returnType<Exclude<CoverageState, 'closed'>>()
    .with({ form: 'branch', need: 'branch-committee' }, () => 'open.branch.committee')
    .with({ form: 'branch' }, () => 'open.branch.secretary')
    .with({ need: P.union('branch', 'branch-committee') }, () => 'open.branchDue')
    .with({ need: 'organisation', form: 'joint-branch' }, () => 'open.jointBranch')
    .with({ need: 'organisation', form: 'work-group' }, () => 'open.workGroup')
    .with({ need: 'organisation' }, () => 'open.organisationDue')
    .with({ need: 'work', form: 'instructor' }, () => 'open.instructor')
    .with({ need: 'work' }, () => 'open.uncovered')
    .exhaustive();
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
