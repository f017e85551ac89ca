// `jiayuan tally --items`: a multi-item ballot (表决票) counted item by item on one roll and window.
//
// The roll (fixtures/roll.csv): 1-101 and 1-102 张伟 (89.57 + 90.12 m²), 1-201 李娜；王芳 (120.50),
// 2-101 赵强 (101.33), 2-102 孙丽 (88.00), 2-201 the developer's unsold flat (95.25): 5 persons,
// 584.77 m²; 1号楼 alone: 张伟 and 李娜/王芳, 2 persons, 300.19 m².
//
// CC 278 ¶2: "业主共同决定事项，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与
// 表决。决定前款第六项至第八项规定的事项，应当经参与表决专有部分面积四分之三以上的业主且参与表决人数
// 四分之三以上的业主同意。决定前款其他事项，应当经参与表决专有部分面积过半数的业主且参与表决人数过半数
// 的业主同意。" SH 69: a part's repair is decided by the owners of that part.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './support.js';

const f = (name: string) => `${FIXTURES}${name}`;
const W = ['--opens', '2026-05-01', '--closes', '2026-05-10'];
const tally = (ballots: string, items = f('items.json'), extra: string[] = []) =>
  cli(['tally', '--roll', f('roll.csv'), '--ballots', ballots, '--items', items, ...W, ...extra]);

