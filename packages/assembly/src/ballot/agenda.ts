import {
  type FreezeMatter,
  FreezeMatterSchema,
  type Majority,
  type MatterKind,
  MatterKindSchema,
  majorityOf,
} from '@jiayuan/core';
import { z } from 'zod';
import { ProposedVersionSchema } from '../rules/versions.js';
import { ElectionSchema } from './election.js';

/**
 * One item of an assembly's agenda (议题): a CC 278 ¶1 matter with its own majority (CC 278 ¶2),
 * or an election with candidates and seats (`election`, CC 278 ¶1 (三)), put to the whole
 * complex or, with `part`, to the owners of one part only (SH 69).
 */
export const AgendaItemSchema = z
  .strictObject({
    id: z.string().min(1, { error: 'agenda item id must not be empty' }).max(100),
    kind: MatterKindSchema,
    title: z.string().min(1, { error: 'agenda item title must not be empty' }).max(400),
    /** Decided by the owners of this part of the complex only (SH 69). */
    part: z.string().min(1).max(100).optional(),
    /** References of the documents sent with the notice for this item (SH 25 ¶2, BJ 35 ¶3). */
    documents: z.array(z.string().min(1).max(400)).max(50).optional(),
    /**
     * Whether the item is a major matter the committee reports to the residential party
     * organisation before calling the assembly (SH-36 (十六)); absent, {@link isMajorMatter}'s
     * reading of the kind applies.
     */
    major: z.boolean().optional(),
    /**
     * Which matter of SH 28 ¶4 the item is, for the re-election freeze; absent,
     * {@link freezeMatterOf}'s reading of the kind applies.
     */
    freezeMatter: FreezeMatterSchema.optional(),
    /**
     * The text version an item of kind `rules-of-procedure` or `management-statute` adopts or
     * amends to (CC 278 ¶1 (一)(二)); only the rules of procedure carry `settings`. When the item
     * passes, the meeting emits `rules-decided` with it.
     */
    proposed: ProposedVersionSchema.optional(),
    /**
     * The seats and candidates an item of kind `elect-committee` elects (CC 278 ¶1 (三)): each
     * candidate counted by the item's majority on its own participation, the seats filled by
     * core's allocation. Without it the item is a question answered agree or disagree.
     */
    election: ElectionSchema.optional(),
  })
  .superRefine((item, ctx) => {
    if (item.election !== undefined && item.kind !== 'elect-committee') {
      ctx.addIssue({
        code: 'custom',
        path: ['election'],
        message: 'only an elect-committee item holds an election (CC 278 ¶1 (三))',
      });
    }
    if (item.proposed === undefined) return;
    if (item.kind !== 'rules-of-procedure' && item.kind !== 'management-statute') {
      ctx.addIssue({
        code: 'custom',
        path: ['proposed'],
        message: 'only a rules-of-procedure or management-statute item proposes a text version',
      });
    } else if (item.kind === 'management-statute' && item.proposed.settings !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['proposed', 'settings'],
        message: 'only the rules of procedure set voting switches (SH 18 ¶1, SPC 9)',
      });
    }
  });
/** See {@link AgendaItemSchema}. */
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/** An agenda: at least one item, no two with the same id. */
export const AgendaSchema = z
  .array(AgendaItemSchema)
  .min(1, { error: 'an agenda needs at least one item' })
  .refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
    error: 'agenda item ids must be distinct',
  });

// SH-36 (十六) names: 修改业主大会议事规则和管理规约、大额维修资金和公共收益使用、物业服务收费调整、
// 物业服务企业选聘解聘、改造公共设施. The fund's use is taken as major unless the item says it is not
// (only 大额 uses are); fee adjustments and public revenue are `other-major` items marked `major`.
const MAJOR_KINDS: ReadonlySet<MatterKind> = new Set([
  'rules-of-procedure',
  'management-statute',
  'hire-dismiss-firm',
  'use-maintenance-fund',
  'raise-maintenance-fund',
  'rebuild-alter',
]);

/**
 * Whether an item is a major matter (重大事项) of SH-36 (十六): the item's own `major` when
 * given, else whether its kind is one the opinions name.
 */
export function isMajorMatter(item: {
  readonly kind: MatterKind;
  readonly major?: boolean | undefined;
}): boolean {
  return item.major ?? MAJOR_KINDS.has(item.kind);
}

/** The majority an item needs: special for CC 278 ¶1 (6)–(8), else ordinary (CC 278 ¶2). */
export function itemMajority(item: { readonly kind: MatterKind }): Majority {
  return majorityOf(item.kind);
}

/**
 * Which of the matters SH 28 ¶4 keeps from the assembly during a re-election the item is — the
 * item's own `freezeMatter` when given, else by kind: hiring or dismissing the firm (一); the
 * fund's use or raising and rebuilding as repairs (三); electing members none (the freeze waits
 * for the election); any other major matter (四). A fee change (二) is an item that says so.
 */
export function freezeMatterOf(item: {
  readonly kind: MatterKind;
  readonly major?: boolean | undefined;
  readonly freezeMatter?: FreezeMatter | undefined;
}): FreezeMatter | null {
  if (item.freezeMatter !== undefined) return item.freezeMatter;
  switch (item.kind) {
    case 'hire-dismiss-firm':
      return 'hire-dismiss-firm';
    case 'use-maintenance-fund':
    case 'raise-maintenance-fund':
    case 'rebuild-alter':
      return 'major-repair';
    case 'elect-committee':
      return null;
    default:
      return item.major === false ? null : 'other-major';
  }
}
