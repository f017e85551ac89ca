import {
  type Bilingual,
  DEFAULT_PROFILE,
  type FollowLaw,
  holdProfile,
  IdSchema,
  issueSummary,
  type Profile,
  ProfileChoiceSchema,
  ProfileDateError,
  StartInputError,
} from '@jiayuan/core';
import { z } from 'zod';
import { UnitsSchema } from './bounds.js';
import { type Census, FORMS, type Form, formFits, membersOf } from './forms.js';
import { EXISTING_TEXT, INPUT_TEXT } from './messages.js';

/** The kinds of covered unit: an owners' committee, or a property firm's managed project. */
export const UNIT_KINDS = ['owners-committee', 'firm-project'] as const;

/** One of {@link UNIT_KINDS}. */
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Zod schema of a {@link Census}: whole numbers, party members no more than the headcount. */
export const CensusSchema = z
  .strictObject({
    headcount: z.number().int().nonnegative().max(100_000),
    full: z.number().int().nonnegative().max(100_000),
    probationary: z.number().int().nonnegative().max(100_000),
  })
  .refine((c) => c.full + c.probationary <= c.headcount, {
    error: 'full + probationary party members cannot exceed the headcount',
  });

/** What a host passes to start the machine. */
export interface CoverageInput {
  /** The covered unit's id in the host (a committee or a firm's project). */
  readonly unitId: string;
  readonly kind: UnitKind;
  /** Where the unit belongs, for aggregation. */
  readonly complexId?: string | undefined;
  readonly streetId?: string | undefined;
  readonly firmId?: string | undefined;
  /** When the process starts: the clock's first value. */
  readonly startedAt: string;
  readonly census: Census;
  /**
   * Defaults to core's `DEFAULT_PROFILE` (Shanghai). `{ follows: 'shanghai' }` holds the party
   * section of the edition of that profile's history in force on each event's day instead.
   */
  readonly profile?: Profile | FollowLaw | undefined;
  /** A form the unit already has when the host starts tracking it (migration). */
  readonly existing?: ExistingForm | undefined;
}

/**
 * A form established before the machine starts: checked against the census and the profile
 * like the events that establish forms (a branch needs its full members and an approval; a
 * joint branch at most the profile's units, this unit among them; a work group only where the
 * profile allows it, with members; an instructor where the profile provides them).
 */
export interface ExistingForm {
  readonly form: Form;
  /** When it was established; not after `startedAt`. */
  readonly since: string;
  /** Who established or approved it, for the record. */
  readonly by: string;
  /** The branch's id (form `branch`). */
  readonly branchId?: string | undefined;
  /** The joint branch (form `joint-branch`). */
  readonly jointBranch?: { readonly id: string; readonly units: readonly string[] } | undefined;
}

/** Zod schema of {@link ExistingForm} (shape only; the census checks need the whole input). */
export const ExistingFormSchema = z.strictObject({
  form: z.enum(FORMS),
  since: z.iso.datetime({ offset: true }),
  by: IdSchema,
  branchId: IdSchema.optional(),
  jointBranch: z.strictObject({ id: IdSchema, units: UnitsSchema }).optional(),
});

/**
 * The profile a process starts with: for `{ follows }`, the edition in force on the Shanghai day
 * of `startedAt`.
 *
 * @throws ProfileDateError (core) when `startedAt` falls before the followed history.
 */
function startingProfile(input: Pick<CoverageInput, 'profile' | 'startedAt'>): Profile {
  return holdProfile(input.profile ?? DEFAULT_PROFILE, input.startedAt).profile;
}

/** Why a start before the followed history cannot start, or `null` when it can. */
function profileIssue(input: CoverageInput): Bilingual | null {
  try {
    startingProfile(input);
    return null;
  } catch (error) {
    if (!(error instanceof ProfileDateError)) throw error;
    return error.messages;
  }
}

