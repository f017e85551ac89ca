/**
 * `@jiayuan/community`: one complex's processes coordinated over the jiayuan host — one process
 * per matter, the re-election freeze on firm votes, the coverage of a newly elected committee,
 * overdue disclosures raising joint-meeting matters — and a street (街镇) view over many
 * complexes' stored snapshots.
 *
 * @packageDocumentation
 */

export { rulesRecordOf, withRulesInForce } from './assembly-rules.js';
export {
  type CommunityAccepted,
  type CommunityBatchResult,
  type CommunityRefused,
  type CommunityResult,
  Complex,
  type ComplexOptions,
  type ProcessSummary,
  type Reaction,
} from './complex.js';
export {
  complexScopes,
  matterKeyOf,
  PROCESS_KINDS,
  type ProcessIdParts,
  type ProcessKind,
  parseProcessId,
  processIdOf,
} from './ids.js';
export { COMMUNITY_MACHINES, MACHINE_IDS, type MachineId } from './machines.js';
export { COMMUNITY_TEXT } from './messages.js';
export {
  type ComplexView,
  complexOf,
  coverageUnits,
  type DueItem,
  dueItems,
  STREET_WINDOW_DAYS,
  type StoredSnapshot,
  type StreetView,
  streetView,
} from './street.js';
