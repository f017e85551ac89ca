import { closeSync, openSync, writeSync } from 'node:fs';
import { createRecorder, type Recorder, type RecorderOptions } from './record/recorder.js';

/** A recorder that appends to a file; close it when the run ends. */
export interface FileRecorder extends Recorder {
  /** The file written to. */
  readonly path: string;
  /** Closes the file. */
  close(): void;
}

/**
 * A recorder writing each inspection event as a JSON line to `path` (created or truncated),
 * synchronously, so a crash loses nothing already recorded.
 */
export function recordToFile(
  path: string,
  options: Omit<RecorderOptions, 'write' | 'keep'> = {},
): FileRecorder {
  const fd = openSync(path, 'w');
  let open = true;
  const recorder = createRecorder({
    ...options,
    keep: false,
    write: (line) => {
      if (open) writeSync(fd, `${line}\n`);
    },
  });
  return {
    ...recorder,
    path,
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
    },
  };
}
