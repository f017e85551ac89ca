import {
  type Bilingual,
  bilingual,
  DEFAULT_PROFILE,
  type FollowLaw,
  holdProfile,
  IdSchema,
  InstantSchema,
  isFollowLaw,
  issueSummary,
  type Profile,
  ProfileChoiceSchema,
  ProfileDateError,
  type ProfileSchema,
  type Roll,
  type RollInput,
  RollInputSchema,
  StartInputError,
} from '@jiayuan/core';
import { z } from 'zod';
import { type CommonContext, NO_PRE_CALL } from '../vote/context.js';
import {
  type ContractTerms,
  ContractTermsSchema,
  FEE_MODELS,
  type FeeModel,
  type FirmRef,
  FirmRefSchema,
  STAGES,
  type Stage,
} from './context.js';

/** The procedures of this package, as a host names them in an input's optional `procedure`. */
export const PROCEDURES = ['hiring', 'dismissal', 'contract-term'] as const;

/** One of {@link PROCEDURES}. */
export type Procedure = (typeof PROCEDURES)[number];

/** What every procedure's input carries (each adds its own fields). */
export interface CommonInput {
  readonly processId: string;
  readonly startedAt: string;
  readonly roll: RollInput;
  /** A fixed profile, or `{ follows: 'shanghai' }` to hold each day's edition of its history. */
  readonly profile?: z.input<typeof ProfileSchema> | FollowLaw | undefined;
  readonly electronicAdopted?: boolean | undefined;
  readonly freezeActive?: boolean | undefined;
}

/** A {@link CommonInput} after validation, defaults filled in. */
export interface ParsedCommonInput {
  readonly processId: string;
  readonly startedAt: string;
  readonly roll: Roll;
  readonly profile?: Profile | FollowLaw | undefined;
  readonly electronicAdopted: boolean;
  readonly freezeActive: boolean;
}

/** The zod shape of {@link CommonInput}, spread into each procedure's input schema. */
export const commonInputShape = {
  /** The host's id of this process. */
  processId: IdSchema,
  /** When the process starts; the clock begins here. */
  startedAt: InstantSchema,
  /** The owners' roll as confirmed; each vote freezes its own copy when it opens. */
  roll: RollInputSchema,
  /**
   * Defaults to core's `DEFAULT_PROFILE` (Shanghai); copied into context. `{ follows: id }`
   * holds the edition of that profile's history in force on each event's day instead.
   */
  profile: ProfileChoiceSchema.optional(),
  /** Whether the assembly adopted electronic voting (VOTE-14). */
  electronicAdopted: z.boolean().default(false),
  /** Whether a re-election freeze is on when the process starts (SH 28 ¶4). */
  freezeActive: z.boolean().default(false),
};

/** What a host passes as the hiring machine's `input`. */
export interface HiringInput extends CommonInput {
  readonly procedure?: 'hiring' | undefined;
  /** Who appoints. Default `owners`. */
  readonly stage?: Stage | undefined;
  /** An early-stage contract is in force and ends when the owners' one takes effect (CC 940). */
  readonly earlyStageContractInForce?: boolean | undefined;
}

/** A {@link HiringInput} after validation. */
export interface ParsedHiringInput extends ParsedCommonInput {
  readonly procedure?: 'hiring' | undefined;
  readonly stage: Stage;
  readonly earlyStageContractInForce: boolean;
}

/** What the procedures that end a contract take besides {@link CommonInput}. */
export interface ExitInput extends CommonInput {
  /** The firm in place. */
  readonly firm: FirmRef;
  /** Default `lump-sum`. */
  readonly feeModel?: FeeModel | undefined;
  /** Whether the complex has an owners' committee (SH 52 ¶1). Default `true`. */
  readonly hasCommittee?: boolean | undefined;
}

/** An {@link ExitInput} after validation. */
export interface ParsedExitInput extends ParsedCommonInput {
  readonly firm: FirmRef;
  readonly feeModel: FeeModel;
  readonly hasCommittee: boolean;
}

/** What a host passes as the dismissal machine's `input`. */
export interface DismissalInput extends ExitInput {
  readonly procedure?: 'dismissal' | undefined;
  /** The contract in force: its own notice periods, where the profile allows them. */
  readonly contract?: ContractTerms | undefined;
}

/** A {@link DismissalInput} after validation. */
export interface ParsedDismissalInput extends ParsedExitInput {
  readonly procedure?: 'dismissal' | undefined;
  readonly contract: ContractTerms;
}

/** The contract of a contract-term process: its fixed term ends at `endsAt`. */
export interface FixedTermContract extends ContractTerms {
  readonly endsAt: string;
}

/** What a host passes as the contract-term machine's `input`. */
export interface ContractTermInput extends ExitInput {
  readonly procedure?: 'contract-term' | undefined;
  /** The contract in force, with the end of its fixed term. */
  readonly contract: FixedTermContract;
}

/** A {@link ContractTermInput} after validation. */
export interface ParsedContractTermInput extends ParsedExitInput {
  readonly procedure?: 'contract-term' | undefined;
  readonly contract: FixedTermContract;
}

const exitShape = {
  ...commonInputShape,
  firm: FirmRefSchema,
  feeModel: z.enum(FEE_MODELS).default('lump-sum'),
  hasCommittee: z.boolean().default(true),
};

const SHAPES = {
  hiring: {
    procedure: z.literal('hiring').optional(),
    ...commonInputShape,
    stage: z.enum(STAGES).default('owners'),
    earlyStageContractInForce: z.boolean().default(false),
  },
  dismissal: {
    procedure: z.literal('dismissal').optional(),
    ...exitShape,
    contract: ContractTermsSchema.default({}),
  },
  'contract-term': {
    procedure: z.literal('contract-term').optional(),
    ...exitShape,
    contract: ContractTermsSchema.extend({ endsAt: InstantSchema }),
  },
} as const;

