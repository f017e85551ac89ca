/**
 * `@jiayuan/inspect/node`: the parts that need Node — the loopback WebSocket relay for the
 * Stately inspector and a recorder that writes to a file.
 *
 * @packageDocumentation
 */

export { type FileRecorder, recordToFile } from './file-recorder.js';
export {
  type InspectorRelay,
  type InspectorRelayOptions,
  RELAY_HOST,
  relayAddress,
  startInspectorRelay,
} from './relay.js';
