import type { Bilingual } from '@jiayuan/core';
import { HostError } from '../errors.js';
import { type ReadField, readMessage } from './locales/index.js';

/**
 * `host.load(processId, machine)` was asked for a machine the process does not run: the
 * snapshot would not have the type asked for, so nothing is returned.
 */
export class MachineMismatchError extends HostError {
  readonly processId: string;
  /** The registered id of the machine the process runs. */
  readonly runs: string;
  /** The registered id of the machine asked for, or `"(not registered)"`. */
  readonly asked: string;
  /** The message in both languages. */
  readonly text: Bilingual;

  constructor(processId: string, runs: string, asked: string) {
    const text = readMessage('machine-mismatch', { processId, runs, asked });
    super('machine-mismatch', text.en);
    this.processId = processId;
    this.runs = runs;
    this.asked = asked;
    this.text = text;
  }
}

/** An argument of a read was not what it must be; nothing was read. */
export class InvalidReadError extends HostError {
  /** The argument at fault. */
  readonly field: ReadField;
  /** The message in both languages. */
  readonly text: Bilingual;

  constructor(field: ReadField) {
    const text = readMessage('invalid-read', { field });
    super('invalid-read', text.en);
    this.field = field;
    this.text = text;
  }
}
