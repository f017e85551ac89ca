// Hostile input, part 2: XLSX. Workbooks generated here — dates in a date format, Excel's float
// artefacts, zip bombs that tell and that lie about their size, floods of shared strings, a cell
// longer than Excel allows, too many rows — each with its exact exit code and message. The time and
// memory of refusing a bomb and of reading 200k rows are measured in bench/spreadsheets.bench.ts;
// here the 200k-row tally runs once in a child process and its peak memory is checked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_LIMITS } from '../src/input/limits.js';
import { readXlsx, serialToWallTime } from '../src/input/xlsx.js';
import {
  excelSerial,
  writeCsv,
  writeDeclaredBomb,
  writeLongCell,
  writeLyingBomb,
  writeManyRows,
  writeSharedStringsFlood,
  writeXlsx,
  writeXlsxRows,
} from './spreadsheets.js';
import { BIN, cli, ensureBuilt } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'jiayuan-hostile-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => join(dir, name);
const WINDOW = ['--opens', '2026-05-01', '--closes', '2026-05-10'];

const ROLL_HEADER = ['房号', '楼栋', '业主', '面积'];
beforeAll(async () => {
  await writeXlsx(file('roll.xlsx'), [
    ROLL_HEADER,
    ['1-101', '1号楼', '张伟', 100],
    ['1-102', '1号楼', '李娜', 100],
    ['1-103', '1号楼', '王芳', 100],
  ]);
  writeCsv(file('ballots.csv'), [
    ['房号', '投票人', '意见', '时间'],
    ['1-101', '张伟', '同意', '2026-05-02 10:00'],
  ]);
});

const tally = (roll: string, ballots: string, ...extra: string[]) =>
  cli(['tally', '--roll', roll, '--ballots', ballots, ...extra]);

describe('XLSX cells', { timeout: 30_000 }, () => {
  it('reads a date cell as Shanghai wall time: a 10:00 ballot loses to a 12:00 revote', async () => {
    // 张伟 votes 同意 at 10:00 (a date cell), then 反对 at 12:00 (text). Read as UTC, the 10:00
    // ballot became 18:00 and beat the revote.
    await writeXlsx(file('revote.xlsx'), [
      ['选票编号', '房号', '投票人', '意见', '时间'],
      ['B1', '1-101', '张伟', '同意', { date: '2026-05-02 10:00' }],
      ['B2', '1-101', '张伟', '反对', '2026-05-02 12:00'],
      ['B3', '1-102', '李娜', '反对', { date: '2026-05-03 09:30' }],
      ['B4', '1-103', '王芳', '同意', { date: '2026-05-03 00:00' }],
    ]);
    const r = await tally(file('roll.xlsx'), file('revote.xlsx'), ...WINDOW);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      `  ${file('revote.xlsx')}: XLSX, sheet 名册; header on line 1, 4 row(s)`,
    );
    expect(r.stdout).toContain('4 ballots received, 3 counted, 1 replaced by a revote, 0 refused');
    expect(r.stdout).toContain('agree: 1 owners, 100.00 m²');
    expect(r.stdout).toContain('disagree: 2 owners, 200.00 m²');
    expect(r.code).toBe(3);
  });

  it('turns serials into wall time to the second, whatever the machine’s zone', () => {
    expect(serialToWallTime(excelSerial('2026-05-02 10:00'))).toBe('2026-05-02 10:00:00');
    expect(serialToWallTime(46144.416666666664)).toBe('2026-05-02 10:00:00');
    expect(serialToWallTime(46144)).toBe('2026-05-02');
    expect(serialToWallTime(46144 - 1462, true)).toBe('2026-05-02');
    expect(serialToWallTime(-1)).toBeUndefined();
  });

  it('accepts Excel’s float artefacts within 1e-9 of 0.01 m², refuses 89.571 (exit 2)', async () => {
    await writeXlsx(file('floats.xlsx'), [
      ROLL_HEADER,
      ['1-101', '1号楼', '张伟', { digits: '89.570000000000007' }],
      ['1-102', '1号楼', '李娜', { digits: '89.569999999999993' }],
      ['1-103', '1号楼', '王芳', { digits: '100.86' }],
    ]);
    const ok = await tally(file('floats.xlsx'), file('ballots.csv'), ...WINDOW);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('Roll: 3 units, 3 persons, 280.00 m²');
    await writeXlsx(file('floats-bad.xlsx'), [
      ROLL_HEADER,
      ['1-101', '1号楼', '张伟', { digits: '89.571' }],
      ['1-102', '1号楼', '李娜', { digits: '89.5700001' }],
      ['1-103', '1号楼', '王芳', { digits: '-89.57' }],
    ]);
    const bad = await tally(file('floats-bad.xlsx'), file('ballots.csv'), ...WINDOW);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      [
        '3 bad row(s):',
        `  ${file('floats-bad.xlsx')}:2 [面积] invalid area "89.571": more than two decimals (0.01 m²) / 面积最多两位小数`,
        `  ${file('floats-bad.xlsx')}:3 [面积] invalid area "89.5700001": more than two decimals (0.01 m²) / 面积最多两位小数`,
        `  ${file('floats-bad.xlsx')}:4 [面积] invalid area "-89.57": expected square metres with at most two decimals, e.g. "89.57"`,
        '',
      ].join('\n'),
    );
  });

  it('reads a sparse sheet with a cell at XFD1048576 without building the empty grid', async () => {
    // The units in rows 1–4, then one stray cell in Excel's last row and column.
    await writeXlsx(
      file('sparse.xlsx'),
      [ROLL_HEADER, ['1-101', '1号楼', '张伟', 100], ['1-102', '1号楼', '李娜', 100]],
      '名册',
      '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>',
    );
    const sheet = await readXlsx(file('sparse.xlsx'));
    expect(sheet.rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(sheet.rows.every((r) => r.values.length <= ROLL_HEADER.length)).toBe(true);
    const r = await tally(file('sparse.xlsx'), file('ballots.csv'), ...WINDOW);
    expect(r.stdout).toContain('Roll: 2 units, 2 persons, 200.00 m²');
  });
});

