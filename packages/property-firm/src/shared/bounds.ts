import { z } from 'zod';

/**
 * Size limits of this package's event and input fields, so that a hostile or careless sender
 * cannot store a megabyte in a reference (docs/guides/machine-conventions.md, rule 1): ids and
 * names up to 200 characters, the selection plan's texts up to 4,000.
 */
export const IdSchema = z.string().min(1).max(200);

/** A text of the selection plan (SH 39 ¶1), see {@link IdSchema}. */
export const TextSchema = z.string().min(1).max(4000);
