// The items of a multi-item ballot as `--items items.json` lists them, read into the assembly's
// agenda items (packages/assembly/src/ballot/agenda.ts) so that the file is counted as the
// meeting counts it.
import type { AgendaItem } from '@jiayuan/assembly';
import type { Locale, MatterKind } from '@jiayuan/core';
import { CliError } from '../exit-codes.js';
import { say, t } from '../i18n.js';
import { readJsonFile } from '../input/json.js';

/** One candidate of an election item: the name the cells use, and the id the count keeps. */
export interface BallotCandidate {
  readonly id: string;
  readonly name: string;
}

/** One item of a multi-item ballot (表决票), as `--items items.json` lists it. */
export interface BallotItem {
  /** The item's id: a column header of the wide layout, or a value of the 议题 column. */
  readonly id: string;
  readonly title: string;
  /** Its majority under CC 278 ¶2: ordinary (default) or special. */
  readonly matter: 'ordinary' | 'special';
  /** The CC 278 ¶1 matter it is; by default one of the majority `matter` names. */
  readonly kind: MatterKind;
  /** Decided by the owners of this building only (SH 69); its name as the roll's 楼栋 column has it. */
  readonly part?: string;
  /** An election of committee members (CC 278 ¶1 (三)): its seats and candidates. */
  readonly election?: { readonly seats: number; readonly candidates: readonly BallotCandidate[] };
}

/** The kind an item without `kind` is counted as: any of the majority it names does (CC 278 ¶2). */
const KIND_OF: Readonly<Record<'ordinary' | 'special', MatterKind>> = {
  ordinary: 'other-major',
  special: 'change-use-common-parts',
};

const EXPECTED =
  '[{"id": "1", "title": "…", "matter"?: "ordinary"|"special", "part"?: "3号楼"}, {"id": "4", "title": "增补委员", "election": {"candidates": ["王某", "李某"], "seats": 1}}]';

/**
 * Reads and checks `--items`: a JSON array of `{ id, title, matter?, kind?, part?, election? }`,
 * ids distinct. An election's candidates are names (`"王某"`) or `{ "id", "name" }`; the
 * assembly's own checks refuse no seat, more seats than candidates and a candidate listed twice,
 * with their codes.
 */
export async function readItems(path: string, locale: Locale): Promise<BallotItem[]> {
  const json = readJsonFile('--items', path);
  const { z } = await import('zod');
  const { MatterKindSchema, majorityOf } = await import('@jiayuan/core');
  const name = z.string().trim().min(1).max(200);
  const parsed = z
    .array(
      z.strictObject({
        id: z.string().trim().min(1).max(100),
        title: z.string().trim().min(1).max(400),
        matter: z.enum(['ordinary', 'special']).optional(),
        kind: MatterKindSchema.optional(),
        part: z.string().trim().min(1).max(100).optional(),
        election: z
          .strictObject({
            seats: z.number().int().min(0).max(100),
            candidates: z
              .array(
                z.union([
                  name.transform((n) => ({ id: n, name: n })),
                  z.strictObject({ id: name, name }),
                ]),
              )
              .min(1)
              .max(200),
          })
          .optional(),
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
      `--items ${path}: ${i.path.join('.') || '(file)'}: ${i.message} (expected ${EXPECTED})`,
    );
  }
  const items: BallotItem[] = [];
  for (const raw of parsed.data) {
    const kind =
      raw.kind ??
      (raw.election !== undefined ? 'elect-committee' : KIND_OF[raw.matter ?? 'ordinary']);
    const matter = majorityOf(kind);
    const refuse = (code: string, zh: string, en: string) =>
      new CliError(`--items ${path}: item ${raw.id}: [${code}] ${say(locale, t(zh, en))}`);
    if (raw.matter !== undefined && raw.matter !== matter) {
      throw refuse(
        'item-matter-kind',
        `事项类型 ${kind} 须${matter === 'special' ? '特别' : '一般'}多数（民法典第二百七十八条第二款），与 matter 不符`,
        `kind ${kind} takes the ${matter} majority (CC 278 ¶2), not the ${raw.matter} one`,
      );
    }
    const names = raw.election?.candidates.map((c) => c.name.normalize('NFKC')) ?? [];
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice !== undefined) {
      // Cells name candidates: two of one name could not be told apart.
      throw refuse(
        'election-duplicate-name',
        `两名候选人同名"${twice}"，选票无法区分`,
        `two candidates are named "${twice}": a sheet could not tell them apart`,
      );
    }
    if (raw.election !== undefined && kind !== 'elect-committee') {
      throw refuse(
        'item-election-kind',
        '只有选举业主委员会的议题才有候选人（民法典第二百七十八条第一款第三项）',
        'only an elect-committee item holds an election (CC 278 ¶1 (三))',
      );
    }
    items.push({
      id: raw.id,
      title: raw.title,
      matter,
      kind,
      ...(raw.part === undefined ? {} : { part: raw.part }),
      ...(raw.election === undefined ? {} : { election: raw.election }),
    });
  }
  const { electionItemIssues } = await import('@jiayuan/assembly');
  const unsound = electionItemIssues(items.map(agendaItemOf))[0];
  if (unsound !== undefined) {
    throw new CliError(`--items ${path}: [${unsound.code}] ${unsound.message[locale]}`);
  }
  return items;
}

/** The agenda item the assembly counts for `item`. */
export function agendaItemOf(item: BallotItem): AgendaItem {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    ...(item.part === undefined ? {} : { part: item.part }),
    ...(item.election === undefined
      ? {}
      : {
          election: {
            seats: item.election.seats,
            candidates: item.election.candidates.map((c) => ({ id: c.id, name: c.name })),
          },
        }),
  };
}