describe('XLSX limits: refused before they cost the machine', { timeout: 60_000 }, () => {
  it('a zip bomb that declares 1 GB of shared strings is refused unread (exit 2)', async () => {
    writeDeclaredBomb(file('bomb.xlsx'));
    const r = await tally(file('bomb.xlsx'), file('ballots.csv'), ...WINDOW);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `jiayuan: ${file('bomb.xlsx')}: xl/sharedStrings.xml would unpack to 1.0 GB (limit 64 MB): refused unread — a zip bomb, or not a sheet a committee keeps\n`,
    );
  });

  it('a zip bomb that lies about its size is stopped at the size it declares (exit 2)', async () => {
    writeLyingBomb(file('lying.xlsx'));
    const r = await tally(file('lying.xlsx'), file('ballots.csv'), ...WINDOW);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `jiayuan: ${file('lying.xlsx')}: xl/sharedStrings.xml unpacks to more than the 2.0 KB its archive declares: refused — a damaged file or a zip bomb\n`,
    );
  });

  it('more than a million shared strings are refused (exit 2)', async () => {
    writeSharedStringsFlood(file('flood.xlsx'));
    const r = await tally(file('flood.xlsx'), file('ballots.csv'), ...WINDOW);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `jiayuan: ${file('flood.xlsx')}: more than 1,000,000 shared strings: refused — a zip bomb, or not a sheet a committee keeps\n`,
    );
  });

  it('a cell longer than Excel allows is refused, and so is a run of text with no markup (exit 2)', async () => {
    writeLongCell(file('long.xlsx'), 40_000);
    const r = await tally(file('long.xlsx'), file('ballots.csv'), ...WINDOW);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `jiayuan: ${file('long.xlsx')}: a shared string of more than 32,767 characters (Excel's own limit)\n`,
    );
    writeLongCell(file('longer.xlsx'), 5_000_000);
    const run = await tally(file('longer.xlsx'), file('ballots.csv'), ...WINDOW);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `jiayuan: ${file('longer.xlsx')}: xl/sharedStrings.xml holds a text or tag of more than 262,136 characters (a cell holds at most 32,767)\n`,
    );
  });

  it('more rows than the limit are refused (exit 2)', async () => {
    writeManyRows(file('many.xlsx'), READ_LIMITS.rows + 1_000);
    const r = await tally(file('many.xlsx'), file('ballots.csv'), ...WINDOW);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `jiayuan: ${file('many.xlsx')}: more than 250,000 rows under the header (limit 250,000): refused\n`,
    );
  });

  it('an .xls or encrypted workbook, and a file that only says .xlsx, are refused (exit 2)', async () => {
    writeFileSync(file('old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const xls = await tally(file('old.xls'), file('ballots.csv'), ...WINDOW);
    expect(xls.code).toBe(2);
    expect(xls.stderr).toBe(
      `jiayuan: ${file('old.xls')}: an old .xls workbook or an encrypted one: save it as .xlsx (without a password) or as CSV UTF-8\n`,
    );
    writeFileSync(file('fake.xlsx'), '房号,业主,面积\n');
    const fake = await tally(file('fake.xlsx'), file('ballots.csv'), ...WINDOW);
    expect(fake.code).toBe(2);
    expect(fake.stderr).toBe(
      `jiayuan: ${file('fake.xlsx')}: not an XLSX workbook (no zip archive inside)\n`,
    );
    writeFileSync(file('cut.xlsx'), Buffer.from('PK\u0003\u0004 truncated'));
    const cut = await tally(file('cut.xlsx'), file('ballots.csv'), ...WINDOW);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/^jiayuan: .*cut\.xlsx: not a readable XLSX \(zip\) file: .+\n$/);
  });
});

