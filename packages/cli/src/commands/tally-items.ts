// `jiayuan tally --items`: a multi-item ballot sheet read into the assembly's ballot sheets and
// counted by its offline count, `tallySheets`, so that the file tally and the meeting machine
// never disagree (packages/assembly/src/ballot/tally-sheets.ts).
import type { SheetAnswer, SheetTally, TallySheetsInput } from '@jiayuan/assembly';
import type { Ballot, Channel, Locale, Profile, Roll } from '@jiayuan/core';
import { CliError, EXIT_CODES } from '../exit-codes.js';
import { say, t } from '../i18n.js';
import { type ColumnPlan, type FieldSpec, fieldValue, headerOf } from '../input/columns.js';
import { parseTime } from '../input/values.js';
import type { SheetRow } from '../input/xlsx.js';
import { agendaItemOf, type BallotItem } from './ballot-items.js';
import { electionAnswer } from './election-cell.js';
import { itemLines, transferLines } from './item-report.js';
import {
  BALLOT_FIELDS,
  type BallotHead,
  CHOICE,
  MAX_ISSUES_SHOWN,
  type RowIssue,
  readBallotHead,
} from './tally.js';
import type { TransfersRead } from './tally-transfers.js';

export { type BallotItem, readItems } from './ballot-items.js';

const ITEM_COLUMN: FieldSpec = {
  key: 'item',
  label: 'item / 议题',
  aliases: ['议题', '表决事项', '事项', '议题编号', 'item'],
};

const RECEIVED_COLUMN: FieldSpec = {
  key: 'receivedAt',
  label: 'received at / 收到时间',
  aliases: ['收到时间', '收票时间', '回收时间', '送达时间', 'receivedAt', 'received'],
};

const itemKey = (item: BallotItem) => `item:${item.id}`;

/**
 * The ballot sheet's columns for these items: the common ones and the time a sheet was received
 * (收到时间, a paper sheet handed in after its own date), then either one column per item
 * (headed by its id, its title, 议题<id> or 事项<id>: the wide layout) or an 议题 column naming the
 * item with the 意见 column (one row per owner and item: the long layout).
 */
export function itemBallotFields(items: readonly BallotItem[]): FieldSpec[] {
  return [
    ...BALLOT_FIELDS,
    ITEM_COLUMN,
    RECEIVED_COLUMN,
    ...items.map((item) => ({
      key: itemKey(item),
      label: `item ${item.id} / 议题${item.id}`,
      aliases: [item.id, item.title, `议题${item.id}`, `事项${item.id}`],
    })),
  ];
}

/** Why a row of a multi-item sheet is not read. Stable codes. */
export const ITEM_ROW_CODES = [
  'unknown-choice',
  'unknown-item',
  'sheet-rows-disagree',
  'item-twice',
  'bad-received-at',
] as const;

/** One owner's sheet as read: the assembly's ballot sheet, its line and when it was received. */
interface DraftSheet extends BallotHead {
  readonly line: number;
  readonly receivedAt?: string;
  readonly answers: Map<string, SheetAnswer>;
}

/** What {@link ItemTally} counts on. */
export interface ItemTallyInput {
  readonly core: typeof import('@jiayuan/core');
  readonly assembly: typeof import('@jiayuan/assembly');
  readonly roll: Roll;
  readonly items: readonly BallotItem[];
  readonly window: { readonly opensAt: string; readonly closesAt: string } | undefined;
  readonly channels: readonly Channel[] | undefined;
  readonly ballotsFile: string;
  readonly locale: Locale;
}

// A count without a window (`--provisional`) takes sheets of any date.
const WIDE_OPEN = { opensAt: '1970-01-01T00:00:00Z', closesAt: '9999-12-31T00:00:00Z' } as const;

