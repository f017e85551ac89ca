import {
  type Ballot,
  buildElectorate,
  CIVIL_CODE_RULES,
  formatArea,
  formatTally,
  type Locale,
  parseArea,
  type RollInput,
  safeParseRoll,
  TallyCounter,
  type UnitInput,
} from '@jiayuan/core';
import { CliError, EXIT_CODES } from '../exit-codes.js';
import { say, t } from '../i18n.js';
import { cell, readTable, type TableRow } from '../table.js';

/** A bad row: file, line, field and why. */
export interface RowIssue {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

const H = {
  unit: ['房号', '单元号', 'unit', 'unitId', 'unit_id'],
  building: ['楼栋', '楼号', 'building'],
  owners: ['业主', '产权人', 'owners', 'owner'],
  area: ['面积', 'area'],
  register: ['登记面积', 'register', 'registerArea'],
  survey: ['测绘面积', 'survey', 'surveyArea'],
  contract: ['合同面积', 'contract', 'contractArea'],
  status: ['状态', 'status'],
  ballot: ['选票编号', '票号', 'ballot', 'ballotId', 'id'],
  castBy: ['投票人', 'castBy', 'voter'],
  choice: ['意见', '表决意见', 'choice'],
  channel: ['方式', '投票方式', 'channel'],
  at: ['时间', '投票时间', 'at', 'time'],
} as const;

const STATUS: Readonly<Record<string, UnitInput['status']>> = {
  已交付: 'delivered',
  delivered: 'delivered',
  未售: 'unsold',
  未出售: 'unsold',
  unsold: 'unsold',
  已售未交付: 'sold-undelivered',
  'sold-undelivered': 'sold-undelivered',
};
const CHOICE: Readonly<Record<string, Ballot['choice']>> = {
  同意: 'agree',
  agree: 'agree',
  反对: 'disagree',
  不同意: 'disagree',
  disagree: 'disagree',
  弃权: 'abstain',
  abstain: 'abstain',
  废票: 'spoilt',
  spoilt: 'spoilt',
};
const CHANNEL: Readonly<Record<string, Ballot['channel']>> = {
  书面: 'paper',
  纸质: 'paper',
  paper: 'paper',
  现场: 'on-site',
  'on-site': 'on-site',
  上门: 'door-to-door',
  'door-to-door': 'door-to-door',
  电子: 'electronic',
  electronic: 'electronic',
};

/** Splits a co-owner cell: `;`, `；`, `、`, `,`, `，` or `|`. */
function splitOwners(value: string): string[] {
  return value
    .split(/[;；、,，|]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Builds a roll from spreadsheet rows; every bad row is an issue with its line and field. */
export function rollFromRows(
  file: string,
  rows: readonly TableRow[],
): { roll: RollInput; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const units: UnitInput[] = [];
  const owners = new Set<string>();
  const lineOf = new Map<string, number>();
  for (const row of rows) {
    const bad = (field: string, message: string) =>
      issues.push({ file, line: row.line, field, message });
    const id = cell(row, H.unit);
    const building = cell(row, H.building);
    if (id === undefined || id.value === '') {
      bad(H.unit[0], 'missing unit id / 缺少房号');
      continue;
    }
    if (lineOf.has(id.value)) {
      bad(id.name, `unit ${id.value} repeats line ${lineOf.get(id.value)} / 房号重复`);
      continue;
    }
    lineOf.set(id.value, row.line);
    const statusText = cell(row, H.status)?.value ?? '';
    const status = statusText === '' ? 'delivered' : STATUS[statusText];
    if (status === undefined) {
      bad(cell(row, H.status)?.name ?? H.status[0], `unknown status "${statusText}" / 未知状态`);
      continue;
    }
    const areas: Record<string, number> = {};
    let areaOk = true;
    for (const [key, aliases] of [
      ['register', H.register],
      ['survey', H.survey],
      ['contract', H.contract],
      ['register', H.area],
    ] as const) {
      const c = cell(row, aliases);
      if (c === undefined || c.value === '' || areas[key] !== undefined) continue;
      try {
        areas[key] = parseArea(c.value);
      } catch (error) {
        bad(c.name, error instanceof Error ? error.message : String(error));
        areaOk = false;
      }
    }
    if (!areaOk) continue;
    if (Object.keys(areas).length === 0) {
      bad(H.area[0], 'no area (面积/登记面积/测绘面积/合同面积) / 缺少面积');
      continue;
    }
    const unitOwners = splitOwners(cell(row, H.owners)?.value ?? '');
    if (status === 'delivered' && unitOwners.length === 0) {
      bad(
        cell(row, H.owners)?.name ?? H.owners[0],
        'a delivered unit needs an owner / 已交付房屋须有业主',
      );
      continue;
    }
    for (const o of unitOwners) owners.add(o);
    units.push({
      id: id.value,
      building: building?.value || '-',
      status,
      owners: status === 'delivered' ? unitOwners : [],
      areas,
    });
  }
  const roll: RollInput = { complexId: 'tally', owners: [...owners].map((id) => ({ id })), units };
  if (issues.length === 0) {
    const parsed = safeParseRoll(roll);
    if (!parsed.success) {
      for (const i of parsed.issues) {
        const line = i.unitId === undefined ? 0 : (lineOf.get(i.unitId) ?? 0);
        issues.push({ file, line, field: i.path, message: i.message });
      }
    }
  }
  return { roll, issues };
}

/** Reads ballots from spreadsheet rows; every bad row is an issue with its line and field. */
export function ballotsFromRows(
  file: string,
  rows: readonly TableRow[],
): { ballots: Ballot[]; lines: number[]; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const ballots: Ballot[] = [];
  const lines: number[] = [];
  for (const row of rows) {
    const bad = (field: string, message: string) =>
      issues.push({ file, line: row.line, field, message });
    const unit = cell(row, H.unit);
    if (unit === undefined || unit.value === '') {
      bad(H.unit[0], 'missing unit id / 缺少房号');
      continue;
    }
    const choiceCell = cell(row, H.choice);
    const choice = CHOICE[choiceCell?.value ?? ''];
    if (choice === undefined) {
      bad(
        choiceCell?.name ?? H.choice[0],
        `unknown choice "${choiceCell?.value ?? ''}" (同意/反对/弃权/废票) / 未知意见`,
      );
      continue;
    }
    const channelCell = cell(row, H.channel);
    const channel =
      channelCell === undefined || channelCell.value === '' ? 'paper' : CHANNEL[channelCell.value];
    if (channel === undefined) {
      bad(
        channelCell?.name ?? H.channel[0],
        `unknown channel "${channelCell?.value ?? ''}" (书面/现场/上门/电子) / 未知方式`,
      );
      continue;
    }
    const atCell = cell(row, H.at);
    const at = normaliseTime(atCell?.value ?? '');
    if (at === null) {
      bad(
        atCell?.name ?? H.at[0],
        `bad time "${atCell?.value ?? ''}" (e.g. 2026-05-02 10:00) / 时间格式错误`,
      );
      continue;
    }
    const castBy = cell(row, H.castBy)?.value ?? '';
    if (castBy === '') {
      bad(H.castBy[0], 'missing voter / 缺少投票人');
      continue;
    }
    ballots.push({
      id: cell(row, H.ballot)?.value || `line-${row.line}`,
      unitId: unit.value,
      castBy,
      choice,
      channel,
      at,
    });
    lines.push(row.line);
  }
  return { ballots, lines, issues };
}

/** `2026-05-02 10:00` (Shanghai time), `2026-05-02T10:00`, or a full ISO instant. */
function normaliseTime(text: string): string | null {
  const s = text.trim().replace(' ', 'T');
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s)) return s;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(s))
    return `${s.length === 16 ? `${s}:00` : s}+08:00`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return `${s}T12:00:00+08:00`;
  return null;
}

