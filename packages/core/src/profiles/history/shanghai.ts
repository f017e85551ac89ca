import { atLeast } from '../../fraction.js';
import type { Bilingual } from '../../i18n.js';
import { noPeriod, per, val } from '../entries.js';
import { shanghai } from '../shanghai.js';
import type { ProfileHistory, ProfilePatch } from './edition.js';
import { defineHistory } from './edition.js';

// Each patch is named for the event in the texts that makes it apply; an edition spreads the
// patches true on its days. Read against the texts under docs/law/.

const NOT_IN_SH: Bilingual = {
  'zh-CN': '上海规定未列此情形；业主大会可依法增加。',
  en: 'Not a ground in SH; an assembly may add it.',
};

const CARRIED_FROM_SH6: Bilingual = {
  'zh-CN': '出自2026年6月30日失效的沪房规范〔2021〕6号，现行文件未作规定，沿用为默认值。',
  en: 'From SH-6, which expired on 2026-06-30; current texts are silent, so it stays as the default.',
};

/** Before 2023-12-28: SH art. 20 ¶2 in its 2020 wording (the arrears bar, no 不执行决定 ground). */
const SH_2020_ART_20: ProfilePatch = {
  'eligibility.grounds.familyEmployedByFirm': val(true, ['SH-2020-20-2-family']),
  'eligibility.grounds.structuralDamage': val(true, ['SH-2020-20-2-grounds']),
  'eligibility.grounds.illegalConstruction': val(true, ['SH-2020-20-2-grounds']),
  'eligibility.grounds.facadeDamage': val(true, ['SH-2020-20-2-grounds']),
  'eligibility.grounds.unauthorisedChangeOfUse': val(true, ['SH-2020-20-2-grounds']),
  'eligibility.grounds.illegalLetting': val(true, ['SH-2020-20-2-grounds']),
  'eligibility.grounds.notExecutingDecisions': val(false, ['SH-2020-20-2-grounds'], {
    'zh-CN': '2020年文本未列不执行业主大会、业主委员会决定的情形，2023年修正增加。',
    en: 'The 2020 text does not list refusing to carry out the assembly’s or committee’s decisions; the 2023 amendment added it.',
  }),
  'eligibility.grounds.feeArrears': val(true, ['SH-2020-20-2']),
  'eligibility.grounds.dishonestDebtor': val(false, ['SH-2020-20-2-more'], NOT_IN_SH),
  'eligibility.grounds.residenceRequirement': val(false, ['SH-2020-20-2-more'], NOT_IN_SH),
  'eligibility.assemblyMayAddGrounds': val(true, ['SH-2020-20-2-more']),
};

/** From 2023-12-28: the arrears bar is gone from SH art. 20 ¶2. */
const SH_2023_ART_20: ProfilePatch = {
  'eligibility.grounds.feeArrears': val(false, ['SH-20-2'], {
    'zh-CN': '2023年12月28日修正后的第二十条第二款未列欠交物业服务费或专项维修资金的情形。',
    en: 'SH art. 20 ¶2 as amended 2023-12-28 does not list arrears of fees or of the maintenance fund.',
  }),
};

/** While SH-6 is in force (to 2026-06-30): its values cite it as a text in force. */
const SH6_IN_FORCE: ProfilePatch = {
  'formation.group.developerReps': val(1, ['SH-6-6']),
  'formation.group.streetReps': val({ min: 1, max: 2 }, ['SH-6-6']),
  'formation.group.residentsCommitteeRepsEach': val(1, ['SH-6-6']),
  'disclosure.annualAuditDueBy': val({ month: 6, day: 30 }, ['SH-6-11']),
  'disclosure.termEndAuditWithin': per({ months: 1 }, ['SH-6-11-term']),
};

/** From 2026-07-01: SH-6 has expired; its values stay as defaults that no text in force sets. */
const SH6_EXPIRED: ProfilePatch = {
  'formation.group.developerReps': val(1, [], CARRIED_FROM_SH6),
  'formation.group.streetReps': val({ min: 1, max: 2 }, [], CARRIED_FROM_SH6),
  'formation.group.residentsCommitteeRepsEach': val(1, [], CARRIED_FROM_SH6),
  'formation.candidateJointReview': val(true, ['SH-36-4-report'], {
    'zh-CN':
      '36号文要求向街镇党（工）委报告候选人名单；6号文的多部门联审机制随其失效，沿用为默认值。',
    en: 'SH-36 has the list reported to the 街镇党(工)委; the multi-agency review of SH-6 expired with it and stays as the default.',
  }),
  'party.reportBeforeMajorMatters': val(true, ['SH-36-16-report']),
  'disclosure.annualAuditDueBy': val({ month: 6, day: 30 }, [], CARRIED_FROM_SH6),
  'disclosure.termEndAuditWithin': per({ months: 1 }, [], CARRIED_FROM_SH6),
};

