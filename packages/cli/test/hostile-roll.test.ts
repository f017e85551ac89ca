// Hostile input, part 1: rolls and ballots as committees' own tools export them, in the encodings
// Excel saves, with the values people type — every case a generated file, an exact exit code and
// message. Run in process (sources); the spawned binary is exercised in hostile-process.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCsv } from './spreadsheets.js';
import { cli } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'jiayuan-hostile-roll-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);
const WINDOW = ['--opens', '2026-05-01', '--closes', '2026-05-10'];

// The roll a committee's property-management software exports: running number, room id as
// building-entrance-room, co-owners joined with / 、 ；, a parking space and its area on the
// owner's row, a phone, and an occupancy status (自住/出租/空置), not a delivery status.
const EXPORTED_ROLL = [
  ['序号', '房间号', '姓名', '面积', '车位号', '车位面积', '联系电话', '房屋状态'],
  ['1', '01-02-1502', '王芳/李强', '89.57', 'B1-023', '12.50', '13800000001', '自住'],
  ['2', '01-02-1501', '张伟', '120.00', '', '', '13800000002', '出租'],
  ['3', '01-01-0101', '陈静、刘洋', '95.25', 'B1-024/B1-025', '12.00/12.00', '13800000003', '空置'],
  ['4', '02-01-0301', '张伟', '88.00', '', '', '13800000002', '自住'],
  ['5', '02-01-0302', '赵强；孙丽', '101.33', '', '', '', '出租'],
];
const BALLOTS = [
  ['选票编号', '房号', '投票人', '意见', '方式', '时间'],
  ['B1', '01-02-1502', '王芳', '同意', '书面', '2026-05-02 10:00'],
  ['B2', '01-02-1501', '张伟', '同意', '电子', '2026/5/3 9:30'],
  ['B3', '01-01-0101', '刘洋', '反对', '上门', '2026-05-03 11:00'],
];
writeCsv(file('exported.csv'), EXPORTED_ROLL);
writeCsv(file('ballots.csv'), BALLOTS);

const tally = (roll: string, ballots = file('ballots.csv'), ...extra: string[]) =>
  cli(['tally', '--roll', roll, '--ballots', ballots, ...extra]);

