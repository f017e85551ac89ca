// Only types from core and zod at the top: the machines and schemas are loaded once both files
// have been read, so a refused file is refused without paying for them.
import type { Ballot, Channel, Locale, Roll, RollInput, UnitInput } from '@jiayuan/core';
import { CliError, EXIT_CODES } from '../exit-codes.js';
import { say, t } from '../i18n.js';
import {
  type ColumnPlan,
  ColumnPlanner,
  type FieldSpec,
  fieldValue,
  headerOf,
  type IgnoredSpec,
  type PlanRequest,
  parseColumnsOption,
} from '../input/columns.js';
import { normaliseHeader } from '../input/csv.js';
import { readJsonFile } from '../input/json.js';
import { formatCount } from '../input/limits.js';
import { parseAreaCell, parseTime, roomParts, splitList, wordTable } from '../input/values.js';
import type { SheetRow } from '../input/xlsx.js';
import { readTable, type Table } from '../table.js';

/** A bad row: file, line, field and why. */
export interface RowIssue {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

const UNIT_ALIASES = [
  '房号',
  '房间号',
  '房屋编号',
  '房屋号',
  '房号编码',
  '室号',
  '户号',
  'unit',
  'unitId',
  'unit_id',
  'room',
];

/** The roll's columns (`--columns KEY=HEADER` uses these keys). */
export const ROLL_FIELDS: readonly FieldSpec[] = [
  { key: 'unit', label: 'unit id / 房号', aliases: UNIT_ALIASES },
  {
    key: 'building',
    label: 'building / 楼栋',
    aliases: ['楼栋', '楼号', '楼栋号', '幢号', '栋号', '楼宇', 'building'],
  },
  { key: 'entrance', label: 'entrance / 单元', aliases: ['单元', '单元号', 'entrance'] },
  {
    key: 'owners',
    label: 'owners / 业主',
    aliases: [
      '业主',
      '业主姓名',
      '姓名',
      '产权人',
      '权利人',
      '所有权人',
      '业主名称',
      'owners',
      'owner',
      'name',
    ],
  },
  { key: 'area', label: 'area / 面积', aliases: ['面积', '建筑面积', 'area'] },
  {
    key: 'register',
    label: 'registered area / 登记面积',
    aliases: [
      '登记面积',
      '产权面积',
      '不动产登记面积',
      '产证面积',
      '房产证面积',
      'register',
      'registerArea',
    ],
  },
  {
    key: 'survey',
    label: 'surveyed area / 测绘面积',
    aliases: ['测绘面积', '实测面积', 'survey', 'surveyArea'],
  },
  {
    key: 'contract',
    label: 'contract area / 合同面积',
    aliases: ['合同面积', 'contract', 'contractArea'],
  },
  {
    key: 'status',
    label: 'delivery status / 交付状态',
    aliases: ['状态', '交付状态', '房屋状态', 'status'],
  },
  {
    key: 'occupancy',
    label: 'occupancy, not read / 居住状态（不读取）',
    aliases: ['居住状态', '使用状态', '入住状态', '使用情况', '居住情况', '入住情况', 'occupancy'],
  },
  {
    key: 'parking',
    label: 'parking space / 车位号',
    aliases: ['车位号', '车位', '车位编号', 'parking', 'parkingSpace'],
  },
  {
    key: 'parkingArea',
    label: 'parking-space area / 车位面积',
    aliases: ['车位面积', 'parkingArea'],
  },
];

/** The ballots' columns (`--ballot-columns KEY=HEADER` uses these keys). */
export const BALLOT_FIELDS: readonly FieldSpec[] = [
  {
    key: 'ballot',
    label: 'ballot id / 选票编号',
    aliases: ['选票编号', '票号', '选票号', '表决票编号', 'ballot', 'ballotId', 'id'],
  },
  { key: 'unit', label: 'unit id / 房号', aliases: UNIT_ALIASES },
  {
    key: 'castBy',
    label: 'voter / 投票人',
    aliases: ['投票人', '表决人', '业主', '业主姓名', '姓名', 'castBy', 'voter'],
  },
  {
    key: 'choice',
    label: 'choice / 意见',
    aliases: ['意见', '表决意见', '投票意见', '表决结果', 'choice'],
  },
  { key: 'channel', label: 'channel / 方式', aliases: ['方式', '投票方式', '表决方式', 'channel'] },
  {
    key: 'at',
    label: 'time / 时间',
    aliases: ['时间', '投票时间', '表决时间', '日期', 'at', 'time'],
  },
];

export const IGNORED: readonly IgnoredSpec[] = [
  {
    aliases: ['联系电话', '电话', '手机', '手机号', '联系方式', '身份证号', '证件号码', 'phone'],
    why: 'personal data, not read / 个人信息，不读取',
  },
  { aliases: ['序号', 'no', '备注', 'note', 'notes'], why: 'not needed / 无需' },
];

const ROLL_REQUIRED = [['unit'], ['owners'], ['area', 'register', 'survey', 'contract']] as const;
const BALLOT_REQUIRED = [['unit'], ['castBy'], ['choice'], ['at']] as const;

/** Every known header, normalised: what a CSV's first line is checked for to tell its encoding. */
export function knownHeaders(extra: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const f of [...ROLL_FIELDS, ...BALLOT_FIELDS])
    for (const a of f.aliases) out.add(normaliseHeader(a));
  for (const s of IGNORED) for (const a of s.aliases) out.add(normaliseHeader(a));
  for (const h of extra) out.add(normaliseHeader(h));
  return out;
}

