import { z } from 'zod';
import { AreaSchema } from '../area.js';
import { ID_MAX, OWNERS_PER_UNIT_MAX, PARTS_PER_UNIT_MAX } from './bounds.js';

/**
 * Delivery status of a unit. Per SPC 9 the developer's `unsold` and `sold-undelivered` units
 * together count as one person (RULES VOTE-7).
 */
export const UnitStatusSchema = z.enum(['delivered', 'unsold', 'sold-undelivered']);
/** See {@link UnitStatusSchema}. */
export type UnitStatus = z.infer<typeof UnitStatusSchema>;

/** Where a unit's area comes from, in SPC 8's order of priority (RULES VOTE-6). */
export const AREA_SOURCES = ['register', 'survey', 'contract'] as const;
/** Zod schema of {@link AreaSource}. */
export const AreaSourceSchema = z.enum(AREA_SOURCES);
/** One of {@link AREA_SOURCES}. */
export type AreaSource = z.infer<typeof AreaSourceSchema>;

/** What kind of exclusive part a unit is (SPC 2). */
export const UnitKindSchema = z.enum(['residential', 'commercial', 'parking', 'other']);
/** See {@link UnitKindSchema}. */
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** A unit's areas by source, each in 0.01 m²; at least one must be present. */
export const UnitAreasSchema = z
  .object({
    register: AreaSchema.optional(),
    survey: AreaSchema.optional(),
    contract: AreaSchema.optional(),
  })
  .strict()
  .refine((a) => a.register !== undefined || a.survey !== undefined || a.contract !== undefined, {
    error: 'a unit needs at least one area: register, survey or contract (SPC 8)',
  });
/** See {@link UnitAreasSchema}. */
export type UnitAreas = z.infer<typeof UnitAreasSchema>;

/** An exclusive part (专有部分) of the complex. */
export const UnitSchema = z
  .object({
    id: z.string().min(1, { error: 'unit id must not be empty' }).max(ID_MAX),
    building: z.string().min(1, { error: 'building must not be empty' }).max(ID_MAX),
    entrance: z.string().max(ID_MAX).optional(),
    /** Room number as the host shows it; personal data for the inspector. */
    number: z.string().max(ID_MAX).optional(),
    kind: UnitKindSchema.default('residential'),
    status: UnitStatusSchema,
    /**
     * Owners of record; several for co-ownership. Empty only for the developer's stock, which
     * belongs to `Roll.developerId`.
     */
    owners: z.array(z.string().min(1).max(ID_MAX)).max(OWNERS_PER_UNIT_MAX).default([]),
    areas: UnitAreasSchema,
    /** Parts of the complex this unit belongs to, for decisions within a part (SH 69). */
    parts: z.array(z.string().min(1).max(ID_MAX)).max(PARTS_PER_UNIT_MAX).default([]),
    /**
     * For parking spaces: whether the space is registrable as an exclusive part (SPC 2). A space
     * held only by a right of use is not an exclusive part and never votes.
     */
    registrable: z.boolean().optional(),
  })
  .strict();
/** See {@link UnitSchema}. The input form (defaults optional) is {@link UnitInput}. */
export type Unit = z.infer<typeof UnitSchema>;
/** A unit as a host writes it, before defaults. */
export type UnitInput = z.input<typeof UnitSchema>;

/** An owner of record. */
export const OwnerSchema = z
  .object({
    id: z.string().min(1, { error: 'owner id must not be empty' }).max(ID_MAX),
    kind: z.enum(['person', 'organisation', 'developer']).default('person'),
    /** Personal data: removed by the inspector's sanitiser unless shown on purpose. */
    name: z.string().max(ID_MAX).optional(),
    phone: z.string().max(ID_MAX).optional(),
  })
  .strict();
/** See {@link OwnerSchema}. */
export type Owner = z.infer<typeof OwnerSchema>;

/**
 * How parking spaces take part in votes (RULES VOTE-16): `literal` counts registrable spaces as
 * exclusive parts (SPC 2, 8, 9); `exclude` leaves all spaces out, as some 议事规则 do.
 */
export const ParkingRuleSchema = z.enum(['literal', 'exclude']);
/** See {@link ParkingRuleSchema}. */
export type ParkingRule = z.infer<typeof ParkingRuleSchema>;

/** A complex's roll: its units and their owners, as confirmed and posted (SH 16). */
export const RollSchema = z
  .object({
    complexId: z.string().min(1).max(ID_MAX),
    name: z.string().max(ID_MAX).optional(),
    /** The developer's owner id: its unsold and undelivered units count as one person. */
    developerId: z.string().min(1).max(ID_MAX).default('developer'),
    owners: z.array(OwnerSchema),
    units: z.array(UnitSchema),
    parking: ParkingRuleSchema.default('literal'),
  })
  .strict();
/** See {@link RollSchema}. */
export type Roll = z.infer<typeof RollSchema>;
/** A roll as a host writes it, before defaults. */
export type RollInput = z.input<typeof RollSchema>;
