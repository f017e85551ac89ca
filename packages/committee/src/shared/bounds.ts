import { z } from 'zod';

/**
 * Size limits of the committee's event and input fields, so that a hostile or careless sender
 * cannot store a megabyte in a reference or overflow an area sum: ids (of people, documents,
 * objections) up to 200 characters, free text up to 2,000, areas (0.01 m²) up to 10^12, far above
 * any complex and far below where sums and cross-multiplied fractions lose integer precision.
 */
export const IdSchema = z.string().min(1).max(200);

/** A free-text field: an objection, an answer, a note (see {@link IdSchema}). */
export const TextSchema = z.string().min(1).max(2_000);

/**
 * The most people a start input lists in one place (members, substitutes, vice-chairs): far above
 * any committee (SH 20: "由五人以上单数组成", three in a complex under 10,000 m²).
 */
export const MAX_PEOPLE = 200;

/** An area in 0.01 m² (see {@link IdSchema}). */
export const AreaSchema = z.number().int().nonnegative().max(1_000_000_000_000);
