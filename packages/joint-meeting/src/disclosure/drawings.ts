import { InstantSchema } from '@jiayuan/core';
import { z } from 'zod';

/** The most drawings a calendar keeps waiting for the next fund-accounts posting. */
export const MAX_AWAITING_DRAWINGS = 500;

/** Which procedure drew from the fund: an ordinary use (SH 67–69, 71) or an emergency (SH 73). */
export const DrawingSourceSchema = z.enum(['fund-use', 'fund-emergency']);
/** One of {@link DrawingSourceSchema}. */
export type DrawingSource = z.infer<typeof DrawingSourceSchema>;

/** An id or a reference: a drawing's id, a price review report's number, a part. */
const RefSchema = z.string().min(1).max(200);

/** The fields of a drawing as the coordinator reports it (`RECORD_FUND_DRAWING`'s payload). */
export const FundDrawingFields = {
  /**
   * Unique in the calendar: the host's id of the process that drew (one drawing each), which
   * holds the complex's and the repair's ids (200 characters each), hence the longer bound.
   */
  drawingId: z.string().min(1).max(1000),
  source: DrawingSourceSchema,
  /** When the costs were drawn. */
  drawnAt: InstantSchema,
  /** The amount drawn, in fen (分). */
  costFen: z.number().int().nonnegative().max(10_000_000_000_000),
  /** The price review report the costs were drawn on (工程审价, SH 67 ¶1). */
  reportId: RefSchema,
  /** The part whose owners bear it (SH 68 (二)), or `null` for all owners (SH 68 (三)). */
  part: RefSchema.nullable(),
} as const;

/**
 * A drawing from the maintenance fund as the calendar keeps it: waiting in
 * `context.awaitingDrawings`, then listed on the fund-accounts posting that took it
 * (`Obligation.drawings`).
 */
export interface FundDrawing {
  readonly drawingId: string;
  readonly source: DrawingSource;
  readonly drawnAt: string;
  readonly costFen: number;
  readonly reportId: string;
  readonly part: string | null;
  /** When the calendar recorded it (the event's instant). */
  readonly recordedAt: string;
}

/** Ids of the drawings already listed on a posting of the calendar. */
export function postedDrawingIds(
  obligations: readonly { readonly drawings?: readonly FundDrawing[] }[],
): Set<string> {
  return new Set(obligations.flatMap((o) => (o.drawings ?? []).map((d) => d.drawingId)));
}