describe('a roll as committees export it', { timeout: 30_000 }, () => {
  it('reads 房间号/姓名/面积, building and entrance from 01-02-1502, co-owners, parking spaces; ignores occupancy (exit 0)', async () => {
    const r = await tally(file('exported.csv'), undefined, ...WINDOW, '--parking', 'registrable');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      [
        'Read:',
        `  ${file('exported.csv')}: CSV, UTF-8; header on line 1, 5 row(s)`,
        '    columns: 房间号 → unit, 姓名 → owners, 面积 → area, 车位号 → parking, 车位面积 → parkingArea',
        '    not read: 序号 (not needed / 无需), 联系电话 (personal data, not read / 个人信息，不读取)',
        '    房屋状态: occupancy (自住, 出租, 空置), not delivery: not read / 居住状态，不是交付状态，不读取',
        '    building and entrance read from 5 structured unit id(s) such as 01-02-1502 / 楼栋、单元取自房号',
        '    3 parking space(s): registrable exclusive parts, each a unit of its owner / 车位按专有部分计入',
      ].join('\n'),
    );
    // 5 flats + 3 spaces; 4 persons (co-owners of a flat are one, 张伟's two flats one: SPC 9).
    expect(r.stdout).toContain('Roll: 8 units, 4 persons, 530.65 m²');
    expect(r.stdout).toMatch(/\n {2}01 +2\/209\.57 +1\/95\.25/);
    expect(r.stdout).toMatch(/\n {2}02 +1\/88\.00/);
  });

  it('parking spaces held by right of use are left out of the roll', async () => {
    const r = await tally(file('exported.csv'), undefined, ...WINDOW, '--parking', 'unregistrable');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '    3 parking space(s) held by right of use, not exclusive parts: not in the roll / 车位不是专有部分，不计入',
    );
    expect(r.stdout).toContain('Roll: 5 units, 4 persons, 494.15 m²');
  });

  it('parking spaces on the rows and no --parking: one message, exit 2', async () => {
    const r = await tally(file('exported.csv'), undefined, ...WINDOW);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `jiayuan: ${file('exported.csv')}: 3 parking space(s) on owners' rows (column 车位号): say whether they are registrable exclusive parts (SPC 2) with --parking registrable or --parking unregistrable / 名册含车位，请说明车位是否可登记为专有部分\n`,
    );
  });

  it('unknown headers: ONE message with the headers found, those expected and --columns (exit 2)', async () => {
    writeCsv(file('unknown.csv'), [
      ['编号', '房屋代码', '权属人', '建面'],
      ['1', 'A-101', '张伟', '89.57'],
      ['2', 'A-102', '李娜', '90.00'],
    ]);
    const r = await tally(file('unknown.csv'), undefined, ...WINDOW);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `jiayuan: ${file('unknown.csv')}: cannot find the unit id / 房号; owners / 业主; area / 面积 (or register, survey, contract) columns / 找不到必需的列`,
    );
    expect(lines[1]).toBe('  headers found (line 1): 编号, 房屋代码, 权属人, 建面');
    expect(lines[2]).toBe('  headers expected:');
    expect(lines).toContain(
      '    unit        unit id / 房号: 房号 | 房间号 | 房屋编号 | 房屋号 | 房号编码 | 室号 | 户号 | unit | unitId | unit_id | room',
    );
    expect(lines.at(-1)).toBe(
      '  name other headers with --columns KEY=HEADER,KEY=HEADER, e.g. --columns "unit=<header>,owners=<header>,area=<header>"',
    );
    // Not one line per row.
    expect(r.stderr).not.toContain('missing unit id');
  });

  it('--columns maps other headers (exit 0); a mapped header that is absent is the same one message', async () => {
    writeCsv(file('unknown-ballots.csv'), [
      ['房号', '投票人', '意见', '时间'],
      ['A-101', '张伟', '同意', '2026-05-02 10:00'],
      ['A-102', '李娜', '同意', '2026-05-02 11:00'],
    ]);
    const r = await tally(
      file('unknown.csv'),
      file('unknown-ballots.csv'),
      ...WINDOW,
      '--columns',
      'unit=房屋代码,owners=权属人',
      '--columns',
      'area=建面',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('    columns: 房屋代码 → unit, 权属人 → owners, 建面 → area');
    expect(r.stdout).toContain('Roll: 2 units, 2 persons, 179.57 m²');
    const absent = await tally(
      file('unknown.csv'),
      undefined,
      ...WINDOW,
      '--columns',
      'unit=房号码',
    );
    expect(absent.code).toBe(2);
    expect(absent.stderr.split('\n')[0]).toBe(
      `jiayuan: ${file('unknown.csv')}: cannot find the unit id / 房号; owners / 业主; area / 面积 (or register, survey, contract) columns / 找不到必需的列`,
    );
    const badKey = await tally(
      file('unknown.csv'),
      undefined,
      ...WINDOW,
      '--columns',
      'room=房屋代码',
    );
    expect(badKey.code).toBe(2);
    expect(badKey.stderr).toBe(
      'jiayuan: --columns room=…: unknown key; the keys are unit, building, entrance, owners, area, register, survey, contract, status, occupancy, parking, parkingArea\n',
    );
  });

  it('a duplicate 面积 column is refused, not silently the last one (exit 2)', async () => {
    writeCsv(file('dup.csv'), [
      ['房号', '业主', '面积', '备注', '面积'],
      ['1-101', '张伟', '89.57', '', '8957'],
    ]);
    const r = await tally(file('dup.csv'), undefined, ...WINDOW);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `jiayuan: ${file('dup.csv')}:1: column "面积" appears 2 times (columns C, E): which one holds the area / 面积? Remove or rename the others / 列名重复\n`,
    );
    writeCsv(file('two-areas.csv'), [
      ['房号', '业主', '面积', '建筑面积（㎡）'],
      ['1-101', '张伟', '89.57', '89.57'],
    ]);
    const two = await tally(file('two-areas.csv'), undefined, ...WINDOW);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(
      `jiayuan: ${file('two-areas.csv')}:1: "面积" (column C) and "建筑面积（㎡）" (column D) all read as the area / 面积: choose one with --columns area=面积 / 多列含义相同\n`,
    );
  });

  it('a header-only, blank or empty roll is bad input (exit 2), not a failed vote (exit 3)', async () => {
    writeCsv(file('header-only.csv'), [['房号', '业主', '面积']]);
    writeFileSync(file('blank.csv'), '\r\n\r\n  \r\n,,,\r\n');
    writeFileSync(file('empty.csv'), '');
    const h = await tally(file('header-only.csv'), undefined, ...WINDOW);
    expect(h.code).toBe(2);
    expect(h.stderr).toBe(
      `jiayuan: ${file('header-only.csv')}: no units under the header (line 1) / 表头下没有数据行\n`,
    );
    for (const name of ['blank.csv', 'empty.csv']) {
      const r = await tally(file(name), undefined, ...WINDOW);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`jiayuan: ${file(name)}: empty file: no header and no rows / 空文件\n`);
    }
  });

  it('a title row above the header and a 合计 row below the units are skipped', async () => {
    writeCsv(file('titled.csv'), [
      ['幸福里小区业主名册（2026年4月）', '', ''],
      ['房屋编号', '业主姓名', '产权面积(㎡)'],
      ['3栋1502', '张伟', '89.57'],
      ['3栋1501', '李娜', '90.00'],
      ['合计', '', '179.57'],
    ]);
    writeCsv(file('titled-ballots.csv'), [
      ['房号', '投票人', '意见', '时间'],
      ['3栋1502', '张伟', '同意', '2026-05-02 10:00'],
      ['3栋1501', '李娜', '同意', '2026-05-02 11:00'],
    ]);
    const r = await tally(file('titled.csv'), file('titled-ballots.csv'), ...WINDOW);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  ${file('titled.csv')}: CSV, UTF-8; header on line 2, 3 row(s)`);
    expect(r.stdout).toContain('    summary row(s) skipped: line 5 / 跳过合计行');
    expect(r.stdout).toContain('Roll: 2 units, 2 persons, 179.57 m²');
    expect(r.stdout).toMatch(/\n {2}3 +2\/179\.57/);
  });
});

describe('encodings', { timeout: 30_000 }, () => {
  it('a GB18030 CSV (Excel on a Chinese Windows) is detected and said so; it counts as the UTF-8 one', async () => {
    writeCsv(file('gb-roll.csv'), EXPORTED_ROLL, 'gb18030');
    writeCsv(file('gb-ballots.csv'), BALLOTS, 'gb18030');
    const gb = await tally(
      file('gb-roll.csv'),
      file('gb-ballots.csv'),
      ...WINDOW,
      '--parking',
      'registrable',
    );
    const utf8 = await tally(
      file('exported.csv'),
      undefined,
      ...WINDOW,
      '--parking',
      'registrable',
    );
    expect(gb.stderr).toBe('');
    expect(gb.code).toBe(0);
    expect(gb.stdout).toContain(
      `  ${file('gb-roll.csv')}: CSV, GB18030 (detected); header on line 1`,
    );
    expect(gb.stdout).toContain(
      `  ${file('gb-ballots.csv')}: CSV, GB18030 (detected); header on line 1`,
    );
    const from = (s: string) => s.slice(s.indexOf('Voting window'));
    expect(from(gb.stdout)).toBe(from(utf8.stdout));
  });

  it('UTF-8 with a BOM and UTF-16 with a BOM are read too', async () => {
    writeCsv(file('bom-roll.csv'), EXPORTED_ROLL, 'utf-8-bom');
    writeCsv(file('u16-ballots.csv'), BALLOTS, 'utf-16le-bom');
    const r = await tally(
      file('bom-roll.csv'),
      file('u16-ballots.csv'),
      ...WINDOW,
      '--parking',
      'registrable',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  ${file('bom-roll.csv')}: CSV, UTF-8 with BOM; header on line 1`);
    expect(r.stdout).toContain(
      `  ${file('u16-ballots.csv')}: CSV, UTF-16LE with BOM; header on line 1`,
    );
  });

  it('--encoding names it; an unknown one is a usage error (exit 2)', async () => {
    const r = await tally(
      file('gb-roll.csv'),
      file('gb-ballots.csv'),
      ...WINDOW,
      '--parking',
      'registrable',
      '--encoding',
      'gbk',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  ${file('gb-roll.csv')}: CSV, GBK; header on line 1`);
    const bad = await tally(file('gb-roll.csv'), undefined, ...WINDOW, '--encoding', 'klingon');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'jiayuan: --encoding klingon: unknown encoding (e.g. utf-8, gb18030, big5)\n',
    );
  });
});

describe('the voting window', { timeout: 30_000 }, () => {
  writeCsv(file('roll.csv'), [
    ['房号', '楼栋', '业主', '面积'],
    ['1-101', '1号楼', '张伟', '100.00'],
    ['1-102', '1号楼', '李娜', '100.00'],
    ['1-103', '1号楼', '王芳', '100.00'],
  ]);
  writeCsv(file('dated.csv'), [
    ['选票编号', '房号', '投票人', '意见', '时间'],
    ['B1', '1-101', '张伟', '同意', '1970-01-01 08:00'],
    ['B2', '1-102', '李娜', '同意', '2099-12-31 23:59'],
    ['B3', '1-103', '王芳', '同意', '2026-05-02 10:00'],
  ]);

  it('is required for a binding count (exit 2)', async () => {
    const r = await tally(file('roll.csv'), file('dated.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'jiayuan: a binding count needs the voting window: --opens and --closes (Shanghai time; a date alone opens at 00:00 and closes at 24:00), or --settings vote.json; --provisional counts without one, not binding / 须给出投票起止时间\n',
    );
    const half = await tally(file('roll.csv'), file('dated.csv'), '--opens', '2026-05-01');
    expect(half.code).toBe(2);
    expect(half.stderr).toBe(
      'jiayuan: --opens and --closes go together: give both, or --settings FILE\n',
    );
  });

  it('ballots dated 1970 and 2099 are not counted, each named by line', async () => {
    const r = await tally(file('roll.csv'), file('dated.csv'), ...WINDOW);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(
      'Voting window: 2026-05-01T00:00:00+08:00 to 2026-05-11T00:00:00+08:00 (ballots outside it are not counted)',
    );
    expect(r.stdout).toContain('3 ballots received, 1 counted, 0 replaced by a revote, 2 refused');
    expect(r.stdout).toContain('Ballots not counted (2):');
    expect(r.stdout).toMatch(
      new RegExp(`${file('dated.csv')}:2 \\[at\\] .*1970-01-01T08:00:00\\+08:00`),
    );
    expect(r.stdout).toMatch(
      new RegExp(`${file('dated.csv')}:3 \\[at\\] .*2099-12-31T23:59:00\\+08:00`),
    );
  });

  it('closes at 24:00 of the last day: a ballot at that instant is late, one second before counts', async () => {
    writeCsv(file('edge.csv'), [
      ['选票编号', '房号', '投票人', '意见', '时间'],
      ['B1', '1-101', '张伟', '同意', '2026-05-10 23:59:59'],
      ['B2', '1-102', '李娜', '同意', '2026-05-11 00:00:00'],
      ['B3', '1-103', '王芳', '同意', '2026-05-01 00:00:00'],
    ]);
    const r = await tally(file('roll.csv'), file('edge.csv'), ...WINDOW);
    expect(r.stdout).toContain('3 ballots received, 2 counted, 0 replaced by a revote, 1 refused');
    expect(r.stdout).toMatch(new RegExp(`${file('edge.csv')}:3 \\[at\\]`));
    expect(r.code).toBe(0);
  });

  it('can come from a vote-settings file; a bad one names its field (exit 2)', async () => {
    writeFileSync(
      file('vote.json'),
      JSON.stringify({ opens: '2026-05-01', closes: '2026-05-10', matter: 'special' }),
    );
    const r = await tally(file('roll.csv'), file('dated.csv'), '--settings', file('vote.json'));
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('2 refused');
    expect(r.stdout).toContain('special');
    writeFileSync(
      file('bad-vote.json'),
      JSON.stringify({ opens: '2026-05-01', close: '2026-05-10' }),
    );
    const bad = await tally(
      file('roll.csv'),
      file('dated.csv'),
      '--settings',
      file('bad-vote.json'),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^jiayuan: --settings .*bad-vote\.json: closes: .*\n$/);
    // A file saved by a Windows editor starts with a byte-order mark: read as the same JSON.
    writeFileSync(
      file('bom-vote.json'),
      `\uFEFF${JSON.stringify({ opens: '2026-05-01', closes: '2026-05-10', matter: 'special' })}`,
    );
    const bom = await tally(
      file('roll.csv'),
      file('dated.csv'),
      '--settings',
      file('bom-vote.json'),
    );
    expect(bom.code).toBe(3);
    expect(bom.stdout).toContain('2 refused');
    // Not JSON at all: the option and the file are named, not a stack trace.
    writeFileSync(file('not-json.json'), "opens: '2026-05-01'");
    const notJson = await tally(
      file('roll.csv'),
      file('dated.csv'),
      '--settings',
      file('not-json.json'),
    );
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^jiayuan: --settings .*not-json\.json: .*JSON.*\n$/);
  });

  it('an impossible window is refused (exit 2)', async () => {
    const back = await tally(
      file('roll.csv'),
      file('dated.csv'),
      '--opens',
      '2026-05-10',
      '--closes',
      '2026-05-01 10:00',
    );
    expect(back.code).toBe(2);
    expect(back.stderr).toBe(
      'jiayuan: --opens/--closes: the window closes (2026-05-01T10:00:00+08:00) before it opens (2026-05-10T00:00:00+08:00)\n',
    );
    const feb = await tally(
      file('roll.csv'),
      file('dated.csv'),
      '--opens',
      '2026-02-30',
      '--closes',
      '2026-03-10',
    );
    expect(feb.code).toBe(2);
    expect(feb.stderr).toBe(
      'jiayuan: --opens/--closes opens: bad time "2026-02-30": 2026-02 has 28 days (e.g. 2026-05-02 10:00, Shanghai time, or ISO 8601) / 时间格式错误\n',
    );
  });

  it('--provisional counts without one and says it is not binding', async () => {
    const r = await tally(file('roll.csv'), file('dated.csv'), '--provisional');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'PROVISIONAL COUNT: no voting window was given; the result is not binding',
    );
    expect(r.stderr).toBe(
      'jiayuan: PROVISIONAL COUNT: no voting window was given; the result is not binding\n',
    );
  });
});

describe('bad values are bad input (exit 2) with line and field', { timeout: 30_000 }, () => {
  it('impossible dates', async () => {
    writeCsv(file('dates.csv'), [
      ['选票编号', '房号', '投票人', '意见', '时间'],
      ['B1', '1-101', '张伟', '同意', '2026-02-30 10:00'],
      ['B2', '1-102', '李娜', '同意', '2026-05-02 25:00'],
      ['B3', '1-103', '王芳', '同意', '2026-13-01'],
    ]);
    const r = await tally(file('roll.csv'), file('dates.csv'), ...WINDOW);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        '3 bad row(s):',
        `  ${file('dates.csv')}:2 [时间] bad time "2026-02-30 10:00": 2026-02 has 28 days (e.g. 2026-05-02 10:00, Shanghai time, or ISO 8601) / 时间格式错误`,
        `  ${file('dates.csv')}:3 [时间] bad time "2026-05-02 25:00": no such time of day (e.g. 2026-05-02 10:00, Shanghai time, or ISO 8601) / 时间格式错误`,
        `  ${file('dates.csv')}:4 [时间] bad time "2026-13-01": there is no month 13 (e.g. 2026-05-02 10:00, Shanghai time, or ISO 8601) / 时间格式错误`,
        '',
      ].join('\n'),
    );
  });

  it('choices and channels named like Object.prototype members', async () => {
    writeCsv(file('proto.csv'), [
      ['选票编号', '房号', '投票人', '意见', '方式', '时间'],
      ['B1', '1-101', '张伟', 'constructor', '书面', '2026-05-02 10:00'],
      ['B2', '1-102', '李娜', '__proto__', '书面', '2026-05-02 10:00'],
      ['B3', '1-103', '王芳', 'toString', '书面', '2026-05-02 10:00'],
      ['B4', '1-103', '王芳', '同意', 'constructor', '2026-05-02 10:00'],
      ['B5', '1-103', '王芳', '同意', 'hasOwnProperty', '2026-05-02 10:00'],
    ]);
    const r = await tally(file('roll.csv'), file('proto.csv'), ...WINDOW);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        '5 bad row(s):',
        `  ${file('proto.csv')}:2 [意见] unknown choice "constructor" (同意/反对/弃权/废票) / 未知意见`,
        `  ${file('proto.csv')}:3 [意见] unknown choice "__proto__" (同意/反对/弃权/废票) / 未知意见`,
        `  ${file('proto.csv')}:4 [意见] unknown choice "toString" (同意/反对/弃权/废票) / 未知意见`,
        `  ${file('proto.csv')}:5 [方式] unknown channel "constructor" (书面/现场/上门/电子) / 未知方式`,
        `  ${file('proto.csv')}:6 [方式] unknown channel "hasOwnProperty" (书面/现场/上门/电子) / 未知方式`,
        '',
      ].join('\n'),
    );
    expect(r.stderr).not.toContain('undefined');
  });

  it('a delivery status column holding occupancy words among delivery words names the row', async () => {
    writeCsv(file('mixed-status.csv'), [
      ['房号', '业主', '面积', '状态'],
      ['1-101', '张伟', '100.00', '已交付'],
      ['1-102', '李娜', '100.00', '出租'],
      ['1-103', '王芳', '100.00', '已交付'],
    ]);
    const r = await tally(file('mixed-status.csv'), file('dated.csv'), ...WINDOW);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `1 bad row(s):\n  ${file('mixed-status.csv')}:3 [状态] "出租" is occupancy, not delivery status (已交付/未售/已售未交付) / 这是居住状态\n`,
    );
  });
});