/**
 * Reads a multi-item ballot sheet into the assembly's ballot sheets — one per row (wide layout),
 * or the rows of one ballot id (or of one unit, voter and time) together (long layout) — and
 * counts them with `tallySheets`: each item on its own answers, electorate and majority (CC 278
 * ¶2, SH 69), an election's candidates by core's seat allocation, changes of ownership as the
 * profile says (CC 214, CC 273 ¶2). A sheet with one answer the meeting refuses is refused whole,
 * as the meeting refuses it.
 */
export class ItemTally {
  readonly issues: RowIssue[] = [];
  private readonly sheets: DraftSheet[] = [];
  private readonly byKey = new Map<string, DraftSheet>();
  private layout: 'wide' | 'long' | undefined;

  /** The roll with each part an item names (SH 69) read from the 楼栋 column into `parts`. */
  private readonly roll: Roll;

  constructor(private readonly input: ItemTallyInput) {
    this.roll = rollWithParts(input.roll, input.items);
  }

  /** Reads one data row of the ballot sheet; false when it is refused (the issue is kept). */
  add(plan: ColumnPlan, row: SheetRow): boolean {
    this.layout ??= layoutOf(plan, this.input.items);
    const head = readBallotHead(plan, row, this.issues);
    if (head === undefined) return false;
    let receivedAt: string | undefined;
    const receivedText = fieldValue(plan, row, 'receivedAt');
    if (receivedText !== '') {
      const r = parseTime(receivedText);
      if (!r.ok) return this.bad(plan, row, 'receivedAt', 'bad-received-at', r.message, r.message);
      receivedAt = r.at;
    }
    if (this.layout === 'wide') {
      const sheet = this.draft(head, row.line, receivedAt);
      this.sheets.push(sheet);
      for (const item of this.input.items) {
        const key = itemKey(item);
        if (!plan.column.has(key) || fieldValue(plan, row, key).trim() === '') continue;
        const answer = this.answerOf(plan, row, key, item);
        if (answer !== undefined) sheet.answers.set(item.id, answer);
      }
      return true;
    }
    const id = fieldValue(plan, row, 'item').trim();
    const item = this.input.items.find((i) => i.id === id || i.title === id);
    if (item === undefined) {
      return this.bad(
        plan,
        row,
        'item',
        'unknown-item',
        `未知议题"${id}"（不在 --items 中）`,
        `unknown item "${id}" (not in --items)`,
      );
    }
    const answer = this.answerOf(plan, row, 'choice', item);
    if (answer === undefined) return false;
    // The rows of one sheet: its ballot id, else its unit, voter, channel and time.
    const group = plan.column.has('ballot')
      ? `id\u0000${head.id}`
      : `at\u0000${head.unitId}\u0000${head.castBy}\u0000${head.channel}\u0000${head.at}`;
    let sheet = this.byKey.get(group);
    if (sheet === undefined) {
      sheet = this.draft(head, row.line, receivedAt);
      this.byKey.set(group, sheet);
      this.sheets.push(sheet);
    } else if (
      sheet.unitId !== head.unitId ||
      sheet.castBy !== head.castBy ||
      sheet.channel !== head.channel ||
      sheet.at !== head.at ||
      sheet.receivedAt !== receivedAt
    ) {
      return this.bad(
        plan,
        row,
        'ballot',
        'sheet-rows-disagree',
        `选票 ${head.id} 的各行房号、投票人、方式或时间不一致（见第 ${sheet.line} 行）`,
        `the rows of sheet ${head.id} differ in unit, voter, channel or time (see line ${sheet.line})`,
      );
    }
    if (sheet.answers.has(item.id)) {
      return this.bad(
        plan,
        row,
        'item',
        'item-twice',
        `选票 ${sheet.id} 对议题 ${item.id} 作答两次`,
        `sheet ${sheet.id} answers item ${item.id} twice`,
      );
    }
    sheet.answers.set(item.id, answer);
    return true;
  }

  private draft(head: BallotHead, line: number, receivedAt: string | undefined): DraftSheet {
    return {
      ...head,
      line,
      ...(receivedAt === undefined ? {} : { receivedAt }),
      answers: new Map(),
    };
  }

