import { z } from 'zod';

/** An id of a unit, branch, person or complex: never empty, at most 200 characters. */
export const IdSchema = z.string().min(1).max(200);

/** The units of a joint branch: at least one, at most 100. */
export const UnitsSchema = z.array(IdSchema).min(1).max(100);
