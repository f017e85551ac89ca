/**
 * `@jiayuan/inspect`: seeing jiayuan machines run — a personal-data sanitiser, wiring for the
 * Stately inspector (`@statelyai/inspect`, xstate 5), an offline recorder and its replay,
 * Mermaid and SVG diagrams with the legal citation of each state and transition, JSON Schemas
 * for hosts in other languages, and the generated docs pages. Node-only parts (the loopback
 * relay, recording to a file) are in `@jiayuan/inspect/node`.
 *
 * @packageDocumentation
 */

// The graph reader and the Mermaid generator live in core (machine packages use them too).
export {
  type GraphState,
  type GraphTransition,
  graphToMermaid,
  type MachineGraph,
  type MermaidOptions,
  machineGraph,
  mermaidId,
  type StateKind,
  toMermaid,
} from '@jiayuan/core';
export { activeStateIds } from './diagram/active.js';
export { collapseInactive } from './diagram/collapse.js';
export { pick } from './diagram/pick.js';
export {
  citationText,
  graphToSvg,
  type SvgOptions,
  svgHighlightCss,
  toSvg,
} from './diagram/svg.js';
export { docEntriesFrom, isStateMachine } from './docs/collect.js';
export { DOC_WORDS, type DocWords, REJECTION_MEANINGS } from './docs/messages.js';
export {
  compareDocs,
  type DocEntry,
  type DocsDrift,
  docsUpToDate,
  machineDocs,
  renderMachineDoc,
} from './docs/render.js';
export {
  parseRuleBook,
  type RuleBook,
  type RuleBookRow,
  type RuleBookSection,
  ruleBookRows,
} from './docs/rule-book.js';
export { RULE_PAGES, type RuleBookInput, ruleBookDocs } from './docs/rule-pages.js';
export {
  findRuleReferences,
  type RuleReference,
  referencesByRule,
} from './docs/rule-references.js';
export { type MachineConfigJson, machineConfigJson } from './machine-config.js';
export {
  createRecorder,
  type Recorder,
  type RecorderOptions,
  toRecord,
} from './record/recorder.js';
export {
  INSPECTION_KINDS,
  parseRecording,
  type RecordedEvent,
  RecordedEventSchema,
  type RecordedSnapshot,
  RecordedSnapshotSchema,
  RecordingError,
} from './record/recording.js';
export {
  replayRecording,
  type Timeline,
  type TimelineState,
  type TimelineStep,
  timelineStates,
} from './record/replay.js';
export { REDACTED, type SanitizeOptions, sanitizeContext, sanitizeEvent } from './sanitize.js';
export {
  ballotJsonSchema,
  catalogJsonSchema,
  eventJsonSchemas,
  type JsonSchema,
  machineDefinitionJson,
  rollJsonSchema,
  type SchemaIo,
} from './schemas.js';
export {
  type BrowserInspector,
  type BrowserInspectorOptions,
  browserInspector,
  type WebSocketInspector,
  type WebSocketInspectorOptions,
  webSocketInspector,
} from './stately/inspectors.js';
export {
  type SanitizingInspectorOptions,
  STATELY_INSPECTOR_URL,
  sanitizingOptions,
} from './stately/options.js';
