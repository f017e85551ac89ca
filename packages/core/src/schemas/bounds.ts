// Size limits of the shared schemas' texts (docs/guides/machine-conventions.md, rule 1: every
// id, name and text has one), so that a roll or a ballot from a hostile or careless sender cannot carry a megabyte
// in one field. The machine packages bound their own fields the same way.

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
