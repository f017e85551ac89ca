// The demo end to end through the real binary, then status, due and send on its database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMUNITY_MACHINES } from '@jiayuan/community';
import { createHost, openSqliteStore } from '@jiayuan/host';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, jiayuan } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'jiayuan-demo-test-'));
const db = join(dir, 'demo.db');
let demo: ReturnType<typeof jiayuan>;

beforeAll(() => {
  ensureBuilt();
  demo = jiayuan(['demo', '--seed', '7', '--db', db, '--quiet', '--lang', 'en']);
  // Building every package first (when run alone) took over 180 s on the loaded 2-core machine.
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HIRING = 'jy-demo/hiring/firm-hiring#1';
const COVERAGE = 'jy-demo/coverage/coverage:committee#1';
const CALENDAR = 'jy-demo/disclosure/disclosure#1';
const EMERGENCY = 'jy-demo/fund-emergency/fund-emergency:lift-3-1#1';

describe('jiayuan demo --seed 7', () => {
  it('runs to the end and says where the database is', () => {
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain(`Database: ${db}`);
    expect(demo.stdout).toContain(`jiayuan status --db ${db}`);
    expect(demo.stdout).toContain(`jiayuan due --db ${db}`);
    expect(demo.stdout).toMatch(/Done in \d+\.\d s/);
  });

  it('names the articles of its steps', () => {
    for (const article of [
      'Civil Code art. 278(2)',
      'Shanghai Residential Property Regulation art. 16(2)',
      'Civil Code art. 946',
      'Civil Code art. 949',
      "Jing'an Gov. [2021] No. 11 sec. 2(2)",
    ])
      expect(demo.stdout).toContain(article);
  });

  it('prints the passed tallies with their explanations', () => {
    // Five of seven candidates, the dismissal, the plan, the firm and the assembly's three matter
    // items: eleven passed votes (the election item prints its candidates instead).
    expect(demo.stdout.match(/^\s+PASSED$/gm)?.length).toBe(11);
    expect(demo.stdout).toContain('owners taking part / all owners');
    expect(demo.stdout).toContain('required more than 1/2: met');
    expect(demo.stdout).toContain('party coverage starts');
  });

  it("holds an assembly with four items on one ballot, the lift decided by 1号楼's owners (SH 69)", () => {
    expect(demo.stdout).toContain("The owners' assembly: four items on one ballot");
    for (const title of [
      '修改管理规约（停车管理条款）',
      '2027年度公共收益使用预算',
      '1号楼电梯更新使用专项维修资金',
      '增补两名候补委员',
    ])
      expect(demo.stdout).toContain(title);
    expect(demo.stdout).toContain('owners of the part "1号楼"');
    // SH 73 ¶3: the committee does not approve within 7 days; the district repairs instead.
    expect(demo.stdout).toContain('The 7-day review lapses without the committee’s approval');
    expect(demo.stdout).toContain('the district housing department has the lift repaired');
    // SH 33 files the amended statute within 30 days; SH 34: "乡、镇人民政府或者街道办事处受理业主委员会
    // 备案后，应当在二十日内完成备案手续，并将备案资料抄送区房屋行政管理部门。"
    expect(demo.stdout).toContain(
      'The committee files the statute amendment with the street office',
    );
    expect(demo.stdout).toContain(
      'The street office completes the filing and copies it to the district housing department',
    );
    // Under Shanghai's profile no step names a Beijing article as its basis.
    expect(demo.stdout).not.toContain('Beijing Property Management Regulation');
  });

  it('records the repair’s drawing on the disclosure calendar, and the half-year’s fund accounts list it (SH 66 ¶2)', () => {
    // SH 66 ¶2: "业主委员会和受委托的物业服务企业应当至少每半年公布一次专项维修资金的收支情况，每季度公布一次
    // 公共收益的收支情况，并接受业主的监督。" The calendar starts 2027-04-02: the first half's
    // accounts fall due by 24:00 of 2027-06-30; the drawing of 2027-05-20 waits for them.
    const lines = demo.stdout.split('\n');
    const drawn = lines.findIndex((l) => l.startsWith('2027-05-20 10:00  The costs, ¥234,200.00'));
    expect(drawn).toBeGreaterThan(0);
    expect(lines.slice(drawn + 2, drawn + 4)).toEqual([
      `                  ↳ The drawing of ¥234,200.00 from the maintenance fund (${EMERGENCY}) is recorded, to be listed on the next posting of the fund's accounts. (${CALENDAR})`,
      '                    Basis: Shanghai Residential Property Regulation art. 66(2)',
    ]);
    expect(demo.stdout).not.toContain('is not recorded');
    expect(demo.stdout).toContain(
      '                  maintenance fund accounts (maintenance-fund#1): due by 24:00 of 2027-06-30',
    );
    const posted = lines.findIndex((l) =>
      l.startsWith('2027-06-28 10:00  The committee posts the maintenance fund’s accounts'),
    );
    expect(posted).toBeGreaterThan(drawn);
    expect(lines.slice(posted + 1, posted + 3)).toEqual([
      '                  Basis: Shanghai Residential Property Regulation art. 66(2)',
      `                  Lists the drawing ${EMERGENCY}: ¥234,200.00, drawn 2027-05-20 (审价报告 2027-0412)`,
    ]);
    // What stays open is printed with its due date: the annual audit falls due on 06-30.
    expect(demo.stdout).toContain(
      '                    annual audit results (annual-audit#1): due by 24:00 of 2027-06-30',
    );
  });

  it('elects two substitutes of three, each counted on the item’s own participation (CC 278 ¶2)', () => {
    // CC 278 ¶2: "决定前款其他事项，应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。"
    // Checked by hand from the printed totals. 877 sheets answer the item: 107,296.65 m²; half is
    // 438.5 persons and 53,648.325 m².
    // - 陈志强 609 > 438.5 and 79,167.90 > 53,648.33: passes. 刘秀英 622 and 79,626.37: passes.
    // - 杨建华 467 > 438.5 persons but 48,694.61 < 53,648.33 m²: fails on area alone (the owners
    //   of the small and middle flats chose him).
    // - Seats by agreeing area: 刘秀英 (79,626.37) before 陈志强 (79,167.90).
    // - Every sheet that chose names chose exactly two: 609 + 622 + 467 = 1,698 = 2 × 849, so
    //   877 − 849 = 28 sheets abstained; by area 79,167.90 + 79,626.37 + 48,694.61 = 207,488.88
    //   = 2 × 103,744.44, so the 28 abstaining flats hold 107,296.65 − 103,744.44 = 3,552.21 m².
    const at = demo.stdout.indexOf('                  增补两名候补委员\n');
    expect(at).toBeGreaterThan(0);
    expect(demo.stdout.slice(at).split('\n').slice(0, 8)).toEqual([
      '                  增补两名候补委员',
      '                    2 seats, 3 candidates; taking part in this item: 877 persons, 107296.65 m²',
      '                    each candidate needs more than half of the persons and of the area taking part',
      '                    Basis: Civil Code art. 278(1)(3); Civil Code art. 278(2)',
      '                    陈志强: agree 609/877 persons, 79167.90/107296.65 m² (passed, elected)',
      '                    刘秀英: agree 622/877 persons, 79626.37/107296.65 m² (passed, elected)',
      '                    杨建华: agree 467/877 persons, 48694.61/107296.65 m² (not passed)',
      '                    Elected: 刘秀英, 陈志强',
    ]);
  });

  it('is deterministic from the seed (same complex line)', () => {
    const line = demo.stdout.split('\n').find((l) => l.startsWith("Jing'an Jiayuan (seed 7)"));
    expect(line).toContain('1200 units');
  });

  it('logs every ballot as its own record: each chain verifies and replays to its snapshot', async () => {
    const host = createHost({
      store: await openSqliteStore({ path: db }),
      machines: COMMUNITY_MACHINES,
    });
    try {
      const ids = await host.store.processIds();
      expect(ids).toHaveLength(7);
      for (const id of ids) {
        expect((await host.verify(id)).ok).toBe(true);
        expect((await host.replay(id)).equal).toBe(true);
      }
      // The hiring process alone took three votes of hundreds of ballots each.
      expect((await host.events('jy-demo/hiring/firm-hiring#1')).length).toBeGreaterThan(1500);
    } finally {
      await host.close();
    }
  }, 60_000);

  it('will not write over an existing database (exit 2)', () => {
    const again = jiayuan(['demo', '--db', db, '--quiet']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('leaves a database status and due can read', () => {
    const status = jiayuan(['status', '--db', db]);
    expect(status.code).toBe(0);
    for (const id of [
      'jy-demo/formation/committee#1',
      'jy-demo/dismissal/firm-dismissal#1',
      HIRING,
      COVERAGE,
      CALENDAR,
    ])
      expect(status.stdout).toContain(id);
    const due = jiayuan(['due', '--db', db]);
    expect(due.code).toBe(0);
    expect(due.stdout).toContain('As of 2027-06-28T10:00:00+08:00 (within 7 days):');
    // The calendar's postings were made in time: its one line is the annual audit, due, not missed.
    const calendarLines = due.stdout.split('\n').filter((l) => l.includes(CALENDAR));
    expect(calendarLines).toEqual([
      `  [due] 2027-06-30  ${CALENDAR}  annual audit results  (SH-6-11, SH-67)`,
    ]);
    // The statute's change was filed and its filing completed: nothing of the meeting is overdue.
    expect(due.stdout).not.toContain('[OVERDUE]');
  });

  it('send acts as a named operator with an assigned role; a refused event exits 4 with its reason', () => {
    // Accepted sends, dated by the clock, are in send.test.ts: the demo's processes run on its own dates.
    const event = JSON.stringify({ type: 'OPEN_VOTE', voteId: 'again' });
    const anonymous = jiayuan(['send', '--db', db, HIRING, event]);
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toContain('--as-operator');
    const assigned = jiayuan([
      'assign',
      '--db',
      db,
      '--operator',
      'chair',
      '--role',
      'committee',
      '--scope',
      'jy-demo',
      '--by',
      'street-admin',
      '--reason',
      'elected at the first assembly',
    ]);
    expect(assigned.code).toBe(0);
    // The hiring process is over: a further vote is not allowed now.
    const refused = jiayuan(['send', '--db', db, '--as-operator', 'chair', HIRING, event]);
    expect(refused.code).toBe(4);
    expect(refused.stdout).toMatch(/^✗ \[/);
    // A sender in the JSON is refused, not believed.
    const claimed = jiayuan([
      'send',
      '--db',
      db,
      '--as-operator',
      'chair',
      COVERAGE,
      JSON.stringify({
        type: 'CENSUS_UPDATED',
        by: { id: 'chair', role: 'system' },
        census: { headcount: 5, full: 3, probationary: 1 },
      }),
    ]);
    expect(claimed.code).toBe(4);
    expect(claimed.stdout).toMatch(/^✗ \[sender-mismatch\]/);
  });
});
