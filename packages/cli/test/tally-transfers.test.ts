// `jiayuan tally --items --transfers`: a change of ownership during the voting window counted as
// the assembly meeting counts it (the assembly's `tallySheets`; national profile:
// `voting.transferDuringWindow` = old-ballot-stands).
//
// CC 214: "不动产物权的设立、变更、转让和消灭，依照法律规定应当登记的，自记载于不动产登记簿时发生效力。"
// CC 273 ¶2: "业主转让建筑物内的住宅、经营性用房，其对共有部分享有的共有和共同管理的权利一并转让。"
// CC 278 ¶2: "…决定前款其他事项，应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。"
//
// Four owners, 业主1 … 业主4 in 1-101 … 1-104, 100.00 m² each; one ordinary item. 1-101 passes
// from 业主1 to 新业主 on 2026-05-03 at 09:00:00.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TallyTransfer, tallySheets } from '@jiayuan/assembly';
import { formatTally, national, parseRoll } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { writeCsv, writeXlsx } from './spreadsheets.js';
import { cli } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'jiayuan-transfers-'));
const file = (name: string) => join(dir, name);
const OWNERS = ['业主1', '业主2', '业主3', '业主4'];
const unit = (i: number) => `1-10${i + 1}`;
writeCsv(file('roll.csv'), [
  ['房号', '楼栋', '业主', '登记面积'],
  ...OWNERS.map((o, i) => [unit(i), '1号楼', o, '100.00']),
]);
writeFileSync(file('items.json'), JSON.stringify([{ id: '1', title: '公共收益预算' }]));

/** Sheet rows: id, unit, voter, time, answer (and when received). */
type Row = readonly [string, string, string, string, string, string?];
const OTHERS: Row[] = [
  ['S2', '1-102', '业主2', '2026-05-02 10:00:00', '同意'],
  ['S3', '1-103', '业主3', '2026-05-02 11:00:00', '同意'],
  ['S4', '1-104', '业主4', '2026-05-02 12:00:00', '反对'],
];

function writeBallots(name: string, rows: readonly Row[]) {
  const received = rows.some((r) => r[5] !== undefined);
  writeCsv(
    file(name),
    [
      [
        '选票编号',
        '房号',
        '投票人',
        '方式',
        '时间',
        '公共收益预算',
        ...(received ? ['收到时间'] : []),
      ],
      ...rows.map(([id, u, who, at, answer, got]) => [
        id,
        u,
        who,
        '书面',
        at,
        answer,
        ...(received ? [got ?? ''] : []),
      ]),
    ],
    'gb18030',
  );
  return file(name);
}

const tally = (ballots: string, transfers: string, extra: string[] = []) =>
  cli([
    'tally',
    '--roll',
    file('roll.csv'),
    '--ballots',
    ballots,
    '--items',
    file('items.json'),
    '--transfers',
    transfers,
    '--opens',
    '2026-05-01',
    '--closes',
    '2026-05-10',
    '--lang',
    'en',
    ...extra,
  ]);

const iso = (wall: string) => `${wall.replace(' ', 'T')}+08:00`;

/** `tallySheets` on the same roll, sheets (in time order) and transfers. */
function direct(rows: readonly Row[], transfers: readonly TallyTransfer[]) {
  const sorted = [...rows].sort((a, b) => (a[5] ?? a[3]).localeCompare(b[5] ?? b[3]));
  return tallySheets({
    items: [{ id: '1', kind: 'other-major', title: '公共收益预算' }],
    roll: parseRoll({
      complexId: 'tally',
      owners: OWNERS.map((id) => ({ id })),
      units: OWNERS.map((o, i) => ({
        id: unit(i),
        building: '1号楼',
        number: unit(i).slice(2),
        status: 'delivered',
        owners: [o],
        areas: { register: 10_000 },
      })),
    }),
    profile: national,
    sheets: sorted.map(([id, u, who, at, answer]) => ({
      id,
      unitId: u,
      castBy: who,
      channel: 'paper',
      at: iso(at),
      answers: { '1': answer === '同意' ? 'agree' : 'disagree' },
    })),
    receivedAt: Object.fromEntries(
      sorted.flatMap((r) => (r[5] === undefined ? [] : [[r[0], iso(r[5])]])),
    ),
    transfers,
    opensAt: '2026-05-01T00:00:00+08:00',
    closesAt: '2026-05-11T00:00:00+08:00',
    electronicAdopted: true,
  });
}

