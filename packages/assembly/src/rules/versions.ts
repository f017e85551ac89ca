import { InstantSchema } from '@jiayuan/core';
import { z } from 'zod';

/**
 * RULES VOTE-19. The two documents the assembly adopts and amends (CC 278 ¶1 (一) "制定和修改业主大会议事规则",
 * (二) "制定和修改管理规约"; BJ 34 ¶1 (一) "制定或者修改管理规约、业主大会议事规则"): the rules of
 * procedure (议事规则) and the management statute (管理规约).
 */
export const RulesDocumentSchema = z.enum(['rules-of-procedure', 'management-statute']);
/** One of {@link RulesDocumentSchema}; the agenda item's matter kind of the same name. */
export type RulesDocument = z.infer<typeof RulesDocumentSchema>;

/**
 * The switches of the profile a rules of procedure may set here, each optional (absent: the
 * profile's reading holds): the rules of procedure settle the assembly's way of deliberating and
 * its voting procedure (SH 19 "应当就业主大会的议事方式、表决程序…等事项作出约定"; PMR 18 the same).
 * They take effect from the decision, for votes opened later.
 *
 * - `electronicVoting`: the assembly adopts electronic voting (VOTE-14; SH-36 (二): meetings take
 *   "集体讨论和书面征求意见等形式", and an electronic channel counts only once adopted where the
 *   profile's `voting.electronicChannelNeedsAdoption` is on; BJ 35 ¶3 allows the internet by law,
 *   through the city's system, so under beijing the switch changes nothing).
 * - `mergeUnitsSharingCoOwners`: units that only share a co-owner count as one buyer, chained
 *   (SPC 9 "同一买受人拥有一个以上专有部分的，按一人计算"; VOTE-7: a reading the rules may adopt, the
 *   profile's `voting.mergeUnitsSharingCoOwners` off by default).
 */
export const RulesSettingsSchema = z.strictObject({
  electronicVoting: z.boolean().optional(),
  mergeUnitsSharingCoOwners: z.boolean().optional(),
});
/** See {@link RulesSettingsSchema}. */
export type RulesSettings = z.infer<typeof RulesSettingsSchema>;

/**
 * The text of a version, bounded: a digest of the full text (`sha256:` and 64 hex digits) and/or
 * a reference to where it is kept (the filing with the street office, SH 33; a document id).
 */
export const RulesTextSchema = z
  .strictObject({
    digest: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/, { error: 'a digest is sha256: and 64 lowercase hex digits' })
      .optional(),
    reference: z.string().min(1).max(400).optional(),
  })
  .refine((t) => t.digest !== undefined || t.reference !== undefined, {
    error: 'a version names its text by a digest or a reference',
  });
/** See {@link RulesTextSchema}. */
export type RulesText = z.infer<typeof RulesTextSchema>;

/** The highest version number a record keeps; far beyond any complex's amendments. */
export const MAX_RULES_VERSION = 10_000;

/**
 * A version proposed on an agenda item of kind `rules-of-procedure` or `management-statute`:
 * its number (1 for the adoption, one more for each amendment), its text and — for the rules of
 * procedure only — the switches it sets.
 */
export const ProposedVersionSchema = z.strictObject({
  version: z.number().int().min(1).max(MAX_RULES_VERSION),
  text: RulesTextSchema,
  settings: RulesSettingsSchema.optional(),
});
/** See {@link ProposedVersionSchema}. */
export type ProposedVersion = z.infer<typeof ProposedVersionSchema>;

/** A version as decided: which meeting's item passed it, and the decision's instant (CC 280 ¶1). */
export const DecidedVersionSchema = z.strictObject({
  document: RulesDocumentSchema,
  version: z.number().int().min(1).max(MAX_RULES_VERSION),
  decidedBy: z.strictObject({
    meetingId: z.string().min(1).max(200),
    itemId: z.string().min(1).max(100),
  }),
  decidedAt: InstantSchema,
  text: RulesTextSchema,
  settings: RulesSettingsSchema,
});
/** See {@link DecidedVersionSchema}. */
export type DecidedVersion = z.infer<typeof DecidedVersionSchema>;

/** The most versions one record keeps. */
export const MAX_RULES_VERSIONS = 1_000;

/** A complex's decided versions of both documents, in the order they were decided. */
export const RulesRecordSchema = z.strictObject({
  complexId: z.string().min(1).max(200),
  versions: z.array(DecidedVersionSchema).max(MAX_RULES_VERSIONS),
});
/** See {@link RulesRecordSchema}. */
export type RulesRecord = z.infer<typeof RulesRecordSchema>;

/** What a meeting starts with: the rules of procedure in force when it was started. */
export const RulesInForceSchema = z.strictObject({
  version: z.number().int().min(1).max(MAX_RULES_VERSION),
  settings: RulesSettingsSchema,
});
/** See {@link RulesInForceSchema}. */
export type RulesInForce = z.infer<typeof RulesInForceSchema>;
