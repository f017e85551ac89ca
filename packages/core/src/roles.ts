import { z } from 'zod';
import type { Bilingual } from './i18n.js';

/**
 * Every party that acts in the procedures, by its legal role. An event's sender carries one;
 * each machine says which roles may send which event.
 */
export const ROLES = [
  'owner',
  'developer',
  'committee',
  'committee-chair',
  'preparatory-group',
  're-election-group',
  'street-office',
  'street-party-committee',
  'residents-committee',
  'residential-party-organisation',
  'housing-office',
  'district-housing-bureau',
  'district-organisation-department',
  'property-firm',
  'third-party-organisation',
  'mediation-committee',
  'higher-party-organisation',
  'system',
] as const;

/** Zod schema of {@link Role}. */
export const RoleSchema = z.enum(ROLES, {
  error: (issue) =>
    `unknown role ${JSON.stringify(issue.input)}; expected one of ${ROLES.join(', ')}`,
});

/** One of {@link ROLES}; written without zod so `@jiayuan/core/dispatch` needs no zod types. */
export type Role = (typeof ROLES)[number];

/** The names of the roles in both locales, as the law and practice call them. */
export const ROLE_NAMES: Readonly<Record<Role, Bilingual>> = {
  owner: { 'zh-CN': '业主', en: 'owner' },
  developer: { 'zh-CN': '建设单位', en: 'developer' },
  committee: { 'zh-CN': '业主委员会', en: "owners' committee" },
  'committee-chair': { 'zh-CN': '业主委员会主任', en: "owners' committee chair" },
  'preparatory-group': { 'zh-CN': '业主大会筹备组', en: 'preparatory group' },
  're-election-group': { 'zh-CN': '换届改选小组', en: 're-election group' },
  'street-office': { 'zh-CN': '街道办事处/乡镇人民政府', en: 'street office / town government' },
  'street-party-committee': {
    'zh-CN': '街镇党(工)委',
    en: 'street/town party (working) committee',
  },
  'residents-committee': { 'zh-CN': '居民委员会', en: "residents' committee" },
  'residential-party-organisation': {
    'zh-CN': '居民区党组织',
    en: 'residential-area party organisation',
  },
  'housing-office': { 'zh-CN': '房屋行政管理部门(房管机构)', en: 'housing administration office' },
  'district-housing-bureau': { 'zh-CN': '区房管局', en: 'district housing bureau' },
  'district-organisation-department': {
    'zh-CN': '区委组织部',
    en: 'district party organisation department',
  },
  'property-firm': { 'zh-CN': '物业服务企业', en: 'property service firm' },
  'third-party-organisation': {
    'zh-CN': '第三方专业社会组织',
    en: 'third-party professional organisation',
  },
  'mediation-committee': { 'zh-CN': '人民调解委员会', en: "people's mediation committee" },
  'higher-party-organisation': { 'zh-CN': '上级党组织', en: 'higher-level party organisation' },
  system: { 'zh-CN': '系统(时钟)', en: 'system (clock)' },
};

/** Who sent an event: an id the host knows and the role they act in. */
export const ActorRefSchema = z.object({
  id: z
    .string()
    .min(1, { error: 'actor id must not be empty' })
    .max(128, { error: 'actor id is longer than 128 characters' }),
  role: RoleSchema,
  /** Display name; treated as personal data by the inspector's sanitiser. */
  name: z.string().max(100, { error: 'actor name is longer than 100 characters' }).optional(),
});

/**
 * Who sent an event, as {@link ActorRefSchema} parses it (test/roles.test-d.ts holds the two
 * equal); written without zod so `@jiayuan/core/dispatch` needs no zod types.
 */
export interface ActorRef {
  /** An id the host knows, 1–128 characters. */
  id: string;
  /** The role the sender acts in. */
  role: Role;
  /** Display name, at most 100 characters. */
  name?: string | undefined;
}