/** Why an existing form does not fit the input, in both languages, or `null` when it does. */
export function existingFormIssue(input: CoverageInput): Bilingual | null {
  const existing = input.existing;
  if (existing === undefined) return null;
  const party = startingProfile(input).party;
  const { census } = input;
  if (Date.parse(existing.since) > Date.parse(input.startedAt))
    return EXISTING_TEXT.afterStart(existing.form, existing.since, input.startedAt);
  switch (existing.form) {
    case 'branch':
      if (existing.branchId === undefined) return EXISTING_TEXT.branchId;
      if (!formFits('branch', census, party)) {
        const min = party.branchMinFullMembers;
        return EXISTING_TEXT.branchMembers(min.value, min.cite.join(', '), census.full);
      }
      return null;
    case 'joint-branch': {
      const jb = existing.jointBranch;
      if (jb === undefined) return EXISTING_TEXT.jointBranch;
      if (membersOf(census) === 0) return EXISTING_TEXT.jointBranchMembers;
      const max = party.jointBranchMaxUnits;
      if (jb.units.length > max.value) {
        return EXISTING_TEXT.jointBranchUnits(max.value, max.cite.join(', '), jb.units.length);
      }
      if (new Set(jb.units).size !== jb.units.length) return EXISTING_TEXT.unitsRepeat;
      if (!jb.units.includes(input.unitId)) return EXISTING_TEXT.unitNotListed(input.unitId);
      return null;
    }
    case 'work-group':
      if (!party.workGroupAllowed.value) {
        return EXISTING_TEXT.noWorkGroups(party.workGroupAllowed.cite.join(', '));
      }
      if (membersOf(census) === 0) return EXISTING_TEXT.workGroupMembers;
      return null;
    case 'instructor':
      if (!party.instructorCoverage.value) return EXISTING_TEXT.noInstructors;
      return null;
  }
}

/**
 * Zod schema of the machine's input. Annotated, since the profile's inferred type is too large
 * for declaration files.
 */
export const CoverageInputSchema: z.ZodType<CoverageInput> = z
  .strictObject({
    /** The covered unit's id in the host (a committee or a firm's project). */
    unitId: IdSchema,
    kind: z.enum(UNIT_KINDS),
    /** Where the unit belongs, for aggregation. */
    complexId: IdSchema.optional(),
    streetId: IdSchema.optional(),
    firmId: IdSchema.optional(),
    /** When the process starts: the clock's first value. */
    startedAt: z.iso.datetime({ offset: true }),
    census: CensusSchema,
    /** Defaults to core's `DEFAULT_PROFILE` (Shanghai); `{ follows }` follows its history. */
    profile: ProfileChoiceSchema.optional(),
    existing: ExistingFormSchema.optional(),
  })
  .superRefine((input, ctx) => {
    // Each issue carries both languages for core's `issueMessages`.
    const add = (field: string, messages: Bilingual) =>
      ctx.addIssue({ code: 'custom', path: [field], message: messages.en, params: { messages } });
    const dated = profileIssue(input);
    if (dated !== null) return add('profile', dated);
    const issue = existingFormIssue(input);
    if (issue !== null) add('existing', issue);
  });

/** The codes of a {@link CoverageInputError}. */
export const COVERAGE_INPUT_ERROR_CODES = ['not-coverage-input', 'invalid-coverage-input'] as const;

/** One of {@link COVERAGE_INPUT_ERROR_CODES}. */
export type CoverageInputErrorCode = (typeof COVERAGE_INPUT_ERROR_CODES)[number];

/** One problem of a refused input: where (a dotted path, empty for the input itself) and what. */
export interface CoverageInputIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Why the coverage machine refused to start: `not-coverage-input` for an input meant for another
 * procedure (no `unitId` and `kind` of a covered unit), `invalid-coverage-input` for a coverage
 * input that breaks its schema or whose `existing` form does not fit the census. The actor stops
 * in error with this error; a host reports its `code`.
 */
export class CoverageInputError extends StartInputError<CoverageInputErrorCode> {
  override readonly name = 'CoverageInputError';
  constructor(
    code: CoverageInputErrorCode,
    /** Each issue of the schema: where and what, as zod words it. */
    readonly issues: readonly CoverageInputIssue[],
    messages: Bilingual,
    fields: readonly string[] = [],
    options?: ErrorOptions,
  ) {
    super(code, messages, fields, options);
  }
}

// A coverage input names its unit and the unit's kind; another procedure's input does not.
function namesCoveredUnit(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const unitId: unknown = Reflect.get(raw, 'unitId');
  const kind: unknown = Reflect.get(raw, 'kind');
  return typeof unitId === 'string' && UNIT_KINDS.some((k) => k === kind);
}

/**
 * Validates the machine's start input.
 *
 * @throws {CoverageInputError} `not-coverage-input` when the input is meant for another
 *   procedure, `invalid-coverage-input` when it breaks {@link CoverageInputSchema}.
 */
export function parseCoverageInput(raw: unknown): CoverageInput {
  const parsed = CoverageInputSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const { detail, fields } = issueSummary(parsed.error.issues);
  const [code, messages] = namesCoveredUnit(raw)
    ? (['invalid-coverage-input', INPUT_TEXT.invalid(detail)] as const)
    : (['not-coverage-input', INPUT_TEXT.notCoverage(detail)] as const);
  throw new CoverageInputError(code, issues, messages, fields, { cause: parsed.error });
}
