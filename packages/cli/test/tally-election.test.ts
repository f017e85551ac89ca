// `jiayuan tally --items` with an election item (CC 278 ¶1 (三) 选举业主委员会), read from a GBK
// CSV, an XLSX workbook and the one-row-per-owner-item layout, and counted by the assembly's
// `tallySheets`: the printed count is the meeting's.
//
// CC 278 ¶2: "业主共同决定事项，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与
// 表决。…决定前款其他事项，应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。"
//
// Twelve owners of one unit each, 业主1 … 业主12 in 1-101 … 1-112 (m²): 80.00, 90.00, 100.00,
// 110.00, 120.00, 80.50, 95.25, 60.00, 130.00, 70.00, 88.88, 101.12 — 12 persons, 1,125.75 m².
// Item 1 公共收益预算 (ordinary); item 4 增补委员, two seats, candidates 王某, 李某, 张某.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tallySheets } from '@jiayuan/assembly';
import { formatArea, formatTally, national, parseRoll } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { writeCsv, writeXlsx } from './spreadsheets.js';
import { cli } from './support.js';

const AREAS = [8000, 9000, 10000, 11000, 12000, 8050, 9525, 6000, 13000, 7000, 8888, 10112];
const unit = (i: number) => `1-1${String(i + 1).padStart(2, '0')}`;
const owner = (i: number) => `业主${i + 1}`;
const ITEMS = [
  { id: '1', title: '公共收益预算' },
  { id: '4', title: '增补委员', election: { candidates: ['王某', '李某', '张某'], seats: 2 } },
];
const OPENS = '2026-05-01';
const CLOSES = '2026-05-10';

// Each owner's answers: item 1, then item 4's cell as written (every separator appears once).
// 业主10 leaves item 4 blank; 业主12 names three for two seats.
const ANSWERS: readonly (readonly [string, string])[] = [
  ['同意', '王某、李某'],
  ['同意', '王某；李某'],
  ['反对', '王某,张某'],
  ['同意', '李某，张某'],
  ['同意', '王某'],
  ['同意', '弃权'],
  ['同意', ' 李某 、 王某 '],
  ['弃权', '张某'],
  ['同意', '王某;李某'],
  ['同意', ''],
  ['同意', '废票'],
  ['同意', '王某、李某、张某'],
];

const dir = mkdtempSync(join(tmpdir(), 'jiayuan-election-'));
const file = (name: string) => join(dir, name);
const at = (i: number) => `2026-05-0${2 + (i % 5)} 10:${String(i).padStart(2, '0')}`;

function writeFixtures(answers = ANSWERS, items: unknown = ITEMS) {
  writeCsv(file('roll.csv'), [
    ['房号', '楼栋', '业主', '登记面积'],
    ...AREAS.map((a, i) => [unit(i), '1号楼', owner(i), formatArea(a)]),
  ]);
  writeFileSync(file('items.json'), JSON.stringify(items));
  const head = ['选票编号', '房号', '投票人', '方式', '时间'];
  const sheet = (i: number) => [`S${i + 1}`, unit(i), owner(i), '书面', at(i)];
  // The wide layout: one row per owner, one column per item (by its title).
  const wide = [
    [...head, '公共收益预算', '增补委员'],
    ...answers.map(([a, e], i) => [...sheet(i), a, e]),
  ];
  // CSV: a cell holding a half-width comma is quoted, as a spreadsheet program saves it.
  const quoted = wide.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)));
  writeCsv(file('wide-gbk.csv'), quoted, 'gb18030');
  // The long layout: one row per owner and item answered.
  const long = [
    [...head, '议题', '意见'],
    ...answers.flatMap(([a, e], i) => [
      [...sheet(i), '1', a],
      ...(e === '' ? [] : [[...sheet(i), '4', e]]),
    ]),
  ];
  writeCsv(
    file('long.csv'),
    long.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c))),
  );
  return { wide, long };
}

const tally = (ballots: string, extra: string[] = []) =>
  cli([
    'tally',
    '--roll',
    file('roll.csv'),
    '--ballots',
    ballots,
    '--items',
    file('items.json'),
    '--opens',
    OPENS,
    '--closes',
    CLOSES,
    '--lang',
    'en',
    ...extra,
  ]);

/** The printed count from item 1's heading on, file names and lines aside. */
const counted = (s: string) =>
  s.slice(s.indexOf('Item 1')).replace(/\S+\.(csv|xlsx):\d+/g, 'ballots:N');