/** Before 2026-06-04: SH-36 (六) allows a secretary; SH-84's pilot scheme is not yet issued. */
const BEFORE_SH84: ProfilePatch = {
  'meetings.secretary': val(true, ['SH-36-6']),
};

/** Before 2026-03-23: SH-36 is not yet issued; SH-6 and the regulation alone. */
const BEFORE_SH36: ProfilePatch = {
  'voting.channels': val(['paper', 'on-site', 'door-to-door', 'electronic'] as const, ['SH-18-1']),
  'voting.electronicChannelNeedsAdoption': val(true, ['SH-18-1'], {
    'zh-CN':
      '上海规定未提及电子投票；各区以“随申办”等试点方式推行，须经业主大会先行表决采用（二手资料）。',
    en: 'SH does not mention e-voting; districts run it as pilots (随申办 "拇指表决") that an assembly first adopts by vote (secondary sources).',
  }),
  'formation.group.leader': val('street' as const, ['SH-15-2-leader']),
  'formation.substitutes': val({ allowed: false, max: null }, [], {
    'zh-CN': '36号文之前，上海的规定未设候补委员。',
    en: 'Before SH-36 no Shanghai text provided for substitute members.',
  }),
  'formation.partyRecommendsCandidates': val(true, ['SH-6-8-party']),
  'formation.candidateJointReview': val(true, ['SH-6-8']),
  'eligibility.undertakingRequired': val(true, ['SH-20-3']),
  'term.group': val(
    {
      odd: true,
      ownerRepsShare: atLeast(1, 2),
      leader: 'street' as const,
      developerExcluded: true,
    },
    ['SH-28-3'],
  ),
  'term.earlyReElection.whenMembersFewerThan': val({ num: 1, den: 2 }, ['SH-32-2']),
  'term.standIn': val({ kind: 'none' as const }, ['SH-25-3'], {
    'zh-CN': '36号文之前无代行机构；街道办事处可以应业主要求组织召开业主大会会议。',
    en: 'Before SH-36 there is no stand-in body; the street office may call the assembly at the owners’ request.',
  }),
  'meetings.receptionDay': noPeriod(['SH-27-1-reception'], {
    'zh-CN': '第二十七条要求建立定期接待制度，未规定频率；每月至少一次始于36号文。',
    en: 'SH 27 asks for regular reception without a frequency; at least monthly comes with SH-36.',
  }),
  'meetings.sealsHeldSeparately': val(false, [], {
    'zh-CN': '36号文之前无印章分别保管的规定（6号文第十条只要求建立印章管理制度）。',
    en: 'Before SH-36 no text has the seals held by different members (SH-6 sec. 10 asks only for a seal-management system).',
  }),
  'meetings.secretary': val(false, [], {
    'zh-CN': '秘书制度始于36号文。',
    en: 'The secretary comes with SH-36.',
  }),
  'party.reportBeforeMajorMatters': val(true, ['SH-6-10']),
  'party.memberQuota': val({ enabled: false, share: null }, ['SH-6-8'], {
    'zh-CN': '6号文第八条要求考虑政治面貌，未设党员比例。',
    en: 'SH-6 sec. 8 weighs political status but sets no quota.',
  }),
  'jointMeetings.threePartyMeetingEvery': noPeriod([], {
    'zh-CN': '月度三方联席会议始于36号文。',
    en: 'The monthly three-party meeting comes with SH-36.',
  }),
};

const NATIONAL_LAWS = ['CC', 'CC-contract', 'CC-general', 'SPC', 'PMR'] as const;

/**
 * Shanghai as it stood on each day since 2022-10-22: the regulation's 2020 and 2023 wordings of
 * art. 20 ¶2, SH-6 (2021-07-01 to 2026-06-30), SH-36 (from 2026-03-23) and SH-84 (from
 * 2026-06-04). The history starts with the party constitution as amended 2022-10-22, the latest
 * of the texts the first edition cites.
 */
