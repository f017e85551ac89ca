import { atLeast } from '../fraction.js';
import type { Bilingual } from '../i18n.js';
import { defineProfile } from './define.js';
import {
  CIVIL_CODE_BARS,
  CO_OWNER_MERGE,
  ESCALATION_POLICY,
  NATIONAL_SILENT,
  noPeriod,
  PARTY_NUMBERS,
  per,
  REVOTE_POLICY,
  TRANSFER_DURING_WINDOW,
  val,
} from './entries.js';
import type { ProfileInput } from './schema.js';

const SILENT = NATIONAL_SILENT;

const NOT_NATIONAL: Bilingual = {
  'zh-CN': '静安区、上海的做法，不属于本配置所依据的全国性文本；宿主可自行启用。',
  en: "A Jing'an / Shanghai practice, not part of this profile's national texts; a host may enable it.",
};

const NATIONAL_INPUT = {
  id: 'national',
  name: { 'zh-CN': '全国', en: 'National' },
  follows: {
    'zh-CN': '仅依民法典、《物业管理条例》（2018年修订）和最高法建筑物区分所有权解释（2020年修正）',
    en: 'The Civil Code, the Property Management Regulation (2018) and the SPC interpretation (2020) alone',
  },
  laws: ['CC', 'CC-contract', 'CC-general', 'SPC', 'PMR'],
  voting: {
    quorum: {
      headcount: val(CIVIL_CODE_BARS.quorum, ['CC-278-2']),
      area: val(CIVIL_CODE_BARS.quorum, ['CC-278-2']),
    },
    ordinary: {
      headcount: val(CIVIL_CODE_BARS.ordinary, ['CC-278-2-ordinary']),
      area: val(CIVIL_CODE_BARS.ordinary, ['CC-278-2-ordinary']),
    },
    special: {
      headcount: val(CIVIL_CODE_BARS.special, ['CC-278-2-special']),
      area: val(CIVIL_CODE_BARS.special, ['CC-278-2-special']),
    },
    revote: val('last-wins' as const, [], REVOTE_POLICY),
    interimAssemblyProposers: {
      share: val(atLeast(1, 5), ['PMR-13']),
      measure: val('headcount' as const, ['PMR-13', 'GUIDE-2009-interim'], {
        'zh-CN': '条例按业主计；2009年指导规则据称按面积与人数双重计算（未核实）。',
        en: 'PMR counts owners; the 2009 guidance is said to count area and headcount both (unverified).',
      }),
    },
    meetingNotice: per({ days: 15 }, ['PMR-14', 'PMR-14-2']),
    channels: val(['paper', 'on-site', 'door-to-door', 'electronic'] as const, ['PMR-12']),
    electronicChannelNeedsAdoption: val(true, ['PMR-12'], {
      'zh-CN': '条例只规定集体讨论和书面征求意见两种形式；电子投票须业主大会先行采用（保守默认）。',
      en: 'PMR names collective discussion and written consultation only; electronic voting needs prior adoption by the assembly (a conservative default).',
    }),
    electronicChannelCitySystemOnly: val(false, ['PMR-12'], SILENT),
    parking: val('literal' as const, ['SPC-2', 'SPC-8', 'SPC-9', 'SPC-2-parking']),
    mergeUnitsSharingCoOwners: val(false, ['SPC-9'], CO_OWNER_MERGE),
    // "住宅小区的业主大会会议，应当同时告知相关的居民委员会".
    noticeToAuthorities: val(true, ['PMR-14-2']),
    transferDuringWindow: val(
      'old-ballot-stands' as const,
      ['CC-214', 'CC-273-2', 'SPC-1'],
      TRANSFER_DURING_WINDOW,
    ),
    revocationWindow: per({ years: 1 }, ['SPC-12', 'CC-280-2']),
    decisionPosting: noPeriod(['CC-280-1'], SILENT),
  },
  formation: {
    trigger: {
      deliveredAreaShare: val(null, ['CC-277'], SILENT),
      sinceFirstDelivery: noPeriod(['CC-277'], SILENT),
    },
    fewOwnersActDirectly: val(true, ['PMR-10']),
    ownerApplication: val(null, ['PMR-10'], SILENT),
    developerReport: noPeriod(['CC-277'], SILENT),
    groupFormation: noPeriod(['CC-277'], SILENT),
    groupRosterPosting: noPeriod(['CC-277'], SILENT),
    group: {
      oddSize: val(false, ['CC-277'], SILENT),
      ownerRepsShare: val(null, ['CC-277'], SILENT),
      leader: val(null, ['CC-277'], SILENT),
      developerReps: val(null, ['CC-277'], SILENT),
      streetReps: val(null, ['CC-277'], SILENT),
      residentsCommitteeRepsEach: val(null, ['CC-277'], SILENT),
    },
    noticeBeforeFirstMeeting: per({ days: 15 }, ['PMR-14']),
    firstMeetingWithin: noPeriod(['CC-277'], SILENT),
    committeeSize: val(null, ['CC-277'], SILENT),
    smallCommittee: val(null, ['CC-277'], SILENT),
    committeeTerm: val(null, ['CC-277'], SILENT),
    substitutes: val({ allowed: false, max: null }, ['CC-277'], SILENT),
    electionPosting: noPeriod(['CC-277'], SILENT),
    filing: per({ days: 30 }, ['PMR-16']),
    filingCompletion: noPeriod(['PMR-16'], SILENT),
    partyRecommendsCandidates: val(false, ['CC-277'], SILENT),
    candidateJointReview: val(false, ['CC-277'], SILENT),
    thirdPartyFacilitator: val(false, [], NOT_NATIONAL),
  },
  eligibility: {
    grounds: {
      familyEmployedByFirm: val(false, ['PMR-16-2'], SILENT),
      structuralDamage: val(false, ['PMR-16-2'], SILENT),
      illegalConstruction: val(false, ['PMR-16-2'], SILENT),
      facadeDamage: val(false, ['PMR-16-2'], SILENT),
      unauthorisedChangeOfUse: val(false, ['PMR-16-2'], SILENT),
      illegalLetting: val(false, ['PMR-16-2'], SILENT),
      notExecutingDecisions: val(false, ['PMR-16-2'], SILENT),
      feeArrears: val(false, ['PMR-16-2'], SILENT),
      dishonestDebtor: val(false, ['PMR-16-2'], SILENT),
      residenceRequirement: val(false, ['PMR-16-2'], SILENT),
    },
    assemblyMayAddGrounds: val(true, ['PMR-16-2'], {
      'zh-CN': '条例只规定一般条件，具体条件由议事规则约定。',
      en: 'PMR sets general qualities only; the rules of procedure set the specifics.',
    }),
    undertakingRequired: val(false, ['PMR-16-2'], SILENT),
  },
  term: {
    reportBeforeExpiry: per({ months: 3 }, ['GUIDE-2009-renewal'], {
      'zh-CN': '出自2009年全国指导规则，仅见于二手资料。',
      en: 'From the 2009 national guidance, seen only in secondary sources.',
    }),
    groupFormation: noPeriod(['CC-277'], SILENT),
    group: val(null, ['CC-277'], SILENT),
    freeze: val([], ['CC-277'], SILENT),
    recordsToAuthority: noPeriod(['CC-277'], SILENT),
    reElectionFiling: per({ days: 30 }, ['PMR-16']),
    authorityHandover: noPeriod(['CC-277'], SILENT),
    departingMemberHandover: noPeriod(['CC-277'], SILENT),
    absenceRemoval: val(null, ['CC-277'], SILENT),
    byElectionWhileMembers: val(null, ['CC-278-1'], SILENT),
    earlyReElection: {
      whenMembersFewerThan: val(null, ['CC-277'], SILENT),
      inactivity: noPeriod(['CC-277'], SILENT),
    },
    changeFiling: noPeriod(['PMR-16'], SILENT),
    changeFilers: val(['committee' as const], ['PMR-16'], SILENT),
    changeFilingCompletion: noPeriod(['PMR-16'], SILENT),
    changeFilingCopiedToDistrict: val(false, ['PMR-16'], SILENT),
    standIn: val({ kind: 'none' as const }, ['CC-277', 'PMR-10'], SILENT),
  },
  meetings: {
    regularEvery: noPeriod(['CC-277'], SILENT),
    interimProposers: val(null, ['CC-277'], SILENT),
    quorum: val(null, ['CC-277'], SILENT),
    proxiesAllowed: val(false, ['CC-277'], SILENT),
    decision: val(null, ['CC-277'], SILENT),
    decisionPosting: noPeriod(['CC-277'], SILENT),
    agendaNoticeToResidentsCommittee: noPeriod(['CC-277'], SILENT),
    receptionDay: noPeriod(['CC-277'], SILENT),
    sealsHeldSeparately: val(false, ['CC-277'], SILENT),
    secretary: val(false, [], NOT_NATIONAL),
  },
  firm: {
    selectionPlanRequired: val(false, ['CC-278-1-4'], SILENT),
    tenderViaCityPlatform: val(false, ['PMR-24'], SILENT),
    earlyStageMinBidders: val(3, ['PMR-24']),
    contractFiling: noPeriod(['CC-277'], SILENT),
    renewalDecisionBefore: noPeriod(['CC-947-1'], {
      'zh-CN': '续聘须在合同期限届满前续订，未规定提前期限。',
      en: 'A renewal is signed before expiry; no lead time is set.',
    }),
    nonRenewalNotice: per({ days: 90 }, ['CC-947-2']),
    indefiniteTermNotice: per({ days: 60 }, ['CC-948-2']),
    dismissalNotice: per({ days: 60 }, ['CC-946']),
    contractMaySetNotice: val(true, ['CC-946', 'CC-947-2']),
    handover: noPeriod(['CC-949'], {
      'zh-CN': '在约定期限或者合理期限内退出。',
      en: 'The firm leaves within the agreed or a reasonable period.',
    }),
    // PMR 58: 逾期仍不移交有关资料的 … 处1万元以上10万元以下的罚款.
    handoverFineYuan: val({ min: 10_000, max: 100_000 }, ['PMR-58']),
    keepsServingUntilHandover: val(true, ['CC-950']),
    temporaryFirm: val(null, ['CC-277'], SILENT),
  },
  party: {
    ...PARTY_NUMBERS,
    workGroupAllowed: val(false, [], NOT_NATIONAL),
    partyLedFormation: val(false, ['CC-277'], SILENT),
    reportBeforeMajorMatters: val(false, ['CC-277'], SILENT),
    memberQuota: val({ enabled: false, share: null }, ['MOHURD-2020-10']),
    firmPartyBuilding: val(false, [], NOT_NATIONAL),
  },
  disclosure: {
    firmPostsServiceAndFees: val(true, ['CC-943']),
    annualAccountsAndBudget: val('none' as const, ['CC-277'], SILENT),
    lumpSumReportBeforeIncrease: val(false, ['CC-277'], SILENT),
    maintenanceFundEvery: noPeriod(['CC-281'], {
      'zh-CN': '维修资金的筹集、使用情况应当定期公布，未规定频率。',
      en: 'The maintenance fund is disclosed periodically; no frequency is set.',
    }),
    publicRevenueEvery: noPeriod(['CC-281'], SILENT),
    auditPosting: noPeriod(['CC-277'], SILENT),
    annualAuditDueBy: val(null, ['CC-277'], SILENT),
    termEndAuditWithin: noPeriod(['CC-277'], SILENT),
    // SPC 13(二): owners may have the decisions and minutes published and consult them.
    committeeDisclosesDecisions: val(true, ['SPC-13']),
    firmPostsRecords: val(false, ['CC-277'], SILENT),
    committeeFeePaymentEvery: noPeriod(['CC-277'], SILENT),
  },
  jointMeetings: {
    levels: val([], [], NOT_NATIONAL),
    escalateAfter: {
      complex: per({ days: 15 }, [], ESCALATION_POLICY),
      'residential-area': per({ days: 30 }, [], ESCALATION_POLICY),
      street: per({ days: 30 }, [], ESCALATION_POLICY),
    },
    threePartyMeetingEvery: noPeriod([], NOT_NATIONAL),
  },
  fund: {
    priceAndProcedureReview: val(false, ['CC-281'], SILENT),
    consultationBeforeAssembly: val(false, ['CC-281'], SILENT),
    immediateMeasures: val(false, ['CC-281-2'], SILENT),
    emergencyKinds: val([], ['CC-281-2'], {
      'zh-CN':
        '民法典第二百八十一条第二款：紧急情况下业主大会或者业主委员会可以依法申请使用维修资金；未列举紧急情形和程序，由地方规定。',
      en: 'CC 281 ¶2 lets the assembly or committee apply for the fund in an emergency, without listing emergencies or a procedure: local rules set them.',
    }),
    emergencyReview: noPeriod(['CC-281-2'], SILENT),
    substituteRepair: val(false, ['CC-281-2'], SILENT),
    sufficientBalance: val(null, ['PMR-53'], SILENT),
    reRaiseDecision: noPeriod(['CC-278-2-special'], SILENT),
    restoreWithin: noPeriod(['PMR-53'], SILENT),
    restoreTo: val(null, ['PMR-53'], SILENT),
    publicRevenueToFund: val(null, ['CC-282'], SILENT),
  },
} satisfies ProfileInput;

/**
 * The Civil Code, PMR and SPC alone. Where they set no number the value is `null` (no
 * deadline, no bar) with a note; the re-election notice of 3 months comes from the 2009
 * national guidance, seen only second-hand (`verified: false`).
 */
export const national = defineProfile(NATIONAL_INPUT);
