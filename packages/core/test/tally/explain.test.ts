import {
  buildElectorate,
  CIVIL_CODE_RULES,
  explainTally,
  formatTally,
  TallyCounter,
  tally,
} from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ballot, rollOf, simpleRoll } from '../support/rolls.js';

describe('explainTally', () => {
  const e = buildElectorate(simpleRoll(4));
  const r = tally(
    e,
    [
      ballot('u1', 'o1', 'agree'),
      ballot('u2', 'o2', 'agree'),
      ballot('u3', 'o3', 'disagree'),
      ballot('u4', 'o4', 'abstain'),
    ],
    CIVIL_CODE_RULES.ordinary,
  );

  it('states the four ratios against the four bars, in both locales', () => {
    const x = explainTally(r);
    expect(x.checks.map((c) => c.id)).toEqual([
      'quorum-headcount',
      'quorum-area',
      'approval-headcount',
      'approval-area',
    ]);
    expect(x.checks[0]!.text['zh-CN']).toBe(
      '参与表决人数 / 业主总人数 = 4/4 (100.00%)，要求2/3以上：达到',
    );
    expect(x.checks[2]!.text['zh-CN']).toBe(
      '同意人数 / 参与表决人数 = 2/4 (50.00%)，要求过半数：未达到',
    );
    expect(x.checks[2]!.text.en).toBe(
      'owners agreeing / owners taking part = 2/4 (50.00%), required more than 1/2: NOT met',
    );
    expect(x.checks[3]!.text.en).toContain('[200.00 / 400.00 m²]');
    expect(x.verdict.en).toContain('FAILED');
    expect(x.verdict['zh-CN']).toContain('未通过');
  });

  it('renders a full text with counts, revote rule and ballots', () => {
    const zh = formatTally(r, 'zh-CN');
    expect(zh).toContain('《民法典》第二百七十八条第二款');
    expect(zh).toContain('弃权：1 人，100.00 平方米');
    expect(zh).toContain('收到选票 4 张');
    const en = formatTally(r, 'en');
    expect(en).toContain('ordinary matter');
    expect(en.split('\n').at(-1)).toContain('FAILED');
  });

  it('says when the quorum, rather than approval, failed', () => {
    const few = tally(e, [ballot('u1', 'o1', 'agree')], CIVIL_CODE_RULES.ordinary);
    expect(explainTally(few).verdict['zh-CN']).toContain('三分之二');
  });

  it('names the part and parking rule it counted under', () => {
    const roll = rollOf([
      { id: 'u1', owners: ['a'], area: 100, parts: ['A'] },
      { id: 'u2', owners: ['b'], area: 100 },
    ]);
    const part = tally(
      buildElectorate(roll, { part: 'A' }),
      [ballot('u1', 'a', 'agree')],
      CIVIL_CODE_RULES.special,
    );
    const zh = formatTally(part, 'zh-CN');
    expect(zh).toContain('共有部分「A」的业主');
    expect(zh).toContain('未计入表决的专有部分：1 个');
    expect(formatTally(part, 'en')).toContain('registrable spaces count');
    expect(part.passed).toBe(true);
  });
});

describe('breakdowns', () => {
  const roll = rollOf([
    { id: 'u1', owners: ['a'], area: 100, building: '1号楼' },
    { id: 'u2', owners: ['a'], area: 50, building: '2号楼' },
    { id: 'u3', owners: ['b'], area: 100, building: '2号楼' },
    { id: 'u4', owners: ['c'], area: 100, building: '10号楼' },
  ]);
  const c = new TallyCounter(buildElectorate(roll), CIVIL_CODE_RULES.ordinary);
  c.add(ballot('u1', 'a', 'agree', undefined, { channel: 'electronic' }));
  c.add(ballot('u3', 'b', 'disagree', undefined, { channel: 'door-to-door' }));

  it('by building: a person with units in two buildings counts once in each, with that building’s area', () => {
    const rows = c.breakdown('building');
    expect(rows.map((r) => r.key)).toEqual(['1号楼', '2号楼', '10号楼']);
    expect(rows[1]).toEqual({
      key: '2号楼',
      electorate: { headcount: 2, area: 150 },
      counts: {
        agree: { headcount: 1, area: 50 },
        disagree: { headcount: 1, area: 100 },
        abstain: { headcount: 0, area: 0 },
        spoilt: { headcount: 0, area: 0 },
      },
    });
    expect(rows[2]!.counts.agree.headcount + rows[2]!.counts.disagree.headcount).toBe(0);
  });

  it('by channel: the standing ballot’s channel with the person’s whole area', () => {
    const rows = c.breakdown('channel');
    expect(rows.map((r) => r.key)).toEqual(['paper', 'on-site', 'door-to-door', 'electronic']);
    expect(rows[3]!.counts.agree).toEqual({ headcount: 1, area: 150 });
    expect(rows[2]!.counts.disagree).toEqual({ headcount: 1, area: 100 });
    expect(rows[0]!.counts.agree.headcount).toBe(0);
  });
});