export const SHANGHAI_HISTORY: ProfileHistory = defineHistory(shanghai, [
  {
    from: '2022-10-22',
    summary: {
      'zh-CN': '上海市住宅物业管理规定（2020年12月30日修正文本）与沪房规范〔2021〕6号',
      en: 'The Shanghai regulation as amended 2020-12-30, with SH-6',
    },
    follows: {
      'zh-CN':
        '《上海市住宅物业管理规定》（2020年12月30日修正）、沪房规范〔2021〕6号，以及民法典、物业管理条例和最高法解释',
      en: 'Shanghai Residential Property Regulation as amended 2020-12-30 and SH-6 (2021), with the Civil Code, PMR and the SPC interpretation',
    },
    laws: [...NATIONAL_LAWS, 'SH', 'SH-2020', 'SH-6', 'JA'],
    patch: { ...SH6_IN_FORCE, ...BEFORE_SH84, ...BEFORE_SH36, ...SH_2020_ART_20 },
  },
  {
    from: '2023-12-28',
    summary: {
      'zh-CN': '第四次修正：第二十条第二款删去欠费情形、增加不执行决定情形',
      en: 'The 4th amendment: SH art. 20 ¶2 drops the arrears bar and adds refusing to carry out decisions',
    },
    follows: {
      'zh-CN':
        '《上海市住宅物业管理规定》（2023年12月28日修正）、沪房规范〔2021〕6号，以及民法典、物业管理条例和最高法解释',
      en: 'Shanghai Residential Property Regulation as amended 2023-12-28 and SH-6 (2021), with the Civil Code, PMR and the SPC interpretation',
    },
    laws: [...NATIONAL_LAWS, 'SH', 'SH-6', 'JA'],
    patch: { ...SH6_IN_FORCE, ...BEFORE_SH84, ...BEFORE_SH36, ...SH_2023_ART_20 },
  },
  {
    from: '2026-03-23',
    summary: {
      'zh-CN': '沪房物业〔2026〕36号：候补委员、物业治理委员会、每月接待日和三方联席会议',
      en: 'SH-36: substitute members, the governance committee, monthly reception and three-party meetings',
    },
    follows: {
      'zh-CN':
        '《上海市住宅物业管理规定》（2023年12月28日修正）、沪房物业〔2026〕36号、沪房规范〔2021〕6号，以及民法典、物业管理条例和最高法解释',
      en: 'Shanghai Residential Property Regulation as amended 2023-12-28, SH-36 (2026) and SH-6 (2021), with the Civil Code, PMR and the SPC interpretation',
    },
    laws: [...NATIONAL_LAWS, 'SH', 'SH-36', 'SH-6', 'JA'],
    patch: { ...SH6_IN_FORCE, ...BEFORE_SH84, ...SH_2023_ART_20 },
  },
  {
    from: '2026-06-04',
    summary: {
      'zh-CN': '沪房物业〔2026〕84号：业委会秘书制度试行',
      en: 'SH-84: the committee secretary pilot',
    },
    follows: {
      'zh-CN':
        '《上海市住宅物业管理规定》（2023年12月28日修正）、沪房物业〔2026〕36号、沪房物业〔2026〕84号（试行）、沪房规范〔2021〕6号，以及民法典、物业管理条例和最高法解释',
      en: 'Shanghai Residential Property Regulation as amended 2023-12-28, SH-36 (2026), SH-84 (2026, pilot) and SH-6 (2021), with the Civil Code, PMR and the SPC interpretation',
    },
    laws: [...NATIONAL_LAWS, 'SH', 'SH-36', 'SH-84', 'SH-6', 'JA'],
    patch: { ...SH6_IN_FORCE, ...SH_2023_ART_20 },
  },
  {
    from: '2026-07-01',
    summary: {
      'zh-CN': '沪房规范〔2021〕6号于2026年6月30日期满失效',
      en: 'SH-6 expired on 2026-06-30',
    },
    follows: {
      'zh-CN':
        '《上海市住宅物业管理规定》（2023年12月28日修正）、沪房物业〔2026〕36号、沪房物业〔2026〕84号（试行），以及民法典、物业管理条例和最高法解释',
      en: 'Shanghai Residential Property Regulation as amended 2023-12-28, SH-36 (2026), SH-84 (2026, pilot), with the Civil Code, PMR and the SPC interpretation',
    },
    laws: [...NATIONAL_LAWS, 'SH', 'SH-36', 'SH-84', 'JA'],
    patch: { ...SH6_EXPIRED, ...SH_2023_ART_20 },
  },
]);
