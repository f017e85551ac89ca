/**
 * `@jiayuan/cli`: the `jiayuan` command — the end-to-end demo, tallies of real spreadsheets,
 * diagrams, and driving processes in a host database. `run(argv)` is the whole command, for
 * embedding and tests.
 *
 * @packageDocumentation
 */

export { type DemoOptions, runDemo } from './commands/demo.js';
export {
  BALLOT_FIELDS,
  BallotsBuilder,
  type BallotsRead,
  ballotsFromTable,
  type ParkingOption,
  ROLL_FIELDS,
  RollBuilder,
  type RollRead,
  type RowIssue,
  rollFromTable,
  runTally,
  type TallyCommandOptions,
} from './commands/tally.js';
export { type DemoComplex, generateComplex } from './demo/complex.js';
export { CliError, EXIT_CODES } from './exit-codes.js';
export { resolveLocale } from './i18n.js';
export {
  type ColumnPlan,
  ColumnPlanner,
  type FieldSpec,
  type PlanRequest,
  parseColumnsOption,
  planColumns,
} from './input/columns.js';
export { READ_LIMITS, type ReadLimits } from './input/limits.js';
export { parseAreaCell, parseTime, roomParts, splitList } from './input/values.js';
export {
  type RowSink,
  readXlsx,
  type SheetRow,
  serialToWallTime,
  type XlsxSheet,
} from './input/xlsx.js';
export { type Io, processIo, run } from './program.js';
export { type ReadTableOptions, readTable, type Table } from './table.js';
