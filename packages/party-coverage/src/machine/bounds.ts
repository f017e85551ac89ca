import { IdSchema } from '@jiayuan/core';
import { z } from 'zod';

/** The units of a joint branch: at least one, at most 100. */
export const UnitsSchema = z.array(IdSchema).min(1).max(100);
