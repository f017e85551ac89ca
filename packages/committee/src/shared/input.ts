import {
  DEFAULT_PROFILE,
  defineProfile,
  HolidayCalendarSpecSchema,
  InstantSchema,
  LocalDateSchema,
  type ProfileInput,
  RollSchema,
} from '@jiayuan/core';
import { z } from 'zod';
import { termDeadlines } from '../reelection/deadlines.js';
import type { CommitteeContext } from './context.js';

const base = {
  complexId: z.string().min(1),
  /** The complex's floor area in 0.01 m² (FORM-8's small-committee bound). */
  floorArea: z.number().int().positive(),
  /** When the process starts: the first value of the process clock. */
  startAt: InstantSchema,
  /** A profile (validated, Civil Code floor enforced); default Shanghai. */
  profile: z.custom<ProfileInput>((v) => typeof v === 'object' && v !== null).optional(),
  holidays: HolidayCalendarSpecSchema.optional(),
};

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
  members: z.array(z.string().min(1)).min(1),
  roll: RollSchema.optional(),
});

/** What a host passes as `input` (see {@link FormationInputSchema}, {@link ReElectionInputSchema}). */
export type CommitteeInput =
  | z.input<typeof FormationInputSchema>
  | z.input<typeof ReElectionInputSchema>;

/** The first context of a process from its input (validated; throws on bad input). */
export function initialContext(raw: CommitteeInput): CommitteeContext {
  const input =
    raw.procedure === 'formation'
      ? FormationInputSchema.parse(raw)
      : ReElectionInputSchema.parse(raw);
  const profile = input.profile === undefined ? DEFAULT_PROFILE : defineProfile(input.profile);
  const common = {
    now: input.startAt,
    profile,
    holidays: input.holidays ?? null,
    deadlines: {},
    complex: { id: input.complexId, floorArea: input.floorArea },
    milestones: {},
    group: null,
    drafts: [],
    notice: null,
    objections: [],
    seats: null,
    candidates: [],
    election: null,
    officers: { chair: null, viceChairs: [] },
    assemblies: [],
    notes: [],
  };
  if (input.procedure === 'formation') {
    return {
      ...common,
      procedure: 'formation',
      delivery: {
        deliveredArea: input.delivery?.deliveredArea ?? 0,
        totalArea: input.delivery?.totalArea ?? input.floorArea,
        firstDeliveryAt: input.delivery?.firstDeliveryAt ?? null,
      },
      roll: null,
      members: [],
      termEndsAt: null,
    };
  }
  return {
    ...common,
    procedure: 're-election',
    deadlines: termDeadlines(profile, input.termEndsOn, input.startAt),
    delivery: { deliveredArea: 0, totalArea: input.floorArea, firstDeliveryAt: null },
    roll: input.roll ?? null,
    members: input.members.map((id) => ({ id, since: input.startAt })),
    termEndsAt: `${input.termEndsOn}T16:00:00.000Z`,
  };
}
