// `jiayuan tally --transfers transfers.csv`: changes of ownership from the register, read into
// the transfers the assembly's offline count takes (packages/assembly/src/ballot/tally-sheets.ts).
import type { TallyTransfer } from '@jiayuan/assembly';
import type { Locale, Roll } from '@jiayuan/core';
import { say, t } from '../i18n.js';
import { type ColumnPlan, type FieldSpec, fieldValue, headerOf } from '../input/columns.js';
import { parseTime, splitList } from '../input/values.js';
import type { SheetRow } from '../input/xlsx.js';
import { ROLL_FIELDS, type RowIssue, unitKey } from './tally.js';

/** The transfers' columns (`--transfer-columns` is not offered: the headers are few). */
export const TRANSFER_FIELDS: readonly FieldSpec[] = [
  { ...ROLL_FIELDS.find((f) => f.key === 'unit')!, label: 'unit id / 房号' },
  {
    key: 'to',
    label: 'new owner / 新业主',
    aliases: [
      '新业主',
      '新产权人',
      '新权利人',
      '受让人',
      '买受人',
      '现业主',
      'to',
      'newOwner',
      'newOwners',
    ],
  },
  {
    key: 'from',
    label: 'old owner / 原业主',
    aliases: [
      '原业主',
      '原产权人',
      '原权利人',
      '转让人',
      '出卖人',
      'from',
      'oldOwner',
      'oldOwners',
    ],
  },
  {
    key: 'recordedAt',
    label: 'recorded at / 记录时间',
    aliases: ['记录时间', '录入时间', '告知时间', '通知时间', 'recordedAt', 'recorded'],
  },
  {
    key: 'registeredAt',
    label: 'registered at / 登记时间',
    aliases: ['登记时间', '登簿时间', '过户时间', '不动产登记时间', 'registeredAt', 'registered'],
  },
];

/** Columns a transfers sheet must have. */
export const TRANSFER_REQUIRED = [['unit'], ['to'], ['recordedAt']] as const;

/** Why a row of the transfers sheet is not read. Stable codes. */
export const TRANSFER_ROW_CODES = [
  'transfer-row-unit',
  'transfer-row-owner',
  'transfer-row-time',
] as const;

/** One transfer read, with its line. */
interface TransferRow {
  readonly line: number;
  readonly unitId: string;
  readonly to: string[];
  readonly from?: string[];
  readonly recordedAt: string;
  readonly registeredAt: string;
}

/** The transfers read, in the order recorded, each with its line. */
export interface TransfersRead {
  readonly file: string;
  readonly transfers: readonly TallyTransfer[];
  /** The line of each of {@link transfers}. */
  readonly lines: readonly number[];
}

/**
 * Reads a transfers sheet row by row: the unit, its new owners (co-owners split as on the roll),
 * when the count learnt of the change (记录时间) and when the register recorded it (登记时间; the
 * same instant when absent: CC 214, the right changes when recorded). The old owners (原业主)
 * are optional: absent, they are the owners of record as the register stands when the change is
 * recorded — the roll with the changes recorded before it.
 */
export class TransfersBuilder {
  readonly issues: RowIssue[] = [];
  private readonly rows: TransferRow[] = [];

  constructor(
    private readonly plan: ColumnPlan,
    private readonly locale: Locale,
  ) {}

  /** Reads one data row; false when it is refused (the issue is kept). */
  add(row: SheetRow): boolean {
    const plan = this.plan;
    const bad = (
      key: string,
      code: (typeof TRANSFER_ROW_CODES)[number],
      zh: string,
      en: string,
    ) => {
      this.issues.push({
        file: plan.file,
        line: row.line,
        field: headerOf(plan, key),
        message: `[${code}] ${say(this.locale, t(zh, en))}`,
      });
      return false;
    };
    const unitId = unitKey(fieldValue(plan, row, 'unit'));
    if (unitId === '') return bad('unit', 'transfer-row-unit', '缺少房号', 'missing unit id');
    const to = splitList(fieldValue(plan, row, 'to'));
    if (to.length === 0) return bad('to', 'transfer-row-owner', '缺少新业主', 'missing new owner');
    const fromText = fieldValue(plan, row, 'from');
    const from = splitList(fromText);
    const recorded = parseTime(fieldValue(plan, row, 'recordedAt'));
    if (!recorded.ok)
      return bad('recordedAt', 'transfer-row-time', recorded.message, recorded.message);
    const registeredText = fieldValue(plan, row, 'registeredAt');
    const registered = registeredText === '' ? recorded : parseTime(registeredText);
    if (!registered.ok) {
      return bad('registeredAt', 'transfer-row-time', registered.message, registered.message);
    }
    this.rows.push({
      line: row.line,
      unitId,
      to,
      ...(from.length === 0 ? {} : { from }),
      recordedAt: recorded.at,
      registeredAt: registered.at,
    });
    return true;
  }

  /**
   * The transfers in the order recorded (rows recorded at the same instant in the sheet's
   * order), each old owner filled in from the register as it stands when absent.
   */
  finish(roll: Roll): TransfersRead {
    const rows = this.rows
      .map((r, i) => ({ r, i, at: Date.parse(r.recordedAt) }))
      .sort((a, b) => a.at - b.at || a.i - b.i)
      .map((x) => x.r);
    const owners = new Map(roll.units.map((u) => [u.id, u.owners]));
    const transfers: TallyTransfer[] = rows.map((r) => {
      const from = r.from ?? [...(owners.get(r.unitId) ?? [])];
      owners.set(r.unitId, r.to);
      return {
        unitId: r.unitId,
        // An empty list is the register's unit without owners: refused by the count, coded.
        from: from.length === 0 ? ['-'] : from,
        to: r.to,
        registeredAt: r.registeredAt,
        recordedAt: r.recordedAt,
      };
    });
    return { file: this.plan.file, transfers, lines: rows.map((r) => r.line) };
  }
}