describe('jiayuan tally --transfers', { timeout: 120_000 }, () => {
  it('the old owner’s sheet of 08:59:59 stands, the one of 09:00:00 is the new owner’s to give (equal to tallySheets)', async () => {
    // Registered and recorded at 09:00:00 (no 登记时间 column: the register's instant is the one
    // recorded). The old owner 业主1 disagrees; the new owner agrees at 10:00.
    writeCsv(file('transfers.csv'), [
      ['房号', '新业主', '记录时间'],
      ['1-101', '新业主', '2026-05-03 09:00:00'],
    ]);
    const transfer: TallyTransfer = {
      unitId: '1-101',
      from: ['业主1'],
      to: ['新业主'],
      registeredAt: iso('2026-05-03 09:00:00'),
      recordedAt: iso('2026-05-03 09:00:00'),
    };
    for (const [old, stands] of [
      ['2026-05-03 08:59:59', true],
      ['2026-05-03 09:00:00', false],
    ] as const) {
      const rows: Row[] = [
        ...OTHERS,
        ['S1', '1-101', '业主1', old, '反对'],
        ['S5', '1-101', '新业主', '2026-05-03 10:00:00', '同意'],
      ];
      const r = await tally(writeBallots('ballots.csv', rows), file('transfers.csv'));
      expect(r.stderr).toBe('');
      const d = direct(rows, [transfer]);
      expect(r.stdout).toContain(formatTally(d.results[0]!.result, 'en'));
      expect(r.stdout).toContain(`Changes of ownership (${file('transfers.csv')}): 1, 0 refused`);
      if (stands) {
        // 业主1 answered one second before the registration: the answer stands (CC 214) and
        // the new owner's sheet is refused. Agree 业主2, 业主3: 2 of 4 persons, 200.00 of
        // 400.00 m² — exactly half, not "过半数": not passed.
        expect(d.refused.map((x) => [x.sheetId, x.code])).toEqual([
          ['S5', 'unit-voted-before-transfer'],
        ]);
        expect(r.stdout).toMatch(/ballots\.csv:6 \[unit-voted-before-transfer\]/);
        expect(r.stdout).toContain("the old owner's answer before it stands on item(s) 1");
        expect(r.stdout).toContain(
          'owners agreeing / owners taking part = 2/4 (50.00%), required more than 1/2: NOT met',
        );
        expect(r.code).toBe(3);
      } else {
        // At the registration's instant the unit is the new owner's: 业主1's sheet is refused,
        // 新业主 agrees with 业主2 and 业主3: 3 of 4 persons, 300.00 of 400.00 m²: passed.
        expect(d.refused.map((x) => [x.sheetId, x.code])).toEqual([['S1', 'unit-transferred']]);
        expect(r.stdout).toMatch(/ballots\.csv:5 \[unit-transferred\]/);
        expect(r.stdout).toContain(
          'owners agreeing / owners taking part = 3/4 (75.00%), required more than 1/2: met',
        );
        expect(r.code).toBe(0);
      }
    }
  });

  it('a paper sheet received at 08:59:59 is counted and then taken out; received at 09:00:00 it is refused', async () => {
    // Registered at 08:00, recorded at 09:00 (an XLSX with 原业主 and 登记时间). 业主1's sheet is
    // dated 08:30 — after the registration, so it was never theirs to give — and handed in late.
    await writeXlsx(
      file('transfers.xlsx'),
      [
        ['房号', '原业主', '新业主', '登记时间', '记录时间'],
        ['1-101', '业主1', '新业主', '2026-05-03 08:00:00', '2026-05-03 09:00:00'],
      ],
      '产权变更',
    );
    const transfer: TallyTransfer = {
      unitId: '1-101',
      from: ['业主1'],
      to: ['新业主'],
      registeredAt: iso('2026-05-03 08:00:00'),
      recordedAt: iso('2026-05-03 09:00:00'),
    };
    for (const [received, voided] of [
      ['2026-05-03 08:59:59', true],
      ['2026-05-03 09:00:00', false],
    ] as const) {
      const rows: Row[] = [
        ...OTHERS,
        ['S1', '1-101', '业主1', '2026-05-03 08:30:00', '反对', received],
      ];
      const r = await tally(writeBallots('late.csv', rows), file('transfers.xlsx'));
      expect(r.stderr).toBe('');
      const d = direct(rows, [transfer]);
      expect(r.stdout).toContain(formatTally(d.results[0]!.result, 'en'));
      // Either way 业主1's answer is not counted: agree 2 of the 3 taking part.
      expect(r.stdout).toContain('owners agreeing / owners taking part = 2/3 (66.66%)');
      if (voided) {
        // Received before the transfer was recorded: accepted, then taken out by it.
        expect(d.voided.map((v) => [v.sheetId, v.reason])).toEqual([['S1', 'unit-transferred']]);
        expect(r.stdout).toContain(
          'line 5 (S1): its answer to item 1 taken out by the transfer of 1-101 [unit-transferred]',
        );
        expect(r.stdout).not.toContain('Sheets not counted');
      } else {
        expect(d.refused.map((x) => [x.sheetId, x.code])).toEqual([['S1', 'unit-transferred']]);
        expect(r.stdout).toMatch(/late\.csv:5 \[unit-transferred\]/);
      }
    }
  });

  it('lists the transfers the meeting would refuse, with its codes, in both languages', async () => {
    writeCsv(
      file('refused.csv'),
      [
        ['房号', '原业主', '新业主', '记录时间', '登记时间'],
        // Not the owner of record (CC 214: a transfer starts from the register as it stands).
        ['1-102', '别人', '新业主2', '2026-05-03 09:00', ''],
        // Not on the roll.
        ['9-999', '某人', '新业主3', '2026-05-03 09:00', ''],
        // Registered after the window closed: changes nothing in this vote.
        ['1-103', '业主3', '新业主4', '2026-05-12 09:00', '2026-05-11 09:00'],
      ],
      'gb18030',
    );
    const ballots = writeBallots('plain.csv', OTHERS);
    const r = await tally(ballots, file('refused.csv'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /refused\.csv:2 \[transfer-from-register\] The owners of record of unit 1-102 are 业主2/,
    );
    expect(r.stdout).toMatch(
      /refused\.csv:3 \[transfer-unit\] Unit 9-999 is not on the meeting's roll/,
    );
    expect(r.stdout).toMatch(/refused\.csv:4 \[transfer-registered\] The voting window closed/);
    const zh = await tally(ballots, file('refused.csv'), ['--lang', 'zh']);
    expect(zh.stdout).toMatch(/refused\.csv:2 \[transfer-from-register\] .*业主2/);
    expect(zh.stdout).not.toContain('The owners of record');
  });

  it('refuses a bad transfers row with its code, and --transfers without --items', async () => {
    writeCsv(file('bad.csv'), [
      ['房号', '新业主', '记录时间'],
      ['1-101', '', '2026-05-03 09:00'],
      ['1-102', '新业主', '2026-02-30 09:00'],
    ]);
    const r = await tally(writeBallots('plain.csv', OTHERS), file('bad.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.csv:2 \[新业主\] \[transfer-row-owner\] missing new owner/);
    expect(r.stderr).toMatch(
      /bad\.csv:3 \[记录时间\] \[transfer-row-time\] bad time "2026-02-30 09:00"/,
    );
    const alone = await cli([
      'tally',
      '--roll',
      file('roll.csv'),
      '--ballots',
      file('plain.csv'),
      '--transfers',
      file('bad.csv'),
      '--provisional',
    ]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--transfers goes with --items');
  });
});