const STATUS = wordTable<UnitInput['status']>({
  已交付: 'delivered',
  交付: 'delivered',
  已售已交付: 'delivered',
  delivered: 'delivered',
  未售: 'unsold',
  未出售: 'unsold',
  待售: 'unsold',
  unsold: 'unsold',
  已售未交付: 'sold-undelivered',
  'sold-undelivered': 'sold-undelivered',
});
/** Words of occupancy, not of delivery: a status column of only these is ignored. */
const OCCUPANCY = wordTable<true>({
  自住: true,
  出租: true,
  空置: true,
  闲置: true,
  空关: true,
  入住: true,
  已入住: true,
  未入住: true,
  租住: true,
  自用: true,
  装修: true,
  装修中: true,
  借住: true,
  经营: true,
  商用: true,
  occupied: true,
  rented: true,
  vacant: true,
});
export const CHOICE = wordTable<Ballot['choice']>({
  同意: 'agree',
  赞成: 'agree',
  agree: 'agree',
  反对: 'disagree',
  不同意: 'disagree',
  disagree: 'disagree',
  弃权: 'abstain',
  abstain: 'abstain',
  废票: 'spoilt',
  无效: 'spoilt',
  spoilt: 'spoilt',
});
export const CHANNEL = wordTable<Channel>({
  书面: 'paper',
  纸质: 'paper',
  paper: 'paper',
  现场: 'on-site',
  'on-site': 'on-site',
  上门: 'door-to-door',
  'door-to-door': 'door-to-door',
  电子: 'electronic',
  线上: 'electronic',
  网络: 'electronic',
  electronic: 'electronic',
});

/** A cell that makes its row a total, not a unit. */
const SUMMARY = /^(合计|总计|小计|total)[:：]?$/i;

/** How parking spaces listed on owners' rows take part (SPC 2). */
export type ParkingOption = 'registrable' | 'unregistrable';

/** A unit id as compared between the roll and the ballots: trimmed, full-width folded. */
export function unitKey(text: string): string {
  return text.normalize('NFKC').trim();
}

type Core = typeof import('@jiayuan/core');

/** What was read from a roll. */
export interface RollRead {
  /** The roll, validated by core's `safeParseRoll`; undefined when there are issues. */
  readonly roll: Roll | undefined;
  readonly issues: RowIssue[];
  readonly notes: string[];
  /** Keys of columns found but not read (a status column that holds occupancy). */
  readonly unread: string[];
}

/**
 * Builds a roll from a sheet's rows, one at a time: units with building and entrance (from their
 * columns, or from a structured id such as `01-02-1502`), co-owners (`/`, `、`, `；`, …), areas
 * by source (SPC 8), delivery status, and the parking spaces on an owner's row as units of their
 * own, registrable or not as `parking` says. Every bad row is an issue with its line and field.
 * A status column whose every value is a word of occupancy (自住, 出租, 空置) is not read.
 */
export class RollBuilder {
  private readonly issues: RowIssue[] = [];
  private readonly units: UnitInput[] = [];
  /** Per unit: its row's line and status text, read once the status column is understood. */
  private readonly unitLine: number[] = [];
  private readonly unitStatus: string[] = [];
  private readonly lineOf = new Map<string, number>();
  private readonly summaryRows: number[] = [];
  private readonly statusWords = new Set<string>();
  private anyStatus = false;
  private allOccupancy = true;
  private parkingSpaces = 0;
  private unregistrable = 0;
  private derived = 0;

  constructor(
    private readonly plan: ColumnPlan,
    private readonly parking: ParkingOption | undefined,
  ) {}

