import { readFileSync } from 'node:fs';
import type {
  Ballot,
  Channel,
  Electorate,
  ElectorateOptions,
  Locale,
  Roll,
  TallyResult,
} from '@jiayuan/core';
import { CliError, EXIT_CODES } from '../exit-codes.js';
import { say, t } from '../i18n.js';
import { type ColumnPlan, type FieldSpec, fieldValue, headerOf } from '../input/columns.js';
import type { SheetRow } from '../input/xlsx.js';
import {
  BALLOT_FIELDS,
  type BallotHead,
  CHOICE,
  MAX_ISSUES_SHOWN,
  type RowIssue,
  readBallotHead,
} from './tally.js';

/** One item of a multi-item ballot (表决票), as `--items items.json` lists it. */
export interface BallotItem {
  /** The item's id: a column header of the wide layout, or a value of the 议题 column. */
  readonly id: string;
  readonly title: string;
  /** Its majority under CC 278 ¶2: ordinary (default) or special. */
  readonly matter: 'ordinary' | 'special';
  /** Decided by the owners of this building only (SH 69); its name as the roll's 楼栋 column has it. */
  readonly part?: string;
}

/** Reads and checks `--items`: a JSON array of `{ id, title, matter?, part? }`, ids distinct. */
export async function readItems(path: string): Promise<BallotItem[]> {
  let json: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new CliError(
      `--items ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const { z } = await import('zod');
  const parsed = z
    .array(
      z.strictObject({
        id: z.string().trim().min(1).max(100),
        title: z.string().trim().min(1).max(400),
        matter: z.enum(['ordinary', 'special']).default('ordinary'),
        part: z.string().trim().min(1).max(100).optional(),
      }),
    )
    .min(1)
    .max(50)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
      error: 'item ids must be distinct',
    })
    .safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new CliError(
      `--items ${path}: ${i.path.join('.') || '(file)'}: ${i.message} (expected [{"id": "1", "title": "…", "matter"?: "ordinary"|"special", "part"?: "3号楼"}])`,
    );
  }
  return parsed.data.map(({ part, ...rest }) => (part === undefined ? rest : { ...rest, part }));
}

const ITEM_COLUMN: FieldSpec = {
  key: 'item',
  label: 'item / 议题',
  aliases: ['议题', '表决事项', '事项', '议题编号', 'item'],
};

const itemKey = (item: BallotItem) => `item:${item.id}`;

/**
 * The ballot sheet's columns for these items: the common ones, then either one column per item
 * (headed by its id, its title, 议题<id> or 事项<id>: the wide layout) or an 议题 column naming the
 * item with the 意见 column (one row per owner and item: the long layout).
 */
export function itemBallotFields(items: readonly BallotItem[]): FieldSpec[] {
  return [
    ...BALLOT_FIELDS,
    ITEM_COLUMN,
    ...items.map((item) => ({
      key: itemKey(item),
      label: `item ${item.id} / 议题${item.id}`,
      aliases: [item.id, item.title, `议题${item.id}`, `事项${item.id}`],
    })),
  ];
}

/** One item's count: its counter and the ballots it did not count. */
interface ItemCount {
  readonly item: BallotItem;
  readonly counter: InstanceType<typeof import('@jiayuan/core').TallyCounter>;
  readonly refused: string[];
  refusedCount: number;
}

/** What {@link ItemTally} needs from the single-item command: the roll read, the window. */
export interface ItemTallyInput {
  readonly core: typeof import('@jiayuan/core');
  readonly roll: Roll;
  /** How the roll is read into an electorate: the counting profile's readings (VOTE-16). */
  readonly readings: ElectorateOptions;
  readonly items: readonly BallotItem[];
  readonly window: { readonly opensAt: string; readonly closesAt: string } | undefined;
  readonly channels: readonly Channel[] | undefined;
  readonly ballotsFile: string;
  readonly locale: Locale;
}

/**
 * Counts a multi-item ballot: one counter per item on the same roll and window, each with its
 * own majority (CC 278 ¶2) and, for a part's item, its own electorate (SH 69). A row answers one
 * item (long layout) or several (wide layout: a blank cell is no answer, and the item's quorum is
 * counted without that owner).
 */
export class ItemTally {
  readonly issues: RowIssue[] = [];
  private readonly counts: ItemCount[];
  private layout: 'wide' | 'long' | undefined;

  constructor(private readonly input: ItemTallyInput) {
    const { core, roll, readings, items } = input;
    this.counts = items.map((item) => ({
      item,
      counter: new core.TallyCounter(
        electorateOf(core, roll, readings, item),
        core.CIVIL_CODE_RULES[item.matter],
        {
          ...(input.window === undefined ? {} : { window: input.window }),
          ...(input.channels === undefined ? {} : { channels: [...input.channels] }),
        },
      ),
      refused: [],
      refusedCount: 0,
    }));
  }

  /** Reads one data row of the ballot sheet and counts its answers. */
  add(plan: ColumnPlan, row: SheetRow): void {
    this.layout ??= layoutOf(plan, this.input.items);
    const head = readBallotHead(plan, row, this.issues);
    if (head === undefined) return;
    if (this.layout === 'long') {
      const id = fieldValue(plan, row, 'item').trim();
      const count = this.counts.find((c) => c.item.id === id || c.item.title === id);
      if (count === undefined) {
        this.bad(plan, row, 'item', `unknown item "${id}" (not in --items) / 未知议题`);
        return;
      }
      const choice = this.choiceOf(plan, row, 'choice');
      if (choice !== undefined) this.count(count, head, choice, row.line);
      return;
    }
    for (const count of this.counts) {
      const key = itemKey(count.item);
      if (!plan.column.has(key) || fieldValue(plan, row, key).trim() === '') continue;
      const choice = this.choiceOf(plan, row, key);
      if (choice !== undefined) this.count(count, head, choice, row.line);
    }
  }

  private choiceOf(plan: ColumnPlan, row: SheetRow, key: string): Ballot['choice'] | undefined {
    const text = fieldValue(plan, row, key);
    const choice = CHOICE(text);
    if (choice === undefined) {
      this.bad(plan, row, key, `unknown choice "${text}" (同意/反对/弃权/废票) / 未知意见`);
    }
    return choice;
  }

  private bad(plan: ColumnPlan, row: SheetRow, key: string, message: string): void {
    this.issues.push({ file: plan.file, line: row.line, field: headerOf(plan, key), message });
  }

  private count(count: ItemCount, head: BallotHead, choice: Ballot['choice'], line: number) {
    // Once a row is bad the count is moot (exit 2): the rest are only checked.
    if (this.issues.length > 0) return;
    const ballot: Ballot = { ...head, id: `${head.id}#${count.item.id}`, choice };
    const r = count.counter.submit(ballot);
    if (r.ok) return;
    count.refusedCount++;
    if (count.refused.length < MAX_ISSUES_SHOWN) {
      const L = this.input.locale;
      const part =
        count.item.part === undefined || r.issue.field !== 'unitId'
          ? ''
          : say(
              L,
              t(
                `（本议题由${count.item.part}业主表决，上海规定第六十九条）`,
                ` (this item is decided by the owners of ${count.item.part}, SH 69)`,
              ),
            );
      count.refused.push(
        `  ${this.input.ballotsFile}:${line} [${r.issue.field ?? r.issue.code}] ${r.issue.message[L]}${part}`,
      );
    }
  }

  /** Each item's result and the lines that explain it; the exit code: 0 when every item passed. */
  report(): { lines: string[]; results: TallyResult[]; code: number } {
    const L = this.input.locale;
    const { formatTally, formatArea } = this.input.core;
    const lines: string[] = [];
    const results: TallyResult[] = [];
    for (const { item, counter, refused, refusedCount } of this.counts) {
      const result = counter.result();
      results.push(result);
      const scope =
        item.part === undefined
          ? say(L, t('全体业主', 'all owners'))
          : say(L, t(`${item.part}业主`, `owners of ${item.part}`));
      const majority =
        item.matter === 'special'
          ? say(L, t('特别多数（民法典第二百七十八条第二款）', 'special majority (CC 278 ¶2)'))
          : say(L, t('一般多数（民法典第二百七十八条第二款）', 'ordinary majority (CC 278 ¶2)'));
      lines.push('');
      lines.push(
        say(
          L,
          t(
            `议题 ${item.id}：${item.title}（${majority}，${scope}）`,
            `Item ${item.id}: ${item.title} (${majority}, ${scope})`,
          ),
        ),
      );
      lines.push(
        say(
          L,
          t(
            `  表决权人：${counter.electorate.headcount} 人，${formatArea(counter.electorate.area)} m²`,
            `  Electorate: ${counter.electorate.headcount} persons, ${formatArea(counter.electorate.area)} m²`,
          ),
        ),
      );
      lines.push(formatTally(result, L));
      if (refusedCount > 0) {
        lines.push(
          say(
            L,
            t(`  未计入的选票（${refusedCount}）：`, `  Ballots not counted (${refusedCount}):`),
          ),
        );
        lines.push(...refused);
        if (refusedCount > refused.length) {
          lines.push(
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
    }
    lines.push('');
    lines.push(say(L, t('各议题结果：', 'Results by item:')));
    this.counts.forEach(({ item }, i) => {
      const passed = results[i]?.passed === true;
      lines.push(
        `  ${item.id}\t${item.title}\t${say(L, passed ? t('通过', 'passed') : t('未通过', 'not passed'))}`,
      );
    });
    const code = results.every((r) => r.passed) ? EXIT_CODES.ok : EXIT_CODES.notPassed;
    return { lines, results, code };
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

function electorateOf(
  core: typeof import('@jiayuan/core'),
  roll: Roll,
  readings: ElectorateOptions,
  item: BallotItem,
): Electorate {
  if (item.part === undefined) return core.buildElectorate(roll, readings);
  const units = roll.units.filter((u) => u.building === item.part);
  if (units.length === 0) {
    throw new CliError(
      `--items: item ${item.id}'s part "${item.part}" has no units on the roll (楼栋) / 名册中没有该部分的房屋`,
    );
  }
  return core.buildElectorate({ ...roll, units }, readings);
}
