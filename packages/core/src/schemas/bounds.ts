// Size limits of the shared schemas' texts (docs/guides/machine-conventions.md, rule 1: every
// id, name and text has one), so that a roll or a ballot from a hostile or careless sender cannot
// carry a megabyte in one field. The machine packages bound their own fields with the same
// `IdSchema` and `TextSchema`.
import { z } from 'zod';

/** An id (of a unit, owner, ballot, complex, part), a name, a building or room number. */
export const ID_MAX = 200;

/** A title: what a question put to the owners says. */
export const TITLE_MAX = 1000;

/** A longer text: a profile's name or note, in one language. */
export const TEXT_MAX = 4000;

/** The owners of record of one unit (co-ownership). */
export const OWNERS_PER_UNIT_MAX = 100;

/** The parts of the complex one unit belongs to (SH 69). */
export const PARTS_PER_UNIT_MAX = 50;

/** An id or a name in an input or an event: never empty, at most 200 characters. */
export const IdSchema = z.string().min(1).max(ID_MAX);

/** A free text in an input or an event (a subject, a plan's part): 1 to 4,000 characters. */
export const TextSchema = z.string().min(1).max(TEXT_MAX);