  private bad(line: number, key: string, message: string): void {
    this.issues.push({ file: this.plan.file, line, field: headerOf(this.plan, key), message });
  }

  /** Reads one data row; false when it is refused (the issue is kept). */
  add(row: SheetRow): boolean {
    const plan = this.plan;
    const bad = (key: string, message: string): false => {
      this.bad(row.line, key, message);
      return false;
    };
    if (row.values.some((v) => SUMMARY.test(v.trim()))) {
      this.summaryRows.push(row.line);
      return true;
    }
    const id = unitKey(fieldValue(plan, row, 'unit'));
    if (id === '') return bad('unit', 'missing unit id / 缺少房号');
    const statusText = fieldValue(plan, row, 'status');
    if (statusText !== '') {
      this.anyStatus = true;
      if (OCCUPANCY(statusText) !== true) this.allOccupancy = false;
      if (this.statusWords.size < 8) this.statusWords.add(statusText);
    }
    const areas: Record<string, number> = {};
    for (const key of ['register', 'survey', 'contract', 'area'] as const) {
      const text = fieldValue(plan, row, key);
      const source = key === 'area' ? 'register' : key;
      if (text === '' || areas[source] !== undefined) continue;
      const a = parseAreaCell(text);
      if (!a.ok) return bad(key, a.message);
      areas[source] = a.area;
    }
    if (Object.keys(areas).length === 0) {
      return bad('area', 'no area (面积/登记面积/测绘面积/合同面积) / 缺少面积');
    }
    const owners = splitList(fieldValue(plan, row, 'owners'));
    if (new Set(owners).size !== owners.length) {
      return bad(
        'owners',
        `an owner is listed twice in "${fieldValue(plan, row, 'owners')}" / 业主重复`,
      );
    }
    const parts = roomParts(id);
    const building = fieldValue(plan, row, 'building') || parts?.building;
    const entrance = fieldValue(plan, row, 'entrance') || parts?.entrance;
    if (fieldValue(plan, row, 'building') === '' && parts !== undefined) this.derived++;
    const rowUnits: UnitInput[] = [
      {
        id,
        building: building ?? '-',
        ...(entrance === undefined ? {} : { entrance }),
        ...(parts === undefined ? {} : { number: parts.room }),
        status: 'delivered',
        owners,
        areas,
      },
    ];
    const spaces = splitList(fieldValue(plan, row, 'parking'));
    if (spaces.length > 0) {
      this.parkingSpaces += spaces.length;
      if (this.parking === 'unregistrable') this.unregistrable += spaces.length;
      else if (this.parking === 'registrable') {
        const spaceAreas = splitList(fieldValue(plan, row, 'parkingArea'));
        if (spaceAreas.length !== spaces.length) {
          return bad(
            'parkingArea',
            `${spaces.length} parking space(s) but ${spaceAreas.length} area(s) / 车位与车位面积数目不符`,
          );
        }
        for (let i = 0; i < spaces.length; i++) {
          const a = parseAreaCell(spaceAreas[i]!);
          if (!a.ok) return bad('parkingArea', a.message);
          rowUnits.push({
            id: `车位 ${unitKey(spaces[i]!)}`,
            building: '车位',
            kind: 'parking',
            registrable: true,
            status: 'delivered',
            owners,
            areas: { register: a.area },
          });
        }
      }
    }
    let repeated = false;
    for (const u of rowUnits) {
      const seen = this.lineOf.get(u.id);
      if (seen !== undefined) {
        bad(u.kind === 'parking' ? 'parking' : 'unit', `${u.id} repeats line ${seen} / 重复`);
        repeated = true;
      }
    }
    if (repeated) return false;
    for (const u of rowUnits) {
      this.lineOf.set(u.id, row.line);
      this.units.push(u);
      this.unitLine.push(row.line);
      this.unitStatus.push(statusText);
    }
    return true;
  }