/** Options of {@link runTally}. */
export interface TallyCommandOptions {
  readonly roll: string;
  readonly ballots: string;
  readonly matter: 'ordinary' | 'special';
  readonly locale: Locale;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** `jiayuan tally`: reads, counts, explains; returns the exit code. */
export async function runTally(o: TallyCommandOptions): Promise<number> {
  const L = o.locale;
  const rollRead = rollFromRows(o.roll, await readTable(o.roll));
  const ballotRead = ballotsFromRows(o.ballots, await readTable(o.ballots));
  const issues = [...rollRead.issues, ...ballotRead.issues];
  if (issues.length > 0) {
    o.err(say(L, t(`发现 ${issues.length} 处错误行：`, `${issues.length} bad row(s):`)));
    for (const i of issues) o.err(`  ${i.file}:${i.line} [${i.field}] ${i.message}`);
    return EXIT_CODES.usage;
  }
  const parsed = safeParseRoll(rollRead.roll);
  if (!parsed.success) throw new CliError('roll invalid');
  const electorate = buildElectorate(parsed.roll);
  const counter = new TallyCounter(electorate, CIVIL_CODE_RULES[o.matter]);
  const refused: string[] = [];
  ballotRead.ballots.forEach((b, i) => {
    const r = counter.submit(b);
    if (!r.ok)
      refused.push(
        `  ${o.ballots}:${ballotRead.lines[i]} [${r.issue.field ?? r.issue.code}] ${r.issue.message[L]}`,
      );
  });
  const result = counter.result();
  o.out(
    say(
      L,
      t(
        `名册：${parsed.roll.units.length} 个专有部分，${electorate.headcount} 人，${formatArea(electorate.area)} m²`,
        `Roll: ${parsed.roll.units.length} units, ${electorate.headcount} persons, ${formatArea(electorate.area)} m²`,
      ),
    ),
  );
  o.out('');
  o.out(formatTally(result, L));
  if (refused.length > 0) {
    o.out('');
    o.out(
      say(L, t(`未计入的选票（${refused.length}）：`, `Ballots not counted (${refused.length}):`)),
    );
    for (const r of refused) o.out(r);
  }
  for (const by of ['building', 'channel'] as const) {
    o.out('');
    o.out(
      say(L, by === 'building' ? t('按楼栋：', 'By building:') : t('按投票方式：', 'By channel:')),
    );
    o.out(
      say(
        L,
        t(
          '  分组        同意(人/m²)        反对(人/m²)        弃权(人/m²)',
          '  group       agree (persons/m²)   disagree             abstain',
        ),
      ),
    );
    for (const row of counter.breakdown(by)) {
      const c = row.counts;
      const m = (x: { headcount: number; area: number }) =>
        `${x.headcount}/${formatArea(x.area)}`.padEnd(19);
      o.out(`  ${row.key.padEnd(10)}  ${m(c.agree)}${m(c.disagree)}${m(c.abstain)}`);
    }
  }
  return result.passed ? EXIT_CODES.ok : EXIT_CODES.notPassed;
}
