import { ChannelSchema, InstantSchema, ProxySchema } from '@jiayuan/core';
import { z } from 'zod';
import { SheetAnswerSchema } from './election.js';

/**
 * One owner's ballot sheet (表决票) for one unit, answering some or all of the agenda's items.
 * An item left unanswered is not a vote on it: the owner does not take part in that item, and
 * its quorum is counted without them (each item on its own answers).
 */
export const BallotSheetSchema = z.strictObject({
  id: z.string().min(1, { error: 'sheet id must not be empty' }).max(200),
  unitId: z.string().min(1, { error: 'sheet unitId must not be empty' }).max(200),
  /** The owner (or the developer) who cast it; must hold the unit. */
  castBy: z.string().min(1, { error: 'sheet castBy must not be empty' }).max(200),
  channel: ChannelSchema,
  at: InstantSchema,
  proxy: ProxySchema.optional(),
  /**
   * Item id → the answer to it: a choice, or for an election item the candidates chosen (see
   * `SheetAnswerSchema`).
   */
  answers: z
    .record(z.string().min(1).max(100), SheetAnswerSchema)
    .refine((a) => Object.keys(a).length > 0, { error: 'a sheet answers at least one item' }),
});
/** See {@link BallotSheetSchema}. */
export type BallotSheet = z.infer<typeof BallotSheetSchema>;