  /**
   * The roll, its issues and notes; `core` is `@jiayuan/core` (or what validates the roll).
   *
   * @throws {CliError} when the rows list parking spaces and `parking` was not given.
   */
  finish(core: Pick<Core, 'safeParseRoll'>): RollRead {
    const { plan, units } = this;
    const notes: string[] = [];
    const occupancy = plan.column.has('status') && this.anyStatus && this.allOccupancy;
    if (occupancy) {
      notes.push(
        `${headerOf(plan, 'status')}: occupancy (${[...this.statusWords].join(', ')}), not delivery: not read / 居住状态，不是交付状态，不读取`,
      );
    }
    const owners = new Set<string>();
    const kept: UnitInput[] = [];
    let refusedLine = -1;
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      const line = this.unitLine[i]!;
      // A row's parking spaces follow its flat and share its status and owners.
      if (line === refusedLine) continue;
      const text = this.unitStatus[i]!;
      const status = occupancy || text === '' ? 'delivered' : STATUS(text);
      if (status === undefined) {
        this.bad(
          line,
          'status',
          OCCUPANCY(text) === true
            ? `"${text}" is occupancy, not delivery status (已交付/未售/已售未交付) / 这是居住状态`
            : `unknown status "${text}" (已交付/未售/已售未交付) / 未知状态`,
        );
        refusedLine = line;
        continue;
      }
      const unitOwners = u.owners ?? [];
      if (status === 'delivered' && unitOwners.length === 0) {
        this.bad(line, 'owners', 'a delivered unit needs an owner / 已交付房屋须有业主');
        refusedLine = line;
        continue;
      }
      u.status = status;
      if (status === 'delivered') for (const o of unitOwners) owners.add(o);
      else u.owners = [];
      kept.push(u);
    }
    this.units.length = 0;
    this.unitLine.length = 0;
    this.unitStatus.length = 0;
    if (this.parkingSpaces > 0 && this.parking === undefined) {
      throw new CliError(
        `${plan.file}: ${formatCount(this.parkingSpaces)} parking space(s) on owners' rows (column ${headerOf(plan, 'parking')}): say whether they are registrable exclusive parts (SPC 2) with --parking registrable or --parking unregistrable / 名册含车位，请说明车位是否可登记为专有部分`,
      );
    }
    if (this.derived > 0) {
      notes.push(
        `building${plan.column.has('entrance') ? '' : ' and entrance'} read from ${formatCount(this.derived)} structured unit id(s) such as 01-02-1502 / 楼栋、单元取自房号`,
      );
    }
    if (this.parkingSpaces > 0) {
      notes.push(
        this.parking === 'registrable'
          ? `${formatCount(this.parkingSpaces)} parking space(s): registrable exclusive parts, each a unit of its owner / 车位按专有部分计入`
          : `${formatCount(this.unregistrable)} parking space(s) held by right of use, not exclusive parts: not in the roll / 车位不是专有部分，不计入`,
      );
    }
    if (this.summaryRows.length > 0) {
      notes.push(`summary row(s) skipped: line ${this.summaryRows.join(', ')} / 跳过合计行`);
    }
    const issues = this.issues.sort((a, b) => a.line - b.line);
    let roll: Roll | undefined;
    if (issues.length === 0) {
      const parsed = core.safeParseRoll({
        complexId: 'tally',
        owners: [...owners].map((id) => ({ id })),
        units: kept,
      } satisfies RollInput);
      if (parsed.success) roll = parsed.roll;
      else {
        for (const i of parsed.issues) {
          const line = i.unitId === undefined ? 0 : (this.lineOf.get(i.unitId) ?? 0);
          issues.push({ file: plan.file, line, field: i.path, message: i.message });
        }
      }
    }
    return { roll, issues, notes, unread: occupancy ? ['status'] : [] };
  }
}

/** {@link RollBuilder} over rows at hand. */
export async function rollFromTable(
  plan: ColumnPlan,
  rows: readonly SheetRow[],
  parking: ParkingOption | undefined,
): Promise<RollRead> {
  const b = new RollBuilder(plan, parking);
  for (const r of rows) b.add(r);
  return b.finish(await import('@jiayuan/core'));
}

/** Ballots read from a sheet, each with its line. */
export interface BallotsRead {
  readonly ballots: Ballot[];
  readonly lines: number[];
  readonly issues: RowIssue[];
}

/** A ballot row's fields other than its answer: id, unit, voter, channel and time. */
export type BallotHead = Omit<Ballot, 'choice'>;

/**
 * Reads the fields every ballot row has, each bad one an issue with its line and field: the unit,
 * the channel (paper when blank), the time (impossible dates such as `2026-02-30` refused) and the
 * voter. The id is the row's own, or `line-N`.
 */
