// The coordinator keeps a complex's record of its rules of procedure (RULES VOTE-19) from its
// assembly meetings (items revoked left out) and gives each meeting the version in force at its
// start.
// CC 278 ¶1: "下列事项由业主共同决定：（一）制定和修改业主大会议事规则；（二）制定和修改管理规约；…"
// A decision binds from when it is made (CC 280 ¶1: "业主大会或者业主委员会的决定，对业主具有法律
// 约束力"): a meeting started at the decision's second runs under it, one started a second
// earlier does not.
import { describe, expect, it } from 'vitest';
import { rulesRecordOf, withRulesInForce } from '../src/assembly-rules.js';
import { D } from './support.js';

const ROP = {
  id: 'rop',
  kind: 'rules-of-procedure',
  title: '制定业主大会议事规则',
  proposed: {
    version: 1,
    text: { reference: 'rop-v1' },
    settings: { electronicVoting: true },
  },
};
describe('the record of the rules of procedure (VOTE-19)', () => {
  it('leaves out items revoked and versions out of order; leaves a host’s own choice alone', () => {
    const meeting = (meetingId: string, version: number, countedAt: string, revoked = false) => ({
      context: {
        meetingId,
        call: { items: [{ ...ROP, proposed: { ...ROP.proposed, version } }] },
        decision: {
          countedAt,
          outcomes: [{ itemId: 'rop', passed: true }],
        },
        revocation: revoked ? { items: ['rop'] } : null,
      },
    });
    const record = rulesRecordOf('c1', [
      meeting('m3', 3, D('2026-09-01T10:00:00')),
      meeting('m1', 1, D('2026-05-01T10:00:00')),
      meeting('m2', 2, D('2026-06-01T10:00:00'), true),
    ]);
    // m2's version 2 was revoked, so m3's version 3 is not the next one: only version 1 stands.
    expect(record.versions.map((v) => [v.decidedBy.meetingId, v.version])).toEqual([['m1', 1]]);
    const input = { meetingId: 'x', startedAt: D('2026-05-01T10:00:00') };
    expect(withRulesInForce(input, record)).toEqual({
      ...input,
      rules: { version: 1, settings: { electronicVoting: true } },
    });
    expect(withRulesInForce({ ...input, electronicAdopted: false }, record)).toEqual({
      ...input,
      electronicAdopted: false,
    });
    expect(withRulesInForce({ ...input, startedAt: D('2026-05-01T09:59:59') }, record)).toEqual({
      ...input,
      startedAt: D('2026-05-01T09:59:59'),
    });
    expect(withRulesInForce('nonsense', record)).toBe('nonsense');
  });
});
