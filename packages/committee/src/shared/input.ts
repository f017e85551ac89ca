import {
  type Bilingual,
  HolidayCalendarInputSchema,
  InstantSchema,
  issueSummary,
  LocalDateSchema,
  ProfileChoiceSchema,
  type ProfileInput,
  RollInputSchema,
  StartInputError,
} from '@jiayuan/core';
import { z } from 'zod';
import { committeeMessage } from '../locales/index.js';
import { AreaSchema, IdSchema, MAX_PEOPLE } from './bounds.js';
import type { Procedure } from './context.js';

/**
 * A profile as a host passes it (core's `ProfileInput`), named here so the emitted types refer
 * to it instead of writing the whole profile out.
 */
export interface CommitteeProfileInput extends ProfileInput {}

const base = {
  complexId: IdSchema,
  /** The complex's floor area in 0.01 m² (FORM-8's small-committee bound). */
  floorArea: AreaSchema.positive(),
  /** When the process starts: the first value of the process clock. */
  startAt: InstantSchema,
  /**
   * A profile (validated, Civil Code floor enforced); default Shanghai. `{ follows: 'shanghai' }`
   * holds the edition of that profile's history in force on each event's day instead.
   */
  profile: ProfileChoiceSchema.optional(),
  holidays: HolidayCalendarInputSchema.optional(),
};

/** The chair and vice-chairs of record, as a host names them in an input (SH 21 ¶2). */
export const OfficersInputSchema = z.strictObject({
  chair: IdSchema,
  viceChairs: z.array(IdSchema).max(MAX_PEOPLE).default([]),
});

/** The officers of record are distinct sitting members: refused with the field at fault. */
function officersAmongMembers(
  input: {
    readonly members: readonly string[];
    readonly officers?: { readonly chair: string; readonly viceChairs: readonly string[] };
  },
  ctx: z.RefinementCtx,
): void {
  if (input.officers === undefined) return;
  const { chair, viceChairs } = input.officers;
  const named = [chair, ...viceChairs];
  if (new Set(named).size !== named.length) {
    ctx.addIssue({ code: 'custom', message: 'officers repeat a member', path: ['officers'] });
  }
  if (!input.members.includes(chair)) {
    ctx.addIssue({
      code: 'custom',
      message: 'the chair is not a member',
      path: ['officers', 'chair'],
    });
  }
  viceChairs.forEach((id, i) => {
    if (!input.members.includes(id)) {
      ctx.addIssue({
        code: 'custom',
        message: 'a vice-chair is not a member',
        path: ['officers', 'viceChairs', i],
      });
    }
  });
}

/** Input of the formation machine. */
export const FormationInputSchema = z.strictObject({
  procedure: z.literal('formation'),
  ...base,
  delivery: z
    .strictObject({
      deliveredArea: z.number().int().nonnegative(),
      totalArea: z.number().int().positive(),
      firstDeliveryAt: InstantSchema.optional(),
    })
    .optional(),
});

/** Input of the re-election machine. */
export const ReElectionInputSchema = z.strictObject({
  procedure: z.literal('re-election'),
  ...base,
  /** Last day of the sitting committee's term (its term ends at 24:00 that day). */
  termEndsOn: LocalDateSchema,
  /** The sitting members' owner ids. */
  members: z.array(IdSchema).min(1).max(MAX_PEOPLE),
  roll: RollInputSchema.optional(),
});

/** Input of the membership machine: the sitting committee. */
export const MembershipInputSchema = z
  .strictObject({
    procedure: z.literal('membership'),
    ...base,
    /** The seats the rules of procedure set (the full committee). */
    seats: z.number().int().positive(),
    /** The sitting members' owner ids. */
    members: z.array(IdSchema).min(1).max(MAX_PEOPLE),
    /** Substitute members in order of their votes, where the rules of procedure set them. */
    substitutes: z.array(IdSchema).max(MAX_PEOPLE).default([]),
    roll: RollInputSchema,
    /** When the committee last met or acted (the six-month inactivity clock, SH 32 ¶2 (二)). */
    lastActivityAt: InstantSchema.optional(),
    /** The chair and vice-chairs of record, whose offices are re-chosen when vacant (SH-36 (七)). */
    officers: OfficersInputSchema.optional(),
  })
  .superRefine(officersAmongMembers);

/** Input of the committee meetings machine. */
export const MeetingsInputSchema = z
  .strictObject({
    procedure: z.literal('meetings'),
    ...base,
    /** The sitting members' owner ids. */
    members: z.array(IdSchema).min(1).max(MAX_PEOPLE),
    /** When the committee last met (the two-month clock, SH 26 ¶1); default `startAt`. */
    lastMeetingAt: InstantSchema.optional(),
    /**
     * The chair and vice-chairs of record: those who convene (SH 26 ¶4). Without them no refusal
     * to convene can be recorded, so no convener can be designated.
     */
    officers: OfficersInputSchema.optional(),
  })
  .superRefine(officersAmongMembers);