describe('a 200,000-row sheet', () => {
  const ROWS = 200_000;
  beforeAll(async () => {
    // Units in 400 buildings of 500; every 10th co-owned; areas as Excel stores them.
    await writeXlsxRows(file('big-roll.xlsx'), ROWS + 1, (i) =>
      i === 0
        ? ['序号', '房间号', '姓名', '面积', '联系电话', '房屋状态']
        : [
            i,
            `${String(Math.ceil(i / 500)).padStart(3, '0')}-01-${String(i).padStart(6, '0')}`,
            i % 10 === 0 ? `业主${i}/共有人${i}` : `业主${i}`,
            { digits: i % 3 === 0 ? '89.570000000000007' : '100.5' },
            '13800000000',
            i % 2 === 0 ? '自住' : '出租',
          ],
    );
    writeCsv(file('big-ballots.csv'), [
      ['房号', '投票人', '意见', '时间'],
      ...Array.from({ length: 1_000 }, (_, k) => {
        const i = k + 1;
        return [
          `${String(Math.ceil(i / 500)).padStart(3, '0')}-01-${String(i).padStart(6, '0')}`,
          `业主${i}`,
          '同意',
          '2026-05-02 10:00',
        ];
      }),
    ]);
    ensureBuilt();
  }, 300_000);

  it('is counted by the built command within 500 MB', { timeout: 300_000 }, () => {
    const script = `const { run } = await import(${JSON.stringify(BIN.replace(/bin\.js$/, 'index.js'))});
let lines = 0; const out = []; const err = [];
const code = await run(process.argv.slice(1), { out: (l) => { lines++; if (out.length < 40) out.push(l); }, err: (l) => err.push(l), env: { LANG: 'en' } });
console.log(JSON.stringify({ code, out, err, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        script,
        'tally',
        '--roll',
        file('big-roll.xlsx'),
        '--ballots',
        file('big-ballots.csv'),
        ...WINDOW,
      ],
      { encoding: 'utf8', timeout: 280_000 },
    );
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout) as {
      code: number;
      out: string[];
      err: string[];
      maxRssMb: number;
    };
    expect(result.err).toEqual([]);
    expect(result.out).toContain(
      `  ${file('big-roll.xlsx')}: XLSX, sheet 名册; header on line 1, 200,000 row(s)`,
    );
    // 20,000 co-owned units are one person each, like the rest: 200,000 persons.
    console.log(`200k-row tally: peak RSS ${result.maxRssMb.toFixed(0)} MB`);
    expect(result.out).toContain('Roll: 200000 units, 200000 persons, 19371340.62 m²');
    expect(result.code).toBe(3);
    expect(result.maxRssMb).toBeLessThan(500);
  });
});