/** The hiring machine's input schema. */
export const HiringInputSchema: z.ZodType<ParsedHiringInput, HiringInput> = z.strictObject(
  SHAPES.hiring,
);

/** The dismissal machine's input schema. */
export const DismissalInputSchema: z.ZodType<ParsedDismissalInput, DismissalInput> = z.strictObject(
  SHAPES.dismissal,
);

/** The contract-term machine's input schema. */
export const ContractTermInputSchema: z.ZodType<ParsedContractTermInput, ContractTermInput> =
  z.strictObject(SHAPES['contract-term']);

/** Why a start input was refused: meant for another procedure, or malformed. */
export type FirmInputErrorCode = 'wrong-procedure' | 'invalid-input';

/**
 * A start input a machine of this package refuses: `wrong-procedure` when it names another
 * procedure or carries another procedure's fields, `invalid-input` when it fails its schema.
 * The process does not start (a host sees the actor in error, `@jiayuan/host` a `start-failed`).
 */
export class FirmInputError extends StartInputError<FirmInputErrorCode> {
  override readonly name = 'FirmInputError';
  constructor(
    code: FirmInputErrorCode,
    /** The procedure whose input this was meant to be. */
    readonly procedure: Procedure,
    messages: Bilingual,
    /** The fields at fault (foreign fields, or the paths of schema issues). */
    fields: readonly string[] = [],
    options?: ErrorOptions,
  ) {
    super(code, messages, fields, options);
  }
}

const TITLES: Readonly<Record<Procedure, Bilingual>> = {
  hiring: bilingual('选聘', 'hiring'),
  dismissal: bilingual('解聘', 'dismissal'),
  'contract-term': bilingual('合同期限', 'contract term'),
};

/**
 * Validates a start input against its procedure's schema. An input that names another
 * procedure, or has fields only another procedure's input has, is refused as
 * `wrong-procedure` before the schema runs, so it is never silently started.
 *
 * @throws {FirmInputError} when the input is refused.
 */
export function parseInput<TParsed, TInput>(
  procedure: Procedure,
  schema: z.ZodType<TParsed, TInput>,
  raw: unknown,
): TParsed {
  // A field set to `undefined` is absent, as optional fields are.
  const input =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined))
      : raw;
  const named: unknown =
    typeof input === 'object' && input !== null ? Reflect.get(input, 'procedure') : undefined;
  const own = new Set(Object.keys(SHAPES[procedure]));
  const foreign =
    typeof input === 'object' && input !== null
      ? Object.keys(input).filter(
          (key) =>
            !own.has(key) &&
            PROCEDURES.some((p) => p !== procedure && Object.hasOwn(SHAPES[p], key)),
        )
      : [];
  const title = TITLES[procedure];
  if (named !== undefined && named !== procedure) {
    // Only a procedure of this package is named back; any other value is not echoed.
    const other = PROCEDURES.find((p) => p === named);
    const zh = other === undefined ? '其他' : `「${TITLES[other]['zh-CN']}」`;
    const en = other === undefined ? 'another' : `the ${TITLES[other].en}`;
    throw new FirmInputError(
      'wrong-procedure',
      procedure,
      bilingual(
        `该输入属于${zh}流程，不能用于${title['zh-CN']}流程`,
        `this input is for ${en} procedure, not ${title.en}`,
      ),
      ['procedure'],
    );
  }
  if (foreign.length > 0) {
    throw new FirmInputError(
      'wrong-procedure',
      procedure,
      bilingual(
        `${title['zh-CN']}流程的输入不含 ${foreign.join('、')}（属于其他流程）`,
        `a ${title.en} input has no ${foreign.join(', ')} (fields of another procedure)`,
      ),
      foreign,
    );
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) {
    checkFollowedLaw(procedure, parsed.data);
    return parsed.data;
  }
  const { detail, fields } = issueSummary(parsed.error.issues);
  throw new FirmInputError(
    'invalid-input',
    procedure,
    bilingual(
      `${title['zh-CN']}流程的输入无效：${detail['zh-CN']}`,
      `invalid ${title.en} input: ${detail.en}`,
    ),
    fields,
    { cause: parsed.error },
  );
}

/** A start before the followed history's first edition is refused: no rules are held for it. */
function checkFollowedLaw(procedure: Procedure, data: unknown): void {
  const { profile, startedAt } = data as { profile?: unknown; startedAt: string };
  if (!isFollowLaw(profile)) return;
  try {
    holdProfile(profile, startedAt);
  } catch (error) {
    if (!(error instanceof ProfileDateError)) throw error;
    const title = TITLES[procedure];
    throw new FirmInputError(
      'invalid-input',
      procedure,
      bilingual(
        `${title['zh-CN']}流程的输入无效：profile: ${error.messages['zh-CN']}`,
        `invalid ${title.en} input: profile: ${error.messages.en}`,
      ),
      ['profile'],
      { cause: error },
    );
  }
}

/** The part of a starting context every procedure shares, from a validated input. */
export function commonContext(input: ParsedCommonInput): CommonContext {
  const held = holdProfile(input.profile ?? DEFAULT_PROFILE, input.startedAt);
  return {
    processId: input.processId,
    now: input.startedAt,
    profile: held.profile,
    ...(held.law === undefined ? {} : { law: held.law }),
    roll: input.roll,
    electronicAdopted: input.electronicAdopted,
    freeze: { active: input.freezeActive, changedAt: null },
    deadlines: {},
    preCall: NO_PRE_CALL,
    assembly: null,
    vote: null,
    votes: [],
    decisions: [],
  };
}
