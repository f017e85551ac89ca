import { type Majority, type MatterKind, MatterKindSchema, majorityOf } from '@jiayuan/core';
import { z } from 'zod';

/**
 * One item of an assembly's agenda (议题): a CC 278 ¶1 matter with its own majority (CC 278 ¶2),
 * put to the whole complex or, with `part`, to the owners of one part only (SH 69).
 */
export const AgendaItemSchema = z.strictObject({
  id: z.string().min(1, { error: 'agenda item id must not be empty' }),
  kind: MatterKindSchema,
  title: z.string().min(1, { error: 'agenda item title must not be empty' }),
  /** Decided by the owners of this part of the complex only (SH 69). */
  part: z.string().min(1).optional(),
  /** References of the documents sent with the notice for this item (SH 25 ¶2, BJ 35 ¶3). */
  documents: z.array(z.string().min(1)).optional(),
});
/** See {@link AgendaItemSchema}. */
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/** An agenda: at least one item, no two with the same id. */
export const AgendaSchema = z
  .array(AgendaItemSchema)
  .min(1, { error: 'an agenda needs at least one item' })
  .refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
    error: 'agenda item ids must be distinct',
  });

/** The majority an item needs: special for CC 278 ¶1 (6)–(8), else ordinary (CC 278 ¶2). */
export function itemMajority(item: { readonly kind: MatterKind }): Majority {
  return majorityOf(item.kind);
}