/** `tallySheets` on the same roll, items and sheets, as the meeting would be given them. */
function direct(answers = ANSWERS) {
  const roll = parseRoll({
    complexId: 'tally',
    owners: AREAS.map((_, i) => ({ id: owner(i) })),
    units: AREAS.map((a, i) => ({
      id: unit(i),
      building: '1号楼',
      number: unit(i).slice(2),
      status: 'delivered',
      owners: [owner(i)],
      areas: { register: a },
    })),
  });
  const words = { 同意: 'agree', 反对: 'disagree', 弃权: 'abstain', 废票: 'spoilt' } as const;
  const names = (cell: string) =>
    cell in words
      ? words[cell as keyof typeof words]
      : {
          approve: cell
            .split(/[;；、,，]/)
            .map((n) => n.trim())
            .filter((n) => n !== ''),
        };
  const choice = { 同意: 'agree', 反对: 'disagree', 弃权: 'abstain' } as const;
  return tallySheets({
    items: [
      { id: '1', kind: 'other-major', title: '公共收益预算' },
      {
        id: '4',
        kind: 'elect-committee',
        title: '增补委员',
        election: {
          seats: 2,
          candidates: ['王某', '李某', '张某'].map((n) => ({ id: n, name: n })),
        },
      },
    ],
    roll,
    profile: national,
    sheets: answers.map(([a, e], i) => {
      const [d, h] = at(i).split(' ');
      return {
        id: `S${i + 1}`,
        unitId: unit(i),
        castBy: owner(i),
        channel: 'paper',
        at: `${d}T${h}:00+08:00`,
        answers: {
          '1': choice[a as keyof typeof choice],
          ...(e === '' ? {} : { '4': names(e) }),
        },
      };
    }),
    opensAt: '2026-05-01T00:00:00+08:00',
    closesAt: '2026-05-11T00:00:00+08:00',
    electronicAdopted: true,
  });
}

