/**
 * `@jiayuan/inspect/node`: the parts that need Node — the loopback WebSocket relay for the
 * Stately inspector and a recorder that writes to a file.
 *
 * @packageDocumentation
 */

export { type FileRecorder, recordToFile } from './file-recorder.js';
export {
  DEFAULT_BUFFER_BYTES,
  DEFAULT_MAX_MESSAGE_BYTES,
  type InspectorRelay,
  type InspectorRelayOptions,
  MESSAGE_TOO_BIG,
  RELAY_HOST,
  relayAddress,
  startInspectorRelay,
} from './relay.js';