export function readBallotHead(
  plan: ColumnPlan,
  row: SheetRow,
  issues: RowIssue[],
): BallotHead | undefined {
  const bad = (key: string, message: string): undefined => {
    issues.push({ file: plan.file, line: row.line, field: headerOf(plan, key), message });
    return undefined;
  };
  const unit = unitKey(fieldValue(plan, row, 'unit'));
  if (unit === '') return bad('unit', 'missing unit id / 缺少房号');
  const channelText = fieldValue(plan, row, 'channel');
  const channel = channelText === '' ? 'paper' : CHANNEL(channelText);
  if (channel === undefined) {
    return bad('channel', `unknown channel "${channelText}" (书面/现场/上门/电子) / 未知方式`);
  }
  const at = parseTime(fieldValue(plan, row, 'at'));
  if (!at.ok) return bad('at', at.message);
  const castBy = fieldValue(plan, row, 'castBy');
  if (castBy === '') return bad('castBy', 'missing voter / 缺少投票人');
  return {
    id: fieldValue(plan, row, 'ballot') || `line-${row.line}`,
    unitId: unit,
    castBy,
    channel,
    at: at.at,
  };
}

/**
 * Reads ballots from a sheet's rows, one at a time. Choice, channel and time are checked here,
 * each bad row an issue with its line and field: words are looked up without a prototype
 * (`constructor` is an unknown choice) and impossible dates (`2026-02-30`) are refused.
 */
export class BallotsBuilder {
  readonly read: BallotsRead = { ballots: [], lines: [], issues: [] };

  /**
   * @param onBallot receives each well-formed ballot with its line instead of {@link read}
   * keeping it.
   */
  constructor(
    private readonly plan: ColumnPlan,
    private readonly onBallot?: (ballot: Ballot, line: number) => void,
  ) {}

  /** Reads one data row; false when it is refused (the issue is kept). */
  add(row: SheetRow): boolean {
    const plan = this.plan;
    const head = readBallotHead(plan, row, this.read.issues);
    if (head === undefined) return false;
    const choiceText = fieldValue(plan, row, 'choice');
    const choice = CHOICE(choiceText);
    if (choice === undefined) {
      this.read.issues.push({
        file: plan.file,
        line: row.line,
        field: headerOf(plan, 'choice'),
        message: `unknown choice "${choiceText}" (同意/反对/弃权/废票) / 未知意见`,
      });
      return false;
    }
    const ballot: Ballot = { ...head, choice };
    if (this.onBallot !== undefined) this.onBallot(ballot, row.line);
    else {
      this.read.ballots.push(ballot);
      this.read.lines.push(row.line);
    }
    return true;
  }
}

/** {@link BallotsBuilder} over rows at hand. */
export function ballotsFromTable(plan: ColumnPlan, rows: readonly SheetRow[]): BallotsRead {
  const b = new BallotsBuilder(plan);
  for (const r of rows) b.add(r);
  return b.read;
}

/** A vote-settings file (`--settings vote.json`), as read. */
interface Settings {
  readonly opens: string;
  readonly closes: string;
  readonly matter?: 'ordinary' | 'special' | undefined;
  readonly parking?: ParkingOption | undefined;
  readonly channels?: string[] | undefined;
}

/** Options of {@link runTally}. */
export interface TallyCommandOptions {
  readonly roll: string;
  readonly ballots: string;
  readonly matter?: 'ordinary' | 'special';
  /** Start of the voting window (Shanghai time unless a zone is given; a date means 00:00). */
  readonly opens?: string;
  /** End of the voting window (a date means 24:00 of that day); a ballot at it is late. */
  readonly closes?: string;
  /** A JSON vote-settings file with `opens`, `closes` and optionally `matter`, `parking`, `channels`. */
  readonly settings?: string;
  /** Count without a voting window: the result is not binding and says so. */
  readonly provisional?: boolean;
  readonly parking?: ParkingOption;
  /** `--columns` values for the roll, `KEY=HEADER,…`. */
  readonly columns?: readonly string[];
  /** `--ballot-columns` values. */
  readonly ballotColumns?: readonly string[];
  /** A CSV encoding instead of detecting it. */
  readonly encoding?: string;
  /**
   * A JSON list of the ballot's items (`[{ id, title, matter?, kind?, part?, election? }]`): the
   * ballot sheet answers several items, counted as the assembly meeting counts them (see
   * `tally-items.ts`).
   */
  readonly items?: string;
  /**
   * A sheet of changes of ownership during the window (房号, 新业主, 记录时间; optionally 原业主 and
   * 登记时间), counted as the meeting counts them; with `items` only (see `tally-transfers.ts`).
   */
  readonly transfers?: string;
  readonly locale: Locale;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** How many bad rows are printed; the rest are counted. */
export const MAX_ISSUES_SHOWN = 100;

interface Window {
  readonly opensAt: string;
  readonly closesAt: string;
}

async function readSettings(path: string): Promise<Settings> {
  const json = readJsonFile('--settings', path);
  const { z } = await import('zod');
  const parsed = z
    .object({
      opens: z.string().min(1),
      closes: z.string().min(1),
      matter: z.enum(['ordinary', 'special']).optional(),
      parking: z.enum(['registrable', 'unregistrable']).optional(),
      channels: z.array(z.string().min(1)).min(1).optional(),
    })
    .strict()
    .safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new CliError(
      `--settings ${path}: ${i.path.join('.') || '(file)'}: ${i.message} (expected {"opens": "2026-05-01", "closes": "2026-05-31", "matter"?, "parking"?, "channels"?})`,
    );
  }
  return parsed.data;
}