describe('jiayuan tally --items with an election item', { timeout: 120_000 }, () => {
  it('counts each candidate by heads and area over the item’s participation (checked by hand)', async () => {
    writeFixtures();
    const r = await tally(file('wide-gbk.csv'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('wide-gbk.csv: CSV, GB18030');
    expect(r.stdout).toContain(
      'Item 4: 增补委员 (election of 2 seat(s) (CC 278 ¶1 (三)), each candidate by the ordinary majority, all owners)',
    );
    // 业主12's sheet names three for two seats: the meeting refuses it whole (its item 1 answer
    // too); 业主10 leaves item 4 blank. Item 4's participation: 业主1–9 and 业主11 (废票 takes
    // part), 10 of 12 persons, 1,125.75 − 70.00 − 101.12 = 954.63 m² (both ≥ 2/3).
    expect(r.stdout).toMatch(
      /wide-gbk\.csv:13 \[too-many-candidates\] Item 4: the sheet chooses 3 candidates for 2 seats/,
    );
    expect(r.stdout).toContain(
      'owners taking part / all owners = 10/12 (83.33%), required at least 2/3: met',
    );
    expect(r.stdout).toContain('[954.63 / 1125.75 m²]');
    // 王某: 业主1, 2, 3, 5, 7, 9 — 6 of 10 persons, 80 + 90 + 100 + 120 + 95.25 + 130 = 615.25 m²
    // of 954.63 (64.4%): more than half of both — elected.
    expect(r.stdout).toContain('    王某\t6 persons, 615.25 m²\tmajority\telected');
    // 李某: 业主1, 2, 4, 7, 9 — 5 of 10 persons, exactly half: "过半数" is more than half, so
    // not elected, though 80 + 90 + 110 + 95.25 + 130 = 505.25 m² is 52.9% of the area.
    expect(r.stdout).toContain('    李某\t5 persons, 505.25 m²\tno majority\tnot elected');
    // 张某: 业主3, 4, 8 — 3 persons, 100 + 110 + 60 = 270.00 m².
    expect(r.stdout).toContain('    张某\t3 persons, 270.00 m²\tno majority\tnot elected');
    expect(r.stdout).toContain('  1 seat(s) left open: too few candidates had a majority');
    expect(r.stdout).toMatch(/ {2}4\t增补委员\telected: 王某 \(1\/2 seat\(s\)\)/);
    // Item 1: 11 take part (all but 业主12), 1,024.63 m²; 9 agree (not 业主3, 业主8),
    // 1,024.63 − 100.00 − 60.00 = 864.63 m²: passes.
    expect(r.stdout).toContain('area agreeing / area taking part = 86463/102463 (84.38%)');
    expect(r.stdout).toMatch(/ {2}1\t公共收益预算\tpassed/);
    // A seat left open: not every item is decided, exit 3.
    expect(r.code).toBe(3);
  });

  it('prints what tallySheets counts on the same sheets, item by item and candidate by candidate', async () => {
    writeFixtures();
    const r = await tally(file('wide-gbk.csv'));
    const d = direct();
    for (const item of d.results) expect(r.stdout).toContain(formatTally(item.result, 'en'));
    const e = d.results[1]!.election!;
    for (const c of e.candidates) {
      const agree = c.result.counts.agree;
      expect(r.stdout).toContain(
        `    ${c.name}\t${agree.headcount} persons, ${formatArea(agree.area)} m²\t${c.result.passed ? 'majority' : 'no majority'}\t${e.elected.includes(c.candidateId) ? 'elected' : 'not elected'}`,
      );
    }
    expect(d.refused.map((x) => [x.sheetId, x.code])).toEqual([['S12', 'too-many-candidates']]);
    expect(r.stdout).toContain(`Sheets not counted (${d.refused.length};`);
  });

  it('reads the same count from an XLSX workbook and from one row per owner and item', async () => {
    const { wide, long } = writeFixtures();
    await writeXlsx(file('wide.xlsx'), wide, '表决票');
    await writeXlsx(file('long.xlsx'), long, '表决票');
    const gbk = counted((await tally(file('wide-gbk.csv'))).stdout);
    for (const name of ['wide.xlsx', 'long.xlsx', 'long.csv']) {
      const r = await tally(file(name));
      expect(r.stderr).toBe('');
      expect(counted(r.stdout)).toBe(gbk);
    }
  });

  it('takes exactly as many names as seats, and refuses one more, an unknown name or one named twice', async () => {
    const cases = [
      ['王某、李某', null],
      ['王某、李某、张某', 'too-many-candidates'],
      ['王某、赵某', 'unknown-candidate'],
      ['王某；王某', 'candidate-twice'],
      ['同意', 'answer-mismatch'],
    ] as const;
    for (const [cell, code] of cases) {
      const answers = ANSWERS.map((a, i) => (i === 0 ? (['同意', cell] as const) : a));
      writeFixtures(answers);
      const r = await tally(file('wide-gbk.csv'));
      expect(r.stderr).toBe('');
      const refused = direct(answers).refused.map((x) => x.code);
      if (code === null) {
        expect(r.stdout).not.toMatch(/wide-gbk\.csv:2 /);
        expect(refused).toEqual(['too-many-candidates']);
      } else {
        // The sheet of line 2 (业主1) is refused whole, with the meeting's code.
        expect(r.stdout).toMatch(new RegExp(`wide-gbk\\.csv:2 \\[${code}\\] Item 4`));
        expect(refused[0]).toBe(code);
      }
    }
  });

  it('leaves a seat open when the candidates for it tie on area and heads, as the machine does', async () => {
    // Seven owners of 100.00 m² each, two seats: {王某, 李某} ×2, {王某, 张某} ×2, {李某, 张某} ×2,
    // {王某} ×1. 王某 5/7, 李某 4/7 and 张某 4/7 all pass; 李某 and 张某 tie on 400.00 m² and 4
    // persons for the second seat: no lot is drawn (core's fillSeats), it stays open.
    const seven = [
      '王某、李某',
      '王某、李某',
      '王某、张某',
      '王某、张某',
      '李某、张某',
      '李某、张某',
      '王某',
    ];
    const answers = seven.map((e) => ['同意', e] as const);
    const saved = [...AREAS];
    AREAS.splice(0, AREAS.length, ...seven.map(() => 10_000));
    try {
      writeFixtures(answers);
      const r = await tally(file('wide-gbk.csv'));
      expect(r.stdout).toContain('    李某\t4 persons, 400.00 m²\tmajority\tnot elected');
      expect(r.stdout).toContain('    张某\t4 persons, 400.00 m²\tmajority\tnot elected');
      expect(r.stdout).toContain(
        '  1 seat(s) left open: candidates tied on agreeing area and persons',
      );
      expect(direct(answers).results[1]!.election!.elected).toEqual(['王某']);
      expect(r.code).toBe(3);
    } finally {
      AREAS.splice(0, AREAS.length, ...saved);
    }
  });

  it('refuses an unsound election item with the assembly’s code, in both languages', async () => {
    writeFixtures(ANSWERS, [
      { id: '4', title: '增补委员', election: { candidates: ['王某'], seats: 2 } },
    ]);
    const en = await tally(file('wide-gbk.csv'));
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('[election-seats-exceed-candidates] Election item 4 has 2 seats');
    const zh = await tally(file('wide-gbk.csv'), ['--lang', 'zh']);
    expect(zh.stderr).toContain('[election-seats-exceed-candidates]');
    expect(zh.stderr).not.toContain('Election item');
    writeFixtures(ANSWERS, [
      {
        id: '4',
        title: '增补委员',
        matter: 'special',
        election: { candidates: ['王某'], seats: 1 },
      },
    ]);
    expect((await tally(file('wide-gbk.csv'))).stderr).toContain('[item-matter-kind]');
    writeFixtures(ANSWERS, [
      {
        id: '4',
        title: '增补委员',
        election: {
          candidates: [
            { id: 'a', name: '王某' },
            { id: 'b', name: '王某' },
          ],
          seats: 1,
        },
      },
    ]);
    expect((await tally(file('wide-gbk.csv'))).stderr).toContain('[election-duplicate-name]');
  });

  it('counts the same without a window when --provisional, and says it is not binding', async () => {
    writeFixtures();
    const bound = await tally(file('wide-gbk.csv'));
    const r = await cli([
      'tally',
      '--roll',
      file('roll.csv'),
      '--ballots',
      file('wide-gbk.csv'),
      '--items',
      file('items.json'),
      '--provisional',
      '--lang',
      'en',
    ]);
    expect(r.stderr).toContain('PROVISIONAL COUNT');
    expect(counted(r.stdout)).toBe(counted(bound.stdout));
  });
});
