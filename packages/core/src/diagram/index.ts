export {
  type GraphState,
  type GraphTransition,
  type MachineGraph,
  machineGraph,
  type StateKind,
} from './graph.js';
export { type LegalRow, legalRows, type VersionedCitation } from './legal-rows.js';
export { graphToMermaid, type MermaidOptions, mermaidId, toMermaid } from './mermaid.js';
