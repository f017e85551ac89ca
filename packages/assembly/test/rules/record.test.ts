// The record of the rules of procedure (议事规则) and the management statute (管理规约) as versions
// decided by the assembly. CC 278 ¶1: "下列事项由业主共同决定：（一）制定和修改业主大会议事规则；
// （二）制定和修改管理规约；…" — each adoption or amendment is a decided version, kept in order.
// A version takes effect from the decision (CC 280 ¶1: "业主大会或者业主委员会的决定，对业主具有法律
// 约束力"), so the version in force at an instant is the last one decided at or before it.
import { describe, expect, it } from 'vitest';
import {
  type DecidedVersion,
  emptyRulesRecord,
  MAX_RULES_VERSIONS,
  RULES_RECORD_ISSUE_CODES,
  type RulesRecord,
  recordDecidedVersion,
  rulesInForce,
  versionInForce,
} from '../../src/index.js';

const DECIDED_AT = '2026-04-26T17:00:00+08:00';

function decided(o: Partial<DecidedVersion> = {}): DecidedVersion {
  return {
    document: 'rules-of-procedure',
    version: 1,
    decidedBy: { meetingId: 'm1', itemId: 'rop' },
    decidedAt: DECIDED_AT,
    text: { reference: 'rules-of-procedure-v1.pdf' },
    settings: { electronicVoting: true },
    ...o,
  };
}

function recorded(record: RulesRecord, version: unknown): RulesRecord {
  const r = recordDecidedVersion(record, version);
  if (!r.ok) throw new Error(`${r.issue.code}: ${r.issue.message.en}`);
  return r.record;
}

describe('recordDecidedVersion', () => {
  it('keeps each document’s versions numbered 1, 2, … in the order decided', () => {
    let record = recorded(emptyRulesRecord('c1'), decided());
    record = recorded(
      record,
      decided({
        document: 'management-statute',
        decidedBy: { meetingId: 'm1', itemId: 'statute' },
        settings: {},
      }),
    );
    record = recorded(
      record,
      decided({
        version: 2,
        decidedBy: { meetingId: 'm2', itemId: 'rop' },
        decidedAt: '2026-09-01T17:00:00+08:00',
        settings: { electronicVoting: true, mergeUnitsSharingCoOwners: true },
      }),
    );
    expect(record.versions.map((v) => [v.document, v.version])).toEqual([
      ['rules-of-procedure', 1],
      ['management-statute', 1],
      ['rules-of-procedure', 2],
    ]);
  });

  it('refuses, coded and in both languages, a version out of its order', () => {
    const record = recorded(emptyRulesRecord('c1'), decided());
    const skipped = recordDecidedVersion(
      record,
      decided({ version: 3, decidedBy: { meetingId: 'm2', itemId: 'rop' } }),
    );
    expect(!skipped.ok && skipped.issue.code).toBe('version-not-next');
    expect(!skipped.ok && skipped.issue.message['zh-CN']).toContain('应为第2版');
    expect(!skipped.ok && skipped.issue.message.en).toContain('expects version 2');
    const again = recordDecidedVersion(record, decided());
    expect(!again.ok && again.issue.code).toBe('already-recorded');
    // Decided one second before the version in force: refused; at the same instant: taken.
    const earlier = recordDecidedVersion(
      record,
      decided({
        version: 2,
        decidedBy: { meetingId: 'm2', itemId: 'rop' },
        decidedAt: '2026-04-26T16:59:59+08:00',
      }),
    );
    expect(!earlier.ok && earlier.issue.code).toBe('decided-before-last');
    const same = recordDecidedVersion(
      record,
      decided({ version: 2, decidedBy: { meetingId: 'm2', itemId: 'rop' } }),
    );
    expect(same.ok).toBe(true);
  });

  it('refuses malformed input with a code instead of throwing', () => {
    const bad = recordDecidedVersion({ complexId: 'c1', versions: 'none' }, decided());
    expect(!bad.ok && [bad.issue.code, bad.record]).toEqual(['malformed-record', null]);
    const record = emptyRulesRecord('c1');
    for (const version of [
      null,
      decided({ text: {} }),
      decided({ text: { digest: 'md5:abc' } }),
      decided({ version: 0 }),
      { ...decided(), settings: { quorum: '1/2' } },
      { ...decided(), decidedAt: '2026-04-26' },
    ]) {
      const r = recordDecidedVersion(record, version);
      expect(!r.ok && r.issue.code).toBe('malformed-version');
      expect(!r.ok && r.issue.message.en.length > 0 && r.issue.message['zh-CN'].length > 0).toBe(
        true,
      );
    }
    expect(RULES_RECORD_ISSUE_CODES).toContain('record-full');
  });

  it('is bounded: the record takes at most MAX_RULES_VERSIONS versions', () => {
    const versions = Array.from({ length: MAX_RULES_VERSIONS }, (_, i) =>
      decided({
        document: 'management-statute',
        version: i + 1,
        decidedBy: { meetingId: `m${i}`, itemId: 'statute' },
        settings: {},
      }),
    );
    const full = { complexId: 'c1', versions };
    const r = recordDecidedVersion(full, decided());
    expect(!r.ok && r.issue.code).toBe('record-full');
    const over = recordDecidedVersion(
      { complexId: 'c1', versions: [...versions, decided()] },
      decided(),
    );
    expect(!over.ok && over.issue.code).toBe('malformed-record');
  });
});

describe('the version in force (from the decision, at the second)', () => {
  const record = recorded(
    recorded(emptyRulesRecord('c1'), decided()),
    decided({
      version: 2,
      decidedBy: { meetingId: 'm2', itemId: 'rop' },
      decidedAt: '2026-09-01T17:00:00+08:00',
      settings: { mergeUnitsSharingCoOwners: true },
    }),
  );

  it('none one second before the first decision, version 1 at its instant', () => {
    expect(rulesInForce(record, '2026-04-26T16:59:59+08:00')).toBeNull();
    expect(rulesInForce(record, DECIDED_AT)).toEqual({
      version: 1,
      settings: { electronicVoting: true },
    });
    // The same instant written in UTC.
    expect(rulesInForce(record, '2026-04-26T09:00:00Z')?.version).toBe(1);
  });

  it('version 1 one second before the amendment, version 2 from it', () => {
    expect(rulesInForce(record, '2026-09-01T16:59:59+08:00')?.version).toBe(1);
    expect(rulesInForce(record, '2026-09-01T17:00:00+08:00')).toEqual({
      version: 2,
      settings: { mergeUnitsSharingCoOwners: true },
    });
    expect(versionInForce(record, 'management-statute', '2027-01-01T00:00:00+08:00')).toBeNull();
  });
});
