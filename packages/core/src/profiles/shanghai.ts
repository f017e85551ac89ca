import { atLeast, moreThan } from '../fraction.js';
import type { Bilingual } from '../i18n.js';
import { defineProfile } from './define.js';
import {
  CIVIL_CODE_BARS,
  CO_OWNER_MERGE,
  ESCALATION_POLICY,
  noPeriod,
  PARTY_NUMBERS,
  per,
  REVOTE_POLICY,
  TRANSFER_DURING_WINDOW,
  val,
} from './entries.js';
import type { ProfileInput } from './schema.js';

const EXPIRED_SH6: Bilingual = {
  'zh-CN': '出自已失效的沪房规范〔2021〕6号，现行文件未作规定，沿用为默认值。',
  en: 'From SH-6, since expired; current texts are silent, so it stays as the default.',
};

const NOT_IN_SH: Bilingual = {
  'zh-CN': '上海规定未列此情形；业主大会可依法增加。',
  en: 'Not a ground in SH; an assembly may add it.',
};

const SHANGHAI_INPUT = {
  id: 'shanghai',
  name: { 'zh-CN': '上海', en: 'Shanghai' },
  follows: {
    'zh-CN':
      '《上海市住宅物业管理规定》（2023年12月28日修正）、沪房物业〔2026〕36号、沪房物业〔2026〕84号（试行），以及民法典、物业管理条例和最高法解释',
    en: 'Shanghai Residential Property Regulation as amended 2023-12-28, SH-36 (2026), SH-84 (2026, pilot), with the Civil Code, PMR and the SPC interpretation',
  },
  laws: [
    'CC',
    'CC-contract',
    'CC-general',
    'SPC',
    'PMR',
    'SH',
    'SH-2020',
    'SH-36',
    'SH-84',
    'SH-6',
    'JA',
  ],
  voting: {
    quorum: {
      headcount: val(CIVIL_CODE_BARS.quorum, ['CC-278-2', 'SH-18-1-quorum']),
      area: val(CIVIL_CODE_BARS.quorum, ['CC-278-2', 'SH-18-1-quorum']),
    },
    ordinary: {
      headcount: val(CIVIL_CODE_BARS.ordinary, ['CC-278-2-ordinary', 'SH-18-2']),
      area: val(CIVIL_CODE_BARS.ordinary, ['CC-278-2-ordinary', 'SH-18-2']),
    },
    special: {
      headcount: val(CIVIL_CODE_BARS.special, ['CC-278-2-special', 'SH-18-2-special']),
      area: val(CIVIL_CODE_BARS.special, ['CC-278-2-special', 'SH-18-2-special']),
    },
    revote: val('last-wins' as const, [], REVOTE_POLICY),
    interimAssemblyProposers: {
      share: val(atLeast(1, 5), ['SH-25', 'PMR-13']),
      measure: val('headcount' as const, ['SH-25', 'GUIDE-2009-interim'], {
        'zh-CN': '上海规定按业主人数计，不区分面积与人数；2009年全国指导规则按两者计算（未核实）。',
        en: 'SH counts owners without splitting area and headcount; the 2009 national guidance counted both (unverified).',
      }),
    },
    meetingNotice: per({ days: 15 }, ['PMR-14', 'PMR-14-2', 'SH-16-2']),
    channels: val(['paper', 'on-site', 'door-to-door', 'electronic'] as const, [
      'SH-18-1',
      'SH-36-2',
    ]),
    electronicChannelNeedsAdoption: val(true, ['SH-36-2', 'SH-18-1'], {
      'zh-CN':
        '上海规定未提及电子投票；各区以“随申办”等试点方式推行，须经业主大会先行表决采用（二手资料）。',
      en: 'SH does not mention e-voting; districts run it as pilots (随申办 "拇指表决") that an assembly first adopts by vote (secondary sources).',
    }),
    electronicChannelCitySystemOnly: val(false, ['SH-18-1'], {
      'zh-CN': '上海规定未指定电子投票系统。',
      en: 'SH names no e-voting system.',
    }),
    parking: val('literal' as const, ['SPC-2', 'SPC-8', 'SPC-9', 'SPC-2-parking']),
    mergeUnitsSharingCoOwners: val(false, ['SPC-9'], CO_OWNER_MERGE),
    // "事先将会议时间、地点、议题和议程书面通知所在地房管机构、居民委员会".
    noticeToAuthorities: val(true, ['SH-25-2']),
    transferDuringWindow: val(
      'old-ballot-stands' as const,
      ['CC-214', 'CC-273-2', 'SPC-1'],
      TRANSFER_DURING_WINDOW,
    ),
    revocationWindow: per({ years: 1 }, ['SPC-12', 'CC-280-2']),
    decisionPosting: noPeriod(['SH-27'], {
      'zh-CN': '第二十七条要求及时公布决定，未规定天数。',
      en: 'SH 27 requires decisions to be posted promptly (及时), without a number of days.',
    }),
  },
  formation: {
    trigger: {
      deliveredAreaShare: val(atLeast(1, 2), ['SH-13']),
      sinceFirstDelivery: per({ years: 2 }, ['SH-13']),
    },
    fewOwnersActDirectly: val(true, ['SH-13-2-few-owners', 'PMR-10']),
    ownerApplication: val(null, ['SH-14-2'], {
      'zh-CN': '建设单位未报告的，任何业主均可书面要求。',
      en: 'When the developer does not report, any owner may ask in writing.',
    }),
    developerReport: per({ days: 30 }, ['SH-14']),
    groupFormation: per({ days: 60 }, ['SH-15']),
    groupRosterPosting: per({ days: 7 }, ['SH-15-roster']),
    group: {
      oddSize: val(true, ['SH-15-2']),
      ownerRepsShare: val(atLeast(1, 2), ['SH-15-2-owner-share']),
      leader: val('street' as const, ['SH-15-2-leader', 'SH-36-3']),
      developerReps: val(1, ['SH-6-6'], EXPIRED_SH6),
      streetReps: val({ min: 1, max: 2 }, ['SH-6-6'], EXPIRED_SH6),
      residentsCommitteeRepsEach: val(1, ['SH-6-6'], EXPIRED_SH6),
    },
    noticeBeforeFirstMeeting: per({ days: 15 }, ['SH-16-2']),
    firstMeetingWithin: per({ days: 90 }, ['SH-16-3']),
    committeeSize: val({ min: 5, max: null, odd: true }, ['SH-20-1']),
    smallCommittee: val({ size: 3, measure: 'area' as const, atMost: 1_000_000 }, ['SH-20-1'], {
      'zh-CN': '建筑面积一万平方米以下（含本数），以0.01平方米为单位记为1000000。',
      en: 'Floor area of 10,000 m² or less (the bound included, CC 1259), stored in 0.01 m² units as 1,000,000.',
    }),
    committeeTerm: val({ minYears: 3, maxYears: 5 }, ['SH-20-1-term']),
    substitutes: val({ allowed: true, max: null }, ['SH-36-5', 'SH-36-5-attend']),
    electionPosting: per({ days: 3 }, ['SH-21-2']),
    filing: per({ days: 30 }, ['SH-23', 'PMR-16']),
    filingCompletion: per({ days: 20 }, ['SH-34']),
    partyRecommendsCandidates: val(true, ['SH-36-4-pool']),
    candidateJointReview: val(true, ['SH-36-4-report', 'SH-6-8'], {
      'zh-CN': '36号文要求向街镇党（工）委报告候选人名单；多部门联审机制出自已失效的6号文。',
      en: 'SH-36 has the list reported to the 街镇党(工)委; the multi-agency joint review comes from SH-6, since expired.',
    }),
    thirdPartyFacilitator: val(true, ['JA-2-2-2']),
  },
  eligibility: {
    grounds: {
      familyEmployedByFirm: val(true, ['SH-20-2-family']),
      structuralDamage: val(true, ['SH-20-2-grounds']),
      illegalConstruction: val(true, ['SH-20-2-grounds']),
      facadeDamage: val(true, ['SH-20-2-grounds']),
      unauthorisedChangeOfUse: val(true, ['SH-20-2-grounds']),
      illegalLetting: val(true, ['SH-20-2-grounds']),
      notExecutingDecisions: val(true, ['SH-20-2']),
      feeArrears: val(false, ['SH-2020-20-2', 'SH-20-2'], {
        'zh-CN':
          '2020年文本列有欠交物业服务费或专项维修资金的情形，2023年修正已删除；有争议，默认关闭。',
        en: 'The 2020 text barred owners in arrears of fees or the maintenance fund; the 2023 amendment deleted it. Contested; off by default.',
      }),
      dishonestDebtor: val(false, ['SH-20-2-more'], NOT_IN_SH),
      residenceRequirement: val(false, ['SH-20-2-more'], NOT_IN_SH),
    },
    assemblyMayAddGrounds: val(true, ['SH-20-2-more']),
    undertakingRequired: val(true, ['SH-20-3', 'SH-36-4']),
  },
  term: {
    reportBeforeExpiry: per({ months: 5 }, ['SH-28-1']),
    groupFormation: per({ days: 60 }, ['SH-28-1-group']),
    group: val(
      {
        odd: true,
        ownerRepsShare: atLeast(1, 2),
        leader: 'street' as const,
        developerExcluded: true,
      },
      ['SH-28-3', 'SH-36-3'],
    ),
    freeze: val(['hire-dismiss-firm', 'fee-change', 'major-repair', 'other-major'] as const, [
      'SH-28-4',
    ]),
    recordsToAuthority: per({ days: 10 }, ['SH-29-1']),
    reElectionFiling: per({ days: 30 }, ['SH-29-2']),
    authorityHandover: per({ days: 10 }, ['SH-29-2-handover']),
    departingMemberHandover: per({ days: 10 }, ['SH-30']),
    absenceRemoval: val({ share: atLeast(1, 2), within: { years: 1 } }, [
      'SH-31-1',
      'SH-31-2',
      'CC-1259',
    ]),
    byElectionWhileMembers: val(moreThan(1, 2), ['SH-32-1']),
    earlyReElection: {
      whenMembersFewerThan: val({ num: 1, den: 2 }, ['SH-32-2', 'SH-36-5']),
      inactivity: per({ months: 6 }, ['SH-32-2-inactive']),
    },
    changeFiling: per({ days: 30 }, ['SH-33']),
    changeFilers: val(['committee' as const], ['SH-33']),
    changeFilingCompletion: per({ days: 20 }, ['SH-34']),
    changeFilingCopiedToDistrict: val(true, ['SH-34']),
    standIn: val({ kind: 'governance-committee' as const }, ['SH-36-18', 'SH-25-3']),
  },
  meetings: {
    regularEvery: per({ months: 2 }, ['SH-26-1']),
    interimProposers: val(atLeast(1, 3), ['SH-26-1-interim']),
    quorum: val(moreThan(1, 2), ['SH-26-2']),
    proxiesAllowed: val(false, ['SH-26-2-no-proxy']),
    decision: val(moreThan(1, 2), ['SH-26-3']),
    decisionPosting: per({ days: 3 }, ['SH-26-3-posting']),
    agendaNoticeToResidentsCommittee: noPeriod(['SH-26-2'], {
      'zh-CN': '居委会应邀列席，未规定提前天数。',
      en: 'The residents’ committee is invited to attend; no advance period is set.',
    }),
    receptionDay: per({ months: 1 }, ['SH-36-16']),
    sealsHeldSeparately: val(true, ['SH-36-7']),
    secretary: val(true, ['SH-36-6', 'SH-84-1'], {
      'zh-CN': '秘书制度按84号文试行。',
      en: 'The secretary scheme runs as a pilot under SH-84.',
    }),
  },
  firm: {
    selectionPlanRequired: val(true, ['SH-39', 'SH-39-2']),
    tenderViaCityPlatform: val(true, ['SH-40-3']),
    earlyStageMinBidders: val(3, ['PMR-24']),
    contractFiling: per({ days: 30 }, ['SH-44']),
    renewalDecisionBefore: noPeriod(['SH-46-1'], {
      'zh-CN': '须在合同期限届满前作出决定，未规定提前期限。',
      en: 'The decision must come before expiry; no lead time is set.',
    }),
    nonRenewalNotice: per({ days: 90 }, ['CC-947-2', 'SH-46-2']),
    indefiniteTermNotice: per({ days: 60 }, ['CC-948-2', 'SH-46-3']),
    dismissalNotice: per({ days: 60 }, ['CC-946']),
    contractMaySetNotice: val(true, ['CC-946', 'CC-947-2']),
    handover: per({ days: 10 }, ['SH-50']),
    handoverFineYuan: val({ min: 10_000, max: 100_000 }, ['SH-81']),
    keepsServingUntilHandover: val(true, ['CC-950']),
    temporaryFirm: val({ maxDuration: { months: 6 }, ownersShareWithoutCommittee: atLeast(1, 5) }, [
      'SH-52',
      'SH-52-2',
    ]),
  },
  party: {
    ...PARTY_NUMBERS,
    workGroupAllowed: val(true, ['JA-2-2-1']),
    partyLedFormation: val(true, ['SH-6', 'JA-2-2']),
    reportBeforeMajorMatters: val(true, ['SH-36-16-report', 'SH-6-10']),
    memberQuota: val({ enabled: false, share: null }, ['SH-36-4-composition'], {
      'zh-CN': '上海只要求考虑政治面貌，未设党员比例（江苏为“原则上不低于1/2”）。',
      en: 'SH weighs political status but sets no quota (Jiangsu: "at least 1/2 in principle").',
    }),
    firmPartyBuilding: val(true, ['JA-2-3', 'JA-2-3-2', 'JA-2-3-3']),
  },
  disclosure: {
    firmPostsServiceAndFees: val(true, ['SH-48', 'JA-2-4-4']),
    annualAccountsAndBudget: val('commission-model' as const, ['SH-48-commission']),
    lumpSumReportBeforeIncrease: val(true, ['SH-48-lump-sum']),
    // 至少每半年, 每季度: calendar halves and quarters, each posted by its last day.
    maintenanceFundEvery: { ...per({ months: 6 }, ['SH-66']), periodKind: 'calendar' },
    publicRevenueEvery: { ...per({ months: 3 }, ['SH-66']), periodKind: 'calendar' },
    auditPosting: per({ days: 30 }, ['SH-67']),
    annualAuditDueBy: val({ month: 6, day: 30 }, ['SH-6-11'], EXPIRED_SH6),
    termEndAuditWithin: per({ months: 1 }, ['SH-6-11-term'], EXPIRED_SH6),
    committeeDisclosesDecisions: val(true, ['SH-27']),
    firmPostsRecords: val(true, ['SH-47']),
    // 定期 without a frequency: at least once a year, within a year of the last posting.
    firmRecordsEvery: per({ years: 1 }, ['SH-47'], {
      'zh-CN':
        '第四十七条第二款要求定期公示，未规定频率；取每年至少一次（自上次公示起一年内），宿主可调整。',
      en: 'SH 47 ¶2 says periodically without a frequency: at least yearly, within a year of the last posting; a host may change it.',
    }),
    committeeFeePaymentEvery: noPeriod([], {
      'zh-CN': '上海规定未要求公示委员本人缴费情况。',
      en: 'SH does not require members’ own fee payments to be posted.',
    }),
  },
  jointMeetings: {
    levels: val(['district', 'street', 'residential-area', 'complex'] as const, [
      'JA-2-1',
      'JA-2-1-1',
      'JA-2-1-2',
      'JA-2-1-3',
      'JA-2-1-4',
    ]),
    escalateAfter: {
      complex: per({ days: 15 }, ['JA-2-1'], ESCALATION_POLICY),
      'residential-area': per({ days: 30 }, ['JA-2-1'], ESCALATION_POLICY),
      street: per({ days: 30 }, ['JA-2-1'], ESCALATION_POLICY),
    },
    threePartyMeetingEvery: per({ months: 1 }, ['SH-36-16-joint']),
  },
  fund: {
    priceAndProcedureReview: val(true, ['SH-67-1']),
    consultationBeforeAssembly: val(true, ['SH-71-2']),
    immediateMeasures: val(true, ['SH-73-1']),
    emergencyKinds: val(
      [
        'water-pump-or-tank',
        'lift-stopped',
        'fire-system',
        'facade-danger',
        'roof-or-wall-leak',
      ] as const,
      ['SH-73-2'],
    ),
    emergencyReview: per({ days: 7 }, ['SH-73-3']),
    substituteRepair: val(true, ['SH-73-3-substitute']),
    // 不足百分之三十: 30% itself is sufficient.
    sufficientBalance: val(atLeast(3, 10), ['SH-65']),
    reRaiseDecision: per({ days: 90 }, ['SH-65-3']),
    restoreWithin: per({ days: 90 }, ['SH-65-3-restore']),
    restoreTo: val(atLeast(1, 2), ['SH-65-3-restore']),
    publicRevenueToFund: val(null, ['SH-51-3'], {
      'zh-CN':
        '第五十一条第三款的补充比例（高于百分之五十、按季度）适用于公共收益主要用于补充专项维修资金的情形，不以余额不足为条件；第六十五条、第六十六条未将公共收益与余额不足相联系。',
      en: 'SH 51 ¶3’s share (above 50%, quarterly) applies where public revenue mainly tops up the fund, whatever the balance; SH 65 and 66 do not tie public revenue to a shortfall.',
    }),
  },
} satisfies ProfileInput;

/**
 * The default profile: Shanghai's regulation as amended 2023-12-28 with SH-36 (2026), SH-84
 * (pilot) and, where those are silent, the expired SH-6 — each value flagged in its note.
 */
export const shanghai = defineProfile(SHANGHAI_INPUT);
