// `jiayuan tally` as a spawned process on fixture spreadsheets, good and broken.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, FIXTURES, jiayuan } from './support.js';

beforeAll(() => ensureBuilt(), 300_000);

const f = (name: string) => `${FIXTURES}${name}`;
/** The voting window of the fixtures' vote: 1–10 May 2026, Shanghai time. */
const W = ['--opens', '2026-05-01', '--closes', '2026-05-10'];

describe('jiayuan tally', { timeout: 60_000 }, () => {
  it('counts a CSV vote with Chinese headers, explains it and breaks it down (exit 0)', () => {
    const r = jiayuan([
      'tally',
      '--roll',
      f('roll.csv'),
      '--ballots',
      f('ballots.csv'),
      ...W,
      '--lang',
      'zh',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 5 persons (张伟 holds two units: SPC 9; the developer's stock counts as one), 584.77 m².
    expect(r.stdout).toContain('名册：6 个专有部分，5 人，584.77 m²');
    expect(r.stdout).toContain('同意面积 / 参与表决面积 = 38819/58477');
    expect(r.stdout).toContain('表决通过');
    expect(r.stdout).toMatch(/1号楼\s+2\/300\.19/);
    expect(r.stdout).toMatch(/door-to-door\s+0\/0\.00\s+1\/101\.33/);
  });

  it('reads XLSX the same as CSV', () => {
    const csv = jiayuan(['tally', '--roll', f('roll.csv'), '--ballots', f('ballots.csv'), ...W]);
    const xlsx = jiayuan(['tally', '--roll', f('roll.xlsx'), '--ballots', f('ballots.xlsx'), ...W]);
    expect(xlsx.code).toBe(0);
    expect(xlsx.stdout).toContain(
      `  ${f('roll.xlsx')}: XLSX, sheet Sheet1; header on line 1, 6 row(s)`,
    );
    const counted = (s: string) => s.slice(s.indexOf('Voting window'));
    expect(counted(xlsx.stdout)).toBe(counted(csv.stdout));
    expect(xlsx.stdout).toContain('Roll: 6 units, 5 persons, 584.77 m²');
  });

  it('exits 3 when the motion fails, and follows LANG', () => {
    const r = jiayuan(
      ['tally', '--roll', f('roll.csv'), '--ballots', f('ballots-fail.csv'), ...W],
      {
        LANG: 'zh_CN.UTF-8',
      },
    );
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('未通过');
  });

  it('a special matter needs more: the same ballots fail (exit 3)', () => {
    const r = jiayuan([
      'tally',
      '--roll',
      f('roll.csv'),
      '--ballots',
      f('ballots.csv'),
      ...W,
      '--matter',
      'special',
    ]);
    expect(r.code).toBe(3);
  });

  it('reports every bad row by file, line and field and exits 2', () => {
    const r = jiayuan([
      'tally',
      '--roll',
      f('roll-broken.csv'),
      '--ballots',
      f('ballots-broken.csv'),
      ...W,
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr
      .trim()
      .split('\n')
      .slice(1)
      .map(
        (l) =>
          `${l.replace(FIXTURES, '').split(' [')[0]?.trim()} [${l.split('[')[1]?.split(']')[0]}]`,
      );
    expect(lines).toEqual([
      'roll-broken.csv:2 [登记面积]',
      'roll-broken.csv:3 [业主]',
      'roll-broken.csv:4 [状态]',
      'ballots-broken.csv:2 [意见]',
      'ballots-broken.csv:3 [方式]',
      'ballots-broken.csv:4 [时间]',
    ]);
  });

  it('reports a broken XLSX roll by line too', () => {
    const r = jiayuan([
      'tally',
      '--roll',
      f('roll-broken.xlsx'),
      '--ballots',
      f('ballots.csv'),
      ...W,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('roll-broken.xlsx:2 [登记面积]');
  });

  it('a missing file or a missing option is a usage error (exit 2)', () => {
    const missing = jiayuan([
      'tally',
      '--roll',
      f('nope.csv'),
      '--ballots',
      f('ballots.csv'),
      ...W,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `jiayuan: ${f('nope.csv')}: cannot read it (ENOENT) / 无法读取文件\n`,
    );
    const r = jiayuan(['tally', '--roll', f('roll.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--ballots');
  });
});

describe('help and the other commands', { timeout: 60_000 }, () => {
  it('has --help on every command (exit 0)', () => {
    for (const cmd of [[], ['tally'], ['diagram'], ['status'], ['due'], ['send']]) {
      const r = jiayuan([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: jiayuan');
    }
    expect(jiayuan(['--help']).stdout).toContain('Exit codes');
  });

  it('draws a machine as Mermaid in English and SVG', () => {
    const m = jiayuan(['diagram', 'firm.dismissal', '--lang', 'en']);
    expect(m.code).toBe(0);
    expect(m.stdout.startsWith('stateDiagram-v2')).toBe(true);
    const s = jiayuan(['diagram', 'hiring', '--format', 'svg']);
    expect(s.code).toBe(0);
    expect(s.stdout).toContain('<svg');
    expect(jiayuan(['diagram', 'nope']).code).toBe(5);
  });

  it('status on a missing database exits 5', () => {
    expect(jiayuan(['status', '--db', `${FIXTURES}missing.db`]).code).toBe(5);
  });
});
