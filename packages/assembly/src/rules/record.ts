import { type Bilingual, epochMillisOf } from '@jiayuan/core';
import { text } from '../locales/index.js';
import {
  type DecidedVersion,
  DecidedVersionSchema,
  MAX_RULES_VERSIONS,
  type RulesDocument,
  type RulesInForce,
  type RulesRecord,
  RulesRecordSchema,
} from './versions.js';

/** Why a decided version is not added to a record. */
export const RULES_RECORD_ISSUE_CODES = [
  'malformed-record',
  'malformed-version',
  'record-full',
  'already-recorded',
  'version-not-next',
  'decided-before-last',
] as const;
/** One of {@link RULES_RECORD_ISSUE_CODES}. */
export type RulesRecordIssueCode = (typeof RULES_RECORD_ISSUE_CODES)[number];

/** A coded, bilingual refusal of {@link recordDecidedVersion}. */
export interface RulesRecordIssue {
  readonly code: RulesRecordIssueCode;
  readonly message: Bilingual;
}

/** The outcome of {@link recordDecidedVersion}. */
export type RulesRecordUpdate =
  | { readonly ok: true; readonly record: RulesRecord }
  | { readonly ok: false; readonly record: RulesRecord | null; readonly issue: RulesRecordIssue };

/** A complex's record before any decision. */
export function emptyRulesRecord(complexId: string): RulesRecord {
  return RulesRecordSchema.parse({ complexId, versions: [] });
}

function detailOf(error: { readonly issues: readonly { path: PropertyKey[]; message: string }[] }) {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '.'}: ${i.message}`).join('; ');
}

function latestOf(record: RulesRecord, document: RulesDocument): DecidedVersion | undefined {
  return record.versions.filter((v) => v.document === document).at(-1);
}

/**
 * RULES VOTE-19: adds a decided version (a meeting's `rules-decided`) to a complex's record. A document's
 * versions are numbered 1, 2, … in the order decided (the adoption, then each amendment, CC 278
 * ¶1 (一)(二)), each decided no earlier than the one before; a decision is recorded once.
 * Malformed input is refused with a coded issue, never thrown.
 */
export function recordDecidedVersion(record: unknown, decided: unknown): RulesRecordUpdate {
  const parsedRecord = RulesRecordSchema.safeParse(record);
  if (!parsedRecord.success) {
    const detail = detailOf(parsedRecord.error);
    return {
      ok: false,
      record: null,
      issue: { code: 'malformed-record', message: text((l) => l.record.malformedRecord(detail)) },
    };
  }
  const current = parsedRecord.data;
  const refuse = (code: RulesRecordIssueCode, message: Bilingual): RulesRecordUpdate => ({
    ok: false,
    record: current,
    issue: { code, message },
  });
  const parsed = DecidedVersionSchema.safeParse(decided);
  if (!parsed.success) {
    const detail = detailOf(parsed.error);
    return refuse(
      'malformed-version',
      text((l) => l.record.malformedVersion(detail)),
    );
  }
  const version = parsed.data;
  const { meetingId, itemId } = version.decidedBy;
  if (
    current.versions.some(
      (v) => v.decidedBy.meetingId === meetingId && v.decidedBy.itemId === itemId,
    )
  ) {
    return refuse(
      'already-recorded',
      text((l) => l.record.alreadyRecorded(meetingId, itemId)),
    );
  }
  if (current.versions.length >= MAX_RULES_VERSIONS) {
    return refuse(
      'record-full',
      text((l) => l.record.full(MAX_RULES_VERSIONS)),
    );
  }
  const last = latestOf(current, version.document);
  const next = (last?.version ?? 0) + 1;
  if (version.version !== next) {
    return refuse(
      'version-not-next',
      text((l) => l.record.versionNotNext(version.document, version.version, next)),
    );
  }
  if (last !== undefined && epochMillisOf(version.decidedAt) < epochMillisOf(last.decidedAt)) {
    return refuse(
      'decided-before-last',
      text((l) => l.record.decidedBeforeLast(version.decidedAt, last.decidedAt)),
    );
  }
  return { ok: true, record: { ...current, versions: [...current.versions, version] } };
}

/**
 * The version of `document` in force at `at`: the latest decided at or before that instant (a
 * decision takes effect from when it is made, for later votes only). `null` before the first.
 */
export function versionInForce(
  record: RulesRecord,
  document: RulesDocument,
  at: string,
): DecidedVersion | null {
  const instant = epochMillisOf(at);
  let found: DecidedVersion | null = null;
  for (const v of record.versions) {
    if (v.document === document && epochMillisOf(v.decidedAt) <= instant) found = v;
  }
  return found;
}

/**
 * What a meeting started at `at` is given as its `rules` input: the rules of procedure in force
 * then, with its switches; `null` when none was decided yet.
 */
export function rulesInForce(record: RulesRecord, at: string): RulesInForce | null {
  const v = versionInForce(record, 'rules-of-procedure', at);
  return v === null ? null : { version: v.version, settings: v.settings };
}
