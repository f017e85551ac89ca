import type { Period } from '../calendar/index.js';
import type { CitationId } from '../citations/index.js';
import { atLeast, moreThan } from '../fraction.js';
import type { Bilingual } from '../i18n.js';

// Small builders that keep the shipped profiles readable as data.

/** A cited value. */
export function val<T>(
  value: T,
  cite: readonly CitationId[],
  note?: Bilingual,
): { value: T; cite: CitationId[]; note?: Bilingual } {
  return note === undefined ? { value, cite: [...cite] } : { value, cite: [...cite], note };
}

/** A cited period. */
export function per(
  period: Period,
  cite: readonly CitationId[],
  note?: Bilingual,
): { period: Period; cite: CitationId[]; note?: Bilingual } {
  return note === undefined ? { period, cite: [...cite] } : { period, cite: [...cite], note };
}

/** A period the profile's texts do not set. */
export function noPeriod(
  cite: readonly CitationId[],
  note: Bilingual,
): { period: null; cite: CitationId[]; note: Bilingual } {
  return { period: null, cite: [...cite], note };
}

/** Note for values that national law leaves to local rules or the 议事规则. */
export const NATIONAL_SILENT: Bilingual = {
  'zh-CN': '民法典、物业管理条例和司法解释未规定，由地方法规或业主大会议事规则确定。',
  en: 'Not set by the Civil Code, PMR or SPC: left to local rules or the rules of procedure.',
};

/** Note for the switch that merges units sharing co-owners (SPC 9, RULES VOTE-7). */
export const CO_OWNER_MERGE: Bilingual = {
  'zh-CN':
    '司法解释第九条：同一买受人拥有一个以上专有部分的，按一人计算；默认登记业主完全相同的专有部分按一人计算。议事规则可规定有共同业主的专有部分亦按一人计算。',
  en: 'SPC 9 counts the same buyer once: by default, units with the same owners of record. A rules of procedure may also count units that share a co-owner as one.',
};

/**
 * Note for what a change of ownership during the voting window does: no text says, and the
 * default is what official e-voting platforms do.
 */
export const TRANSFER_DURING_WINDOW: Bilingual = {
  'zh-CN':
    '法规未规定表决期间房屋转让的处理。物权自记载于不动产登记簿时发生效力（民法典第二百一十四条），共同管理的权利随房屋一并转让（第二百七十三条第二款）：原业主在登记前已投的票有效，未投票的由登记后的新业主投票（电子投票平台的通行做法）。',
  en: 'No text governs a transfer during the voting window. The right changes when recorded in the register (CC 214) and the right of joint management passes with the home (CC 273 ¶2): a ballot the old owner cast before the registration stands, otherwise the new owner of record votes (what official e-voting platforms do).',
};

/** Note for the escalation periods of the joint meetings, which no text sets. */
export const ESCALATION_POLICY: Bilingual = {
  'zh-CN': '文件未规定期限；此为政策默认值，可由宿主调整。',
  en: 'The notice sets no deadline; a policy default a host may change.',
};

/** Note for the revote policy, which no text sets. */
export const REVOTE_POLICY: Bilingual = {
  'zh-CN': '法规未规定重复投票的处理；默认以表决期内最后一次有效投票为准，应在表决规则中公示。',
  en: 'No text governs a changed ballot; by default the last ballot within the window counts, as the voting rules should state.',
};

/**
 * The party-organisation numbers every profile shares: they come from the party's own rules,
 * not from property law.
 */
export const PARTY_NUMBERS = {
  branchMinFullMembers: val(3, ['PARTY-CONST-30']),
  jointBranchMaxUnits: val(5, ['PARTY-BRANCH-5']),
  branchCommitteeFrom: val(7, ['PARTY-BRANCH-CH6']),
  branchCommitteeSize: val({ min: 3, max: 5, absoluteMax: 7 }, ['PARTY-BRANCH-CH6']),
  branchMaxMembers: val(50, ['PARTY-BRANCH-4']),
  branchCommitteeTerm: val({ community: { years: 5 }, other: { years: 3 } }, [
    'PARTY-CONST-31',
    'PARTY-BRANCH-CH6',
  ]),
  instructorCoverage: val(true, ['PARTY-INSTRUCTOR']),
  crossAppointment: val(false, ['MOHURD-2020-10']),
} as const;

/** Civil Code bars (CC 278 ¶2), shared by every shipped profile. */
export const CIVIL_CODE_BARS = {
  quorum: atLeast(2, 3),
  ordinary: moreThan(1, 2),
  special: atLeast(3, 4),
} as const;
