/**
 * `@jiayuan/assembly/testing`: the assembly meeting's invariants as a suite a host runs against
 * its own profile and `provide()`d machine, through `@jiayuan/testing`'s fuzz driver. Needs
 * `fast-check` and `@jiayuan/testing`.
 *
 * @packageDocumentation
 */

export {};