  private answerOf(
    plan: ColumnPlan,
    row: SheetRow,
    key: string,
    item: BallotItem,
  ): SheetAnswer | undefined {
    const text = fieldValue(plan, row, key);
    if (item.election !== undefined) return electionAnswer(text, item.election.candidates);
    const choice: Ballot['choice'] | undefined = CHOICE(text);
    if (choice === undefined) {
      this.bad(
        plan,
        row,
        key,
        'unknown-choice',
        `未知意见"${text}"（同意/反对/弃权/废票）`,
        `unknown choice "${text}" (同意/反对/弃权/废票)`,
      );
    }
    return choice;
  }

  private bad(
    plan: ColumnPlan,
    row: SheetRow,
    key: string,
    code: (typeof ITEM_ROW_CODES)[number],
    zh: string,
    en: string,
  ): false {
    const L = this.input.locale;
    this.issues.push({
      file: plan.file,
      line: row.line,
      field: headerOf(plan, key),
      message: `${say(L, t(zh, en))} [${code}]`,
    });
    return false;
  }

  /**
   * What `tallySheets` is given: the agenda, the roll, the national profile (the Civil Code's
   * count, VOTE-16) taking the channels `--settings` lists (all four by default, electronic as
   * adopted), the sheets in the order received (each at its 收到时间, else its own time; the
   * sheet's order among equals), the window and the transfers.
   */
  countInput(transfers: TransfersRead | undefined): TallySheetsInput {
    const { core, items, channels } = this.input;
    const roll = this.roll;
    const national: Profile = core.national;
    const profile: Profile =
      channels === undefined
        ? national
        : {
            ...national,
            voting: {
              ...national.voting,
              channels: { ...national.voting.channels, value: [...channels] },
            },
          };
    const received = (s: DraftSheet) => Date.parse(s.receivedAt ?? s.at);
    const ordered = this.sheets
      .map((s, i) => ({ s, i, at: received(s) }))
      .sort((a, b) => a.at - b.at || a.i - b.i)
      .map((x) => x.s);
    this.sheets.splice(0, this.sheets.length, ...ordered);
    const receivedAt: Record<string, string> = Object.create(null);
    for (const s of ordered) if (s.receivedAt !== undefined) receivedAt[s.id] = s.receivedAt;
    const window = this.input.window ?? WIDE_OPEN;
    return {
      items: items.map(agendaItemOf),
      roll,
      profile,
      sheets: ordered.map(({ line: _line, receivedAt: _received, answers, ...head }) => ({
        ...head,
        answers: Object.fromEntries(answers),
      })),
      opensAt: window.opensAt,
      closesAt: window.closesAt,
      electronicAdopted: true,
      ...(transfers === undefined ? {} : { transfers: transfers.transfers }),
      receivedAt,
    };
  }