function windowOf(opens: string, closes: string, where: string): Window {
  const o = parseTime(opens, 'start');
  if (!o.ok) throw new CliError(`${where} opens: ${o.message}`);
  const c = parseTime(closes, 'end');
  if (!c.ok) throw new CliError(`${where} closes: ${c.message}`);
  if (Date.parse(c.at) <= Date.parse(o.at)) {
    throw new CliError(`${where}: the window closes (${c.at}) before it opens (${o.at})`);
  }
  return { opensAt: o.at, closesAt: c.at };
}

/** `jiayuan tally`: reads, counts, explains; returns the exit code. */
export async function runTally(o: TallyCommandOptions): Promise<number> {
  const L = o.locale;
  const settings = o.settings === undefined ? undefined : await readSettings(o.settings);
  const opens = o.opens ?? settings?.opens;
  const closes = o.closes ?? settings?.closes;
  if ((opens === undefined) !== (closes === undefined)) {
    throw new CliError('--opens and --closes go together: give both, or --settings FILE');
  }
  let window: Window | undefined;
  if (opens !== undefined && closes !== undefined) {
    window = windowOf(opens, closes, o.opens !== undefined ? '--opens/--closes' : `--settings`);
  } else if (o.provisional !== true) {
    throw new CliError(
      'a binding count needs the voting window: --opens and --closes (Shanghai time; a date alone opens at 00:00 and closes at 24:00), or --settings vote.json; --provisional counts without one, not binding / 须给出投票起止时间',
    );
  }
  const matter = o.matter ?? settings?.matter ?? 'ordinary';
  const parking = o.parking ?? settings?.parking;
  let channels: Channel[] | undefined;
  if (settings?.channels !== undefined) {
    channels = settings.channels.map((w) => {
      const c = CHANNEL(w);
      if (c === undefined)
        throw new CliError(`--settings: unknown channel "${w}" (书面/现场/上门/电子)`);
      return c;
    });
  }
  const rollMapping = parseColumnsOption('--columns', o.columns ?? [], ROLL_FIELDS);
  const ballotMapping = parseColumnsOption(
    '--ballot-columns',
    o.ballotColumns ?? [],
    BALLOT_FIELDS,
  );
  if (o.transfers !== undefined && o.items === undefined) {
    throw new CliError(
      '--transfers goes with --items: changes of ownership are counted on a multi-item ballot, as the assembly meeting counts them / 产权变更须与 --items 同用',
    );
  }
  const items =
    o.items === undefined
      ? undefined
      : await (await import('./tally-items.js')).readItems(o.items, L);
  const itemHeaders = (items ?? []).flatMap((i) => [i.id, i.title, `议题${i.id}`, '议题']);
  if (o.transfers !== undefined) {
    const { TRANSFER_FIELDS } = await import('./tally-transfers.js');
    itemHeaders.push(...TRANSFER_FIELDS.flatMap((f) => f.aliases), '收到时间');
  }
  const known = knownHeaders([...rollMapping.values(), ...ballotMapping.values(), ...itemHeaders]);
  /** Reads a sheet row by row into `add`, once its header is found; keeps no rows. */
  const read = async (
    path: string,
    what: string,
    plan: Omit<PlanRequest, 'file' | 'ignored'>,
    add: (plan: ColumnPlan, row: SheetRow) => void,
  ) => {
    const planner = new ColumnPlanner({ file: path, ignored: IGNORED, ...plan }, add);
    const table = await readTable(path, {
      known,
      onRow: planner.push,
      ...(o.encoding === undefined ? {} : { encoding: o.encoding }),
    });
    const planned = planner.finish();
    if (planned.rows === 0) {
      throw new CliError(
        `${path}: no ${what} under the header (line ${planned.plan.headerLine}) / 表头下没有数据行`,
      );
    }
    return { table, ...planned };
  };
  const rollSide = await (async () => {
    let builder: RollBuilder | undefined;
    const f = await read(
      o.roll,
      'units',
      { fields: ROLL_FIELDS, mapping: rollMapping, required: ROLL_REQUIRED, option: '--columns' },
      (plan, row) => {
        builder ??= new RollBuilder(plan, parking);
        builder.add(row);
      },
    );
    return { builder: builder!, file: f };
  })();
  const core = await import('@jiayuan/core');
  const rollRead = rollSide.builder.finish(core);
  const rollAbout = describeFile(L, rollSide.file, rollRead.notes, rollRead.unread);
  const { buildElectorate, CIVIL_CODE_RULES, formatArea, formatTally, TallyCounter } = core;
  // The count is the Civil Code's (CC 278 ¶2): the national profile's readings of the roll,
  // parking spaces included (VOTE-16; SPC 2, 8, 9).
  const readings = { parking: core.national.voting.parking.value } as const;
  const roll = rollRead.roll;
  if (items !== undefined) {
    if (rollRead.issues.length > 0 || roll === undefined) return badRows(L, rollRead.issues, o.err);
    const { ItemTally, itemBallotFields } = await import('./tally-items.js');
    const tally = new ItemTally({
      core,
      assembly: await import('@jiayuan/assembly'),
      roll,
      items,
      window,
      channels,
      ballotsFile: o.ballots,
      locale: L,
    });
    const f = await read(
      o.ballots,
      'ballots',
      {
        fields: itemBallotFields(items),
        mapping: ballotMapping,
        required: [['unit'], ['castBy'], ['at']],
        option: '--ballot-columns',
      },
      (plan, row) => tally.add(plan, row),
    );
    const moved =
      o.transfers === undefined ? undefined : await readTransfers(o.transfers, roll, L, read);
    const issues = [...tally.issues, ...(moved?.issues ?? [])];
    if (issues.length > 0) return badRows(L, issues, o.err);
    if (window === undefined) provisional(L, o);
    o.out(say(L, t('读取：', 'Read:')));
    for (const line of [...rollAbout, ...describeFile(L, f, [], []), ...(moved?.about ?? [])]) {
      o.out(line);
    }
    const report = tally.report(moved?.read);
    for (const line of report.lines) o.out(line);
    return report.code;
  }
  const electorate = roll === undefined ? undefined : buildElectorate(roll, readings);
  const counter =
    electorate === undefined
      ? undefined
      : new TallyCounter(electorate, CIVIL_CODE_RULES[matter], {
          ...(window === undefined ? {} : { window }),
          ...(channels === undefined ? {} : { channels }),
        });
  // Ballots go into the count as they are read; none is kept here. Once a row is bad the count
  // is moot (exit 2), and the rest are only checked.
  const refused: string[] = [];
  let refusedCount = 0;
  const ballotSide = await (async () => {
    let builder: BallotsBuilder | undefined;
    const f = await read(
      o.ballots,
      'ballots',
      {
        fields: BALLOT_FIELDS,
        mapping: ballotMapping,
        required: BALLOT_REQUIRED,
        option: '--ballot-columns',
      },
      (plan, row) => {
        builder ??= new BallotsBuilder(plan, (ballot, line) => {
          if (counter === undefined || builder!.read.issues.length > 0) return;
          const r = counter.submit(ballot);
          if (r.ok) return;
          refusedCount++;
          if (refused.length < MAX_ISSUES_SHOWN)
            refused.push(
              `  ${o.ballots}:${line} [${r.issue.field ?? r.issue.code}] ${r.issue.message[L]}`,
            );
        });
        builder.add(row);
      },
    );
    return { read: builder!.read, about: describeFile(L, f, [], []) };
  })();
  const issues = [...rollRead.issues, ...ballotSide.read.issues];
  if (
    issues.length > 0 ||
    roll === undefined ||
    electorate === undefined ||
    counter === undefined
  ) {
    return badRows(L, issues, o.err);
  }
  const result = counter.result();

  if (window === undefined) provisional(L, o);
  o.out(say(L, t('读取：', 'Read:')));
  for (const line of [...rollAbout, ...ballotSide.about]) o.out(line);
  o.out(
    window === undefined
      ? say(L, t('投票期：未给出', 'Voting window: none'))
      : say(
          L,
          t(
            `投票期：${window.opensAt} 至 ${window.closesAt}（之外的选票不计入）`,
            `Voting window: ${window.opensAt} to ${window.closesAt} (ballots outside it are not counted)`,
          ),
        ),
  );
  o.out('');
  o.out(
    say(
      L,
      t(
        `名册：${roll.units.length} 个专有部分，${electorate.headcount} 人，${formatArea(electorate.area)} m²`,
        `Roll: ${roll.units.length} units, ${electorate.headcount} persons, ${formatArea(electorate.area)} m²`,
      ),
    ),
  );
  o.out('');
  o.out(formatTally(result, L));
  if (refusedCount > 0) {
    o.out('');
    o.out(say(L, t(`未计入的选票（${refusedCount}）：`, `Ballots not counted (${refusedCount}):`)));
    for (const r of refused) o.out(r);
    if (refusedCount > refused.length) {
      o.out(
        say(
          L,
          t(
            `  ……另有 ${refusedCount - refused.length} 张`,
            `  … and ${refusedCount - refused.length} more`,
          ),
        ),
      );
    }
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

/** Reads `--transfers` row by row with the command's reader (`read`). */
async function readTransfers(
  path: string,
  roll: Roll,
  L: Locale,
  read: (
    path: string,
    what: string,
    plan: Omit<PlanRequest, 'file' | 'ignored'>,
    add: (plan: ColumnPlan, row: SheetRow) => void,
  ) => Promise<{ table: Table; plan: ColumnPlan; rows: number }>,
) {
  const { TRANSFER_FIELDS, TRANSFER_REQUIRED, TransfersBuilder } = await import(
    './tally-transfers.js'
  );
  let builder: InstanceType<typeof TransfersBuilder> | undefined;
  const f = await read(
    path,
    'transfers',
    {
      fields: TRANSFER_FIELDS,
      mapping: new Map(),
      required: TRANSFER_REQUIRED,
      option: '--transfers',
    },
    (plan, row) => {
      builder ??= new TransfersBuilder(plan, L);
      builder.add(row);
    },
  );
  const b = builder!;
  return { issues: b.issues, read: b.finish(roll), about: describeFile(L, f, [], []) };
}

/** Prints the bad rows (the first {@link MAX_ISSUES_SHOWN}) and gives the usage exit code. */
function badRows(L: Locale, issues: readonly RowIssue[], err: (line: string) => void): number {
  err(say(L, t(`发现 ${issues.length} 处错误行：`, `${issues.length} bad row(s):`)));
  for (const i of issues.slice(0, MAX_ISSUES_SHOWN))
    err(`  ${i.file}:${i.line} [${i.field}] ${i.message}`);
  if (issues.length > MAX_ISSUES_SHOWN) {
    err(
      say(
        L,
        t(
          `  ……另有 ${issues.length - MAX_ISSUES_SHOWN} 处`,
          `  … and ${issues.length - MAX_ISSUES_SHOWN} more`,
        ),
      ),
    );
  }
  return EXIT_CODES.usage;
}

/** The banner of a count without a voting window, on both streams. */
function provisional(
  L: Locale,
  o: { readonly out: (line: string) => void; readonly err: (line: string) => void },
): void {
  const banner = say(
    L,
    t(
      '临时计票：未给出投票起止时间，结果不具约束力',
      'PROVISIONAL COUNT: no voting window was given; the result is not binding',
    ),
  );
  o.out(banner);
  o.err(`jiayuan: ${banner}`);
}

export function describeFile(
  L: Locale,
  file: { table: Table; plan: ColumnPlan; rows: number },
  notes: readonly string[],
  unread: readonly string[],
): string[] {
  const { table, plan } = file;
  const lines = [
    say(
      L,
      t(
        `  ${table.file}：${table.source}；表头在第 ${plan.headerLine} 行，${formatCount(file.rows)} 行数据`,
        `  ${table.file}: ${table.source}; header on line ${plan.headerLine}, ${formatCount(file.rows)} row(s)`,
      ),
    ),
  ];
  const notRead = new Set(['occupancy', ...unread]);
  const used = [...plan.column]
    .filter(([key]) => !notRead.has(key))
    .sort((a, b) => a[1] - b[1])
    .map(([key, i]) => `${plan.headers[i]} → ${key}`);
  lines.push(`    ${say(L, t('读取列', 'columns'))}: ${used.join(', ')}`);
  const skipped = [
    ...(plan.column.has('occupancy')
      ? [`${headerOf(plan, 'occupancy')} (occupancy, not read / 居住状态，不读取)`]
      : []),
    ...plan.ignored.map((i) => `${i.header} (${i.why})`),
  ];
  if (skipped.length > 0)
    lines.push(`    ${say(L, t('未读取', 'not read'))}: ${skipped.join(', ')}`);
  for (const n of notes) lines.push(`    ${n}`);
  return lines;
}