describe('jiayuan tally --items', { timeout: 60_000 }, () => {
  it('counts each item on its own answers; a sheet with an answer the meeting refuses is refused whole', async () => {
    const r = await tally(f('ballots-items-wide.csv'), f('items.json'), ['--lang', 'en']);
    expect(r.stderr).toBe('');
    // W3 (赵强, 2-101, 2号楼) answers item 3, which 1号楼's owners decide (SH 69): the meeting
    // refuses the whole sheet, so 赵强 takes part in no item (the assembly's tallySheets).
    expect(r.stdout).toMatch(
      /ballots-items-wide\.csv:4 \[unitId\] ballot W3#3: .*SH 69.*\(item-refused: unit-excluded\)/,
    );
    expect(r.stdout).toContain('Sheets not counted (1; a sheet counts whole or not at all):');
    // Item 1 (special, CC 278 ¶2 六至八项): 张伟, 李娜/王芳, 孙丽 agree, the developer abstains:
    // 4 of 5 take part, 179.69 + 120.50 + 88.00 + 95.25 = 483.44 of 584.77 m² (both ≥ 2/3);
    // agree 3/4 persons — exactly the bar, "四分之三以上" includes it — and 388.19/483.44 m²
    // = 80.29% ≥ 3/4: passes.
    expect(r.stdout).toContain(
      'owners agreeing / owners taking part = 3/4 (75.00%), required at least 3/4: met',
    );
    expect(r.stdout).toContain('area agreeing / area taking part = 38819/48344 (80.29%)');
    // Item 2 (ordinary): 李娜 leaves it blank and 赵强's sheet is refused: 张伟, 孙丽 and the
    // developer take part, 3/5 persons and 179.69 + 88.00 + 95.25 = 362.94 of 584.77 m²
    // (62.06%), both under 2/3: fails on its quorum.
    expect(r.stdout).toContain(
      'owners taking part / all owners = 3/5 (60.00%), required at least 2/3: NOT met',
    );
    expect(r.stdout).toContain('area taking part / total exclusive area = 36294/58477 (62.06%)');
    // Item 3 (1号楼 only, SH 69): 张伟 and 李娜 agree, 2 of 2.
    expect(r.stdout).toContain(
      'Item 3: 1号楼电梯维修 (ordinary majority (CC 278 ¶2), owners of 1号楼)',
    );
    expect(r.stdout).toContain('Electorate: 2 persons, 300.19 m²');
    expect(r.stdout).toMatch(
      /1\t修改管理规约\tpassed\n {2}2\t公共收益预算\tnot passed\n {2}3\t1号楼电梯维修\tpassed/,
    );
    // An item failed: exit 3, as a single failed vote.
    expect(r.code).toBe(3);
  });

  it('takes only the channels the settings list: an electronic sheet is refused whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiayuan-items-'));
    const settings = join(dir, 'vote.json');
    writeFileSync(
      settings,
      JSON.stringify({
        opens: '2026-05-01',
        closes: '2026-05-10',
        channels: ['书面', '现场', '上门'],
      }),
    );
    const r = await cli([
      'tally',
      '--roll',
      f('roll.csv'),
      '--ballots',
      f('ballots-items-wide.csv'),
      '--items',
      f('items.json'),
      '--settings',
      settings,
      '--lang',
      'en',
    ]);
    // W4 (孙丽, 电子) is refused on its first item's channel check, and so on every item: item 1
    // keeps 张伟 and 李娜 agreeing, the developer abstaining — 3 of 5 persons take part (< 2/3).
    expect(r.stdout).toMatch(/ballots-items-wide\.csv:5 \[channel\] .*\(item-refused: /);
    expect(r.stdout).toContain('Sheets not counted (2;');
    expect(r.stdout).toContain(
      'owners taking part / all owners = 3/5 (60.00%), required at least 2/3: NOT met',
    );
  });

  it('reads one row per owner and item (议题, 意见) to the same results', async () => {
    const wide = await tally(f('ballots-items-wide.csv'));
    const long = await tally(f('ballots-items-long.csv'));
    const counted = (s: string) =>
      s.slice(s.indexOf('Item 1')).replace(/ballots-items-(wide|long)\.csv:\d+/g, 'ballots:N');
    expect(long.code).toBe(3);
    expect(counted(long.stdout)).toBe(counted(wide.stdout));
    expect(long.stdout).toContain('议题 → item, 意见 → choice');
  });

  it('passes (exit 0) when every item passes, and speaks Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiayuan-items-'));
    const items = join(dir, 'items.json');
    writeFileSync(items, JSON.stringify([{ id: '2', title: '公共收益预算' }]));
    const sheet = join(dir, 'item-2.csv');
    writeFileSync(
      sheet,
      readFileSync(f('ballots-items-long.csv'), 'utf8')
        .split('\n')
        .filter((line, i) => i === 0 || line.split(',')[5] === '2')
        .join('\n'),
    );
    const r = await tally(sheet, items, ['--lang', 'zh']);
    expect(r.stdout).toContain(
      '议题 2：公共收益预算（一般多数（民法典第二百七十八条第二款），全体业主）',
    );
    expect(r.stdout).toMatch(/2\t公共收益预算\t通过/);
    expect(r.code).toBe(0);
    // The whole long sheet names items 1 and 3, which this list has not: refused by line.
    const unknown = await tally(f('ballots-items-long.csv'), items, ['--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('ballots-items-long.csv:2 [议题] unknown item "1"');
  });

  it('refuses bad input with a clear message and exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiayuan-items-'));
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const badChoice = write(
      'bad.csv',
      '选票编号,房号,投票人,方式,时间,议题1,公共收益预算\nW1,1-101,张伟,书面,2026-05-02 10:00,也许,同意\n',
    );
    const r1 = await tally(badChoice);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain('[议题1] unknown choice "也许"');
    const both = write(
      'both.csv',
      '选票编号,房号,投票人,方式,时间,议题,意见,公共收益预算\nW1,1-101,张伟,书面,2026-05-02 10:00,1,同意,同意\n',
    );
    expect((await tally(both)).stderr).toContain('use one layout');
    const none = write(
      'none.csv',
      '选票编号,房号,投票人,方式,时间\nW1,1-101,张伟,书面,2026-05-02 10:00\n',
    );
    expect((await tally(none)).stderr).toContain('no answers found');
    const dupIds = write('dup.json', '[{"id":"1","title":"a"},{"id":"1","title":"b"}]');
    const r2 = await tally(f('ballots-items-wide.csv'), dupIds);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('item ids must be distinct');
    const noPart = write('part.json', '[{"id":"1","title":"a","part":"9号楼"}]');
    expect((await tally(f('ballots-items-wide.csv'), noPart)).stderr).toContain(
      'part "9号楼" has no units',
    );
    expect((await tally(f('ballots-items-wide.csv'), join(dir, 'missing.json'))).code).toBe(2);
  });
});