/** What a host passes as the meetings machine's `input`. */
export interface MeetingsInput extends z.input<typeof MeetingsInputSchema> {}

/** What a host passes as the membership machine's `input`. */
export interface MembershipInput extends z.input<typeof MembershipInputSchema> {}

/** What a host passes as the formation machine's `input`. */
export interface FormationInput extends z.input<typeof FormationInputSchema> {}

/** What a host passes as the re-election machine's `input`. */
export interface ReElectionInput extends z.input<typeof ReElectionInputSchema> {}

/** What a host passes as `input` to one of the committee machines (each takes its own). */
export type CommitteeInput = FormationInput | ReElectionInput | MembershipInput | MeetingsInput;

/** The input schema of each committee procedure. */
const INPUT_SCHEMAS = {
  formation: FormationInputSchema,
  're-election': ReElectionInputSchema,
  membership: MembershipInputSchema,
  meetings: MeetingsInputSchema,
} as const satisfies Record<Procedure, z.ZodObject>;

/** Why a start input was refused: meant for another procedure, or malformed. */
export type CommitteeInputErrorCode = 'wrong-procedure' | 'invalid-input';

/**
 * A start input a committee machine refuses: `wrong-procedure` when it names another procedure
 * or carries fields only another procedure's input has, `invalid-input` when it breaks the
 * machine's input schema. The process does not start: the actor stops in error with this error
 * (`@jiayuan/host` reports a failed start), so an input is never silently started by the wrong
 * machine.
 */
export class CommitteeInputError extends StartInputError<CommitteeInputErrorCode> {
  override readonly name = 'CommitteeInputError';
  constructor(
    code: CommitteeInputErrorCode,
    /** The procedure of the machine that refused the input. */
    readonly procedure: Procedure,
    messages: Bilingual,
    /** The fields at fault: `procedure`, another procedure's fields, or the paths of issues. */
    fields: readonly string[] = [],
    options?: ErrorOptions,
  ) {
    super(code, messages, fields, options);
  }
}

// The procedures an input may name: the four above and the stand-in's.
const NAMED_PROCEDURES: readonly string[] = [...Object.keys(INPUT_SCHEMAS), 'stand-in'];

/**
 * Why an input for another procedure is refused by `expected`'s machine: the procedure it names
 * (only one of this package's is echoed back: a name is the sender's text), or the fields of
 * another procedure's input it has.
 */
export function wrongProcedure(expected: string, named: unknown, foreign: string[]): Bilingual {
  if (typeof named === 'string' && named !== expected && !NAMED_PROCEDURES.includes(named)) {
    return committeeMessage('input-names-unknown-procedure', { expected });
  }
  return committeeMessage('input-for-another-procedure', {
    expected,
    named: typeof named === 'string' ? named : null,
    fields: foreign,
  });
}

/**
 * The fields of `raw` that only other committee procedures' inputs have: not in `own`, but in
 * some committee input schema.
 */
export function fieldsOfOtherProcedures(raw: unknown, own: readonly string[]): string[] {
  if (typeof raw !== 'object' || raw === null) return [];
  return Object.keys(raw).filter(
    (key) =>
      !own.includes(key) &&
      Object.values(INPUT_SCHEMAS).some((other) => Object.hasOwn(other.shape, key)),
  );
}

/**
 * Validates the start input of `procedure`'s machine. An input that names another procedure, or
 * has fields only another procedure's input has, is refused as `wrong-procedure` before the
 * schema runs; one that breaks the schema, as `invalid-input`.
 *
 * @throws {CommitteeInputError} when the input is refused.
 */
export function parseCommitteeInput<const P extends Procedure>(
  procedure: P,
  raw: unknown,
): z.output<(typeof INPUT_SCHEMAS)[P]> {
  const schema: z.ZodObject = INPUT_SCHEMAS[procedure];
  const named: unknown =
    typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'procedure') : undefined;
  const foreign = fieldsOfOtherProcedures(raw, Object.keys(schema.shape));
  if ((typeof named === 'string' && named !== procedure) || foreign.length > 0) {
    const fields = typeof named === 'string' && named !== procedure ? ['procedure'] : foreign;
    throw new CommitteeInputError(
      'wrong-procedure',
      procedure,
      wrongProcedure(procedure, named, foreign),
      fields,
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const { detail, fields } = issueSummary(parsed.error.issues);
    throw new CommitteeInputError(
      'invalid-input',
      procedure,
      committeeMessage('input-invalid', { procedure, issues: detail }),
      fields,
      { cause: parsed.error },
    );
  }
  return parsed.data as z.output<(typeof INPUT_SCHEMAS)[P]>;
}
