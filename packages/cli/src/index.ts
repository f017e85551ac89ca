/**
 * `@jiayuan/cli`: the `jiayuan` command — the end-to-end demo, tallies of real spreadsheets,
 * diagrams, and driving processes in a host database. `run(argv)` is the whole command, for
 * embedding and tests.
 *
 * @packageDocumentation
 */

export { type DemoOptions, runDemo } from './commands/demo.js';
export {
  ballotsFromRows,
  type RowIssue,
  rollFromRows,
  runTally,
  type TallyCommandOptions,
} from './commands/tally.js';
export { type DemoComplex, generateComplex } from './demo/complex.js';
export { CliError, EXIT_CODES } from './exit-codes.js';
export { resolveLocale } from './i18n.js';
export { type Io, run } from './program.js';
export { cell, readTable, type TableRow } from './table.js';
