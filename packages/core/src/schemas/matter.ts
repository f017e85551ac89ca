import { z } from 'zod';
import { ID_MAX, TITLE_MAX } from './bounds.js';

/**
 * The matters owners decide jointly, CC 278 ¶1 items (1)–(9) (RULES VOTE-1).
 * Items (6)–(8) need the special majority; all others the ordinary one.
 */
export const MATTER_KINDS = [
  'rules-of-procedure',
  'management-statute',
  'elect-committee',
  'hire-dismiss-firm',
  'use-maintenance-fund',
  'raise-maintenance-fund',
  'rebuild-alter',
  'change-use-common-parts',
  'other-major',
] as const;

/** Zod schema of {@link MatterKind}. */
export const MatterKindSchema = z.enum(MATTER_KINDS);
/** One of {@link MATTER_KINDS}. */
export type MatterKind = z.infer<typeof MatterKindSchema>;

/** Which majority a matter needs: `special` (3/4 以上, CC 278 ¶2) or `ordinary` (过半数). */
export type Majority = 'ordinary' | 'special';

const SPECIAL: ReadonlySet<MatterKind> = new Set([
  'raise-maintenance-fund',
  'rebuild-alter',
  'change-use-common-parts',
]);

/** The majority CC 278 ¶2 requires for a matter kind. */
export function majorityOf(kind: MatterKind): Majority {
  return SPECIAL.has(kind) ? 'special' : 'ordinary';
}

/** A question put to the owners. */
export const MatterSchema = z
  .object({
    id: z.string().min(1).max(ID_MAX),
    kind: MatterKindSchema,
    title: z.string().min(1).max(TITLE_MAX),
    /** Decided within one part of the complex only (SH 69), by that part's owners. */
    part: z.string().min(1).max(ID_MAX).optional(),
  })
  .strict();
/** See {@link MatterSchema}. */
export type Matter = z.infer<typeof MatterSchema>;
