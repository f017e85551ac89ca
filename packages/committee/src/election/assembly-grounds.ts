import { z } from 'zod';
import { IdSchema, TextSchema } from '../shared/bounds.js';

/** At most this many added grounds on one vetting: a rules of procedure lists a few. */
export const ASSEMBLY_GROUNDS_MAX = 20;

/**
 * A ground of ineligibility the assembly's rules of procedure add (SH 20 ¶2: "业主大会可以依法
 * 决定增加不得担任业主委员会委员的情形"; PMR 16 ¶2 leaves the specifics to the rules of procedure):
 * its id and its words as the rules of procedure have them, e.g.
 * `{ id: 'rules-7-3', text: '拒不配合业主大会审计的' }`.
 */
export interface AssemblyGround {
  readonly id: string;
  readonly text: string;
}

/** Zod schema of {@link AssemblyGround}: an id and a text, each bounded. */
export const AssemblyGroundSchema = z.strictObject({ id: IdSchema, text: TextSchema });

/**
 * The added grounds a vetting found: at most {@link ASSEMBLY_GROUNDS_MAX}, each id once.
 */
export const AssemblyGroundsSchema = z
  .array(AssemblyGroundSchema)
  .max(ASSEMBLY_GROUNDS_MAX)
  .refine((grounds) => new Set(grounds.map((g) => g.id)).size === grounds.length, {
    error: 'each added ground once: two grounds have the same id',
  });
