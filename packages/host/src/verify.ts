import { GENESIS_HASH, hashRecord } from './hash.js';
import type { EventRecord, StoredProcess } from './store/contract.js';
import { UnreadableJson } from './store/rows.js';

/** What {@link verifyChain} found wrong first. */
export type ChainProblem =
  /** The record's content no longer matches its hash. */
  | 'altered'
  /** The record does not point at the previous record's hash (it, or its link, was changed). */
  | 'broken-link'
  /** A record is missing (a gap in the sequence, or the log ends before the stored version). */
  | 'missing'
  /** The log goes past the stored version, or its last hash is not the stored head. */
  | 'head-mismatch'
  /** The record (or the stored snapshot) is not readable JSON. */
  | 'unreadable'
  /** The stored snapshot is not what the log rebuilds (it was edited). */
  | 'snapshot-mismatch'
  /** A profile the snapshot or the start record names is not in the store, or was altered. */
  | 'profile';

/** The outcome of `host.verify(processId)`. */
export type VerifyResult =
  | { readonly ok: true; readonly records: number }
  | {
      readonly ok: false;
      /** The first record (sequence number) where the chain breaks. */
      readonly seq: number;
      readonly problem: ChainProblem;
      readonly message: string;
    };

/** Walks a log in order and reports its first altered or missing record. */
export function verifyChain(stored: StoredProcess, records: readonly EventRecord[]): VerifyResult {
  let prev = GENESIS_HASH;
  let expected = 0;
  const fail = (seq: number, problem: ChainProblem, message: string): VerifyResult => ({
    ok: false,
    seq,
    problem,
    message: `process "${stored.processId}", record ${seq}: ${message}`,
  });
  for (const record of records) {
    if (record.body instanceof UnreadableJson) {
      return fail(record.seq, 'unreadable', 'its body is not readable JSON');
    }
    if (record.seq !== expected) {
      return fail(expected, 'missing', `record ${expected} is missing (next is ${record.seq})`);
    }
    if (record.prevHash !== prev) {
      return fail(record.seq, 'broken-link', 'its previous-hash does not match the record before');
    }
    if (hashRecord(record) !== record.hash) {
      return fail(record.seq, 'altered', 'its content does not match its hash');
    }
    prev = record.hash;
    expected++;
  }
  if (stored.seq >= expected) {
    return fail(expected, 'missing', `the log ends before the stored version ${stored.seq}`);
  }
  if (stored.seq !== expected - 1 || stored.headHash !== prev) {
    return fail(
      stored.seq,
      'head-mismatch',
      'the stored version and head hash do not match the end of the log',
    );
  }
  return { ok: true, records: records.length };
}