  /**
   * Counts and explains: each item's result (an election's candidates, who is elected), the
   * sheets not counted with the meeting's codes, the changes of ownership taken and refused.
   * The exit code is 0 when every item passed and every election filled its seats.
   */
  report(transfers: TransfersRead | undefined): {
    lines: string[];
    tally: SheetTally;
    code: number;
  } {
    const L = this.input.locale;
    const tally = this.input.assembly.tallySheets(this.countInput(transfers));
    const lines: string[] = [];
    for (const r of tally.results) {
      const item = this.input.items.find((i) => i.id === r.item.id)!;
      lines.push(...itemLines(this.input.core, item, r, L));
    }
    if (tally.refused.length > 0) {
      lines.push('');
      lines.push(
        say(
          L,
          t(
            `未计入的表决票（${tally.refused.length}；一张票整张计入或整张不计入）：`,
            `Sheets not counted (${tally.refused.length}; a sheet counts whole or not at all):`,
          ),
        ),
      );
      for (const issue of tally.refused.slice(0, MAX_ISSUES_SHOWN)) {
        const sheet = this.sheets[issue.position];
        const where = `  ${this.input.ballotsFile}:${sheet?.line ?? '?'}`;
        if (issue.code === 'item-refused' && issue.ballot !== undefined) {
          const item = this.input.items.find((i) => i.id === issue.item);
          const part =
            item?.part === undefined || issue.ballot.field !== 'unitId'
              ? ''
              : say(
                  L,
                  t(
                    `（议题 ${item.id} 由${item.part}业主表决，上海规定第六十九条）`,
                    ` (item ${item.id} is decided by the owners of ${item.part}, SH 69)`,
                  ),
                );
          lines.push(
            `${where} [${issue.ballot.field ?? issue.ballot.code}] ${issue.ballot.message[L]}${part} (${issue.code}: ${issue.ballot.code})`,
          );
        } else lines.push(`${where} [${issue.code}] ${issue.message[L]}`);
      }
      const more = tally.refused.length - MAX_ISSUES_SHOWN;
      if (more > 0) lines.push(say(L, t(`  ……另有 ${more} 张`, `  … and ${more} more`)));
    }
    if (transfers !== undefined) lines.push(...transferLines(tally, transfers, this.sheets, L));
    lines.push('');
    lines.push(say(L, t('各议题结果：', 'Results by item:')));
    let ok = true;
    for (const r of tally.results) {
      const e = r.election;
      if (e === undefined) {
        ok &&= r.result.passed;
        lines.push(
          `  ${r.item.id}\t${r.item.title}\t${say(L, r.result.passed ? t('通过', 'passed') : t('未通过', 'not passed'))}`,
        );
        continue;
      }
      ok &&= e.elected.length === e.seats;
      const names = e.elected.map(
        (id) => e.candidates.find((c) => c.candidateId === id)?.name ?? id,
      );
      lines.push(
        `  ${r.item.id}\t${r.item.title}\t${say(
          L,
          names.length === 0
            ? t(`无人当选（${e.seats} 席）`, `no one elected (${e.seats} seat(s))`)
            : t(
                `当选：${names.join('、')}（${names.length}/${e.seats} 席）`,
                `elected: ${names.join(', ')} (${names.length}/${e.seats} seat(s))`,
              ),
        )}`,
      );
    }
    return { lines, tally, code: ok ? EXIT_CODES.ok : EXIT_CODES.notPassed };
  }
}

function layoutOf(plan: ColumnPlan, items: readonly BallotItem[]): 'wide' | 'long' {
  const wide = items.some((item) => plan.column.has(itemKey(item)));
  const long = plan.column.has('item') && plan.column.has('choice');
  if (wide && long) {
    throw new CliError(
      `${plan.file}: both an item column (议题) and one column per item; use one layout / 请只用一种版式`,
    );
  }
  if (!wide && !long) {
    throw new CliError(
      `${plan.file}: no answers found: give one column per item (headed by its id or title) or an item column (议题) with a choice column (意见) / 未找到议题列`,
    );
  }
  return wide ? 'wide' : 'long';
}

/**
 * `roll` with each unit of a building an item names as its part (SH 69) in that part: the roll
 * sheet's 楼栋 column is where a part's units are found.
 *
 * @throws {CliError} when no unit of the roll is in an item's part.
 */
function rollWithParts(roll: Roll, items: readonly BallotItem[]): Roll {
  const parts = new Set(items.flatMap((i) => (i.part === undefined ? [] : [i.part])));
  if (parts.size === 0) return roll;
  for (const item of items) {
    if (item.part !== undefined && !roll.units.some((u) => u.building === item.part)) {
      throw new CliError(
        `--items: item ${item.id}'s part "${item.part}" has no units on the roll (楼栋) / 名册中没有该部分的房屋`,
      );
    }
  }
  return {
    ...roll,
    units: roll.units.map((u) =>
      parts.has(u.building) && !u.parts.includes(u.building)
        ? { ...u, parts: [...u.parts, u.building] }
        : u,
    ),
  };
}
