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

const NOT_IN_BJ: Bilingual = {
  'zh-CN': '《北京市物业管理条例》未作规定。',
  en: 'Not set by the Beijing regulation.',
};

const SHANGHAI_ONLY: Bilingual = {
  'zh-CN': '上海（静安）的做法，北京条例未规定；宿主可自行启用。',
  en: "A Shanghai (Jing'an) practice the Beijing regulation does not have; a host may enable it.",
};

const BEIJING_INPUT = {
  id: 'beijing',
  name: { 'zh-CN': '北京', en: 'Beijing' },
  follows: {
    'zh-CN': '《北京市物业管理条例》（2024年3月29日修正），以及民法典、物业管理条例和最高法解释',
    en: 'Beijing Property Management Regulation as amended 2024-03-29, with the Civil Code, PMR and the SPC interpretation',
  },
  laws: ['CC', 'CC-contract', 'CC-general', 'SPC', 'PMR', 'BJ'],
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
      share: val(atLeast(1, 5), ['BJ-35-2', 'PMR-13']),
      measure: val('headcount' as const, ['BJ-35-2']),
    },
    meetingNotice: per({ days: 15 }, ['BJ-35-4', 'PMR-14']),
    channels: val(['paper', 'on-site', 'door-to-door', 'electronic'] as const, ['BJ-35-3']),
    electronicChannelNeedsAdoption: val(false, ['BJ-35-3'], {
      'zh-CN': '条例直接允许通过互联网方式召开会议，无须业主大会先行采用。',
      en: 'The regulation allows meetings over the internet directly, without prior adoption.',
    }),
    electronicChannelCitySystemOnly: val(true, ['BJ-35-3']),
    parking: val('literal' as const, ['SPC-2', 'SPC-8', 'SPC-9', 'SPC-2-parking']),
    mergeUnitsSharingCoOwners: val(false, ['SPC-9'], CO_OWNER_MERGE),
    // "于会议召开十五日前通知全体业主…并报物业所在地的居民委员会": the residents' committee.
    noticeToAuthorities: val(true, ['BJ-35-4']),
    transferDuringWindow: val(
      'old-ballot-stands' as const,
      ['CC-214', 'CC-273-2', 'SPC-1'],
      TRANSFER_DURING_WINDOW,
    ),
    revocationWindow: per({ years: 1 }, ['SPC-12', 'CC-280-2']),
    decisionPosting: per({ days: 3 }, ['BJ-37-2']),
  },
  formation: {
    trigger: {
      deliveredAreaShare: val(atLeast(1, 2), ['BJ-30']),
      sinceFirstDelivery: noPeriod(['BJ-30', 'BJ-24'], {
        'zh-CN':
          '北京无交付满两年的条件；第二十四条要求街镇在前期物业服务合同期限届满前六个月组织成立业主大会。',
        en: 'No two-year trigger; BJ 24 has the 街镇 organise the assembly six months before the early-stage contract ends.',
      }),
    },
    fewOwnersActDirectly: val(true, ['PMR-10']),
    ownerApplication: val({ headcount: atLeast(1, 20), area: atLeast(1, 20) }, [
      'BJ-30-applicants',
    ]),
    developerReport: noPeriod(['BJ-30-applicants'], {
      'zh-CN': '建设单位可以申请，但无报告义务和期限。',
      en: 'The developer may apply, with no duty or deadline to report.',
    }),
    // BJ 31: two steps, each its own deadline — the review ends with the leader appointed.
    groupFormation: per({ days: 30 }, ['BJ-31-1'], {
      'zh-CN': '街镇接到书面申请后三十日内审核并指定筹备组组长。',
      en: 'The street office reviews the written application and appoints the group leader within 30 days.',
    }),
    leaderConvenesGroup: per({ days: 30 }, ['BJ-31-2'], {
      'zh-CN': '筹备组组长于三十日内召开首次筹备组会议，成立筹备组。',
      en: 'The leader convenes the first group meeting, forming the group, within 30 days.',
    }),
    groupRosterPosting: per({ days: 7 }, ['BJ-31-5']),
    group: {
      oddSize: val(true, ['BJ-31-4']),
      ownerRepsShare: val(atLeast(1, 2), ['BJ-31-4']),
      leader: val('residents-committee' as const, ['BJ-31-1-leader']),
      developerReps: val(null, ['BJ-31-2'], {
        'zh-CN': '建设单位派代表参加，未规定人数。',
        en: 'The developer sends representatives; no number is set.',
      }),
      streetReps: val(null, ['BJ-31-2'], NOT_IN_BJ),
      residentsCommitteeRepsEach: val(null, ['BJ-31-2'], NOT_IN_BJ),
    },
    noticeBeforeFirstMeeting: per({ days: 15 }, ['BJ-32-1']),
    firstMeetingWithin: per({ days: 60 }, ['BJ-32-4']),
    committeeSize: val({ min: 5, max: null, odd: true }, ['BJ-39-1']),
    smallCommittee: val({ size: 3, measure: 'households' as const, atMost: 100 }, [
      'BJ-39-1-small',
    ]),
    committeeTerm: val({ minYears: null, maxYears: 5 }, ['BJ-41-1']),
    substitutes: val({ allowed: true, max: 'members' as const }, [
      'BJ-39-1-substitutes',
      'BJ-41-3',
    ]),
    electionPosting: per({ days: 3 }, ['BJ-42'], {
      'zh-CN': '推选主任、副主任完成之日起三日内公示。',
      en: 'The officers and members are posted within 3 days of the officers being chosen.',
    }),
    electionPostingFrom: val('officers-chosen' as const, ['BJ-42']),
    officersChosenWithin: per({ days: 7 }, ['BJ-42-first-meeting']),
    filing: per({ days: 30 }, ['BJ-43-1']),
    filingCompletion: per({ workingDays: 5 }, ['BJ-43-2']),
    partyRecommendsCandidates: val(true, ['BJ-40']),
    residentsCommitteeRecommendsCandidates: val(true, ['BJ-40-residents-committee']),
    candidateJointReview: val(false, ['BJ-40'], {
      'zh-CN': '候选人名单报社区党组织，未规定多部门联审。',
      en: 'The list goes to the community party organisation; no multi-agency review.',
    }),
    thirdPartyFacilitator: val(false, [], SHANGHAI_ONLY),
  },
  eligibility: {
    grounds: {
      familyEmployedByFirm: val(true, ['BJ-39-3']),
      structuralDamage: val(true, ['BJ-39-3-use', 'BJ-78']),
      illegalConstruction: val(true, ['BJ-39-3-use', 'BJ-78']),
      facadeDamage: val(false, ['BJ-78'], {
        'zh-CN': '第七十八条的禁止行为未单列破坏房屋外貌。',
        en: 'BJ 78 does not list façade damage among the prohibited uses.',
      }),
      unauthorisedChangeOfUse: val(true, ['BJ-39-3-use', 'BJ-78']),
      illegalLetting: val(true, ['BJ-39-3-use', 'BJ-78']),
      notExecutingDecisions: val(false, ['BJ-39-3'], NOT_IN_BJ),
      feeArrears: val(false, ['BJ-44'], {
        'zh-CN': '北京不以欠费为资格条件，而是每半年公示委员、候补委员交纳物业费情况。',
        en: 'Beijing does not bar owners in arrears; it posts members’ fee payments every six months instead.',
      }),
      dishonestDebtor: val(true, ['BJ-39-3-dishonest']),
      residenceRequirement: val(true, ['BJ-39-3-residence']),
    },
    assemblyMayAddGrounds: val(false, ['BJ-39-3'], NOT_IN_BJ),
    undertakingRequired: val(false, ['BJ-39-3'], NOT_IN_BJ),
  },
  term: {
    reportBeforeExpiry: per({ months: 6 }, ['BJ-49-1']),
    groupFormation: per({ days: 60 }, ['BJ-49-1-group']),
    group: val(
      {
        odd: true,
        ownerRepsShare: atLeast(1, 2),
        leader: 'residents-committee' as const,
        developerExcluded: false,
      },
      ['BJ-49-3', 'BJ-31-4', 'BJ-31-1-leader'],
    ),
    freeze: val([], ['BJ-49-1'], {
      'zh-CN': '北京条例未规定换届期间的决策冻结。',
      en: 'The Beijing regulation sets no freeze during re-election.',
    }),
    recordsToAuthority: noPeriod(['BJ-49-1'], NOT_IN_BJ),
    reElectionFiling: per({ days: 30 }, ['BJ-43-1']),
    authorityHandover: noPeriod(['BJ-49-1'], NOT_IN_BJ),
    departingMemberHandover: noPeriod(['BJ-49-1'], NOT_IN_BJ),
    absenceRemoval: val({ share: atLeast(1, 2), within: { years: 1 } }, ['BJ-46-2', 'CC-1259']),
    byElectionWhileMembers: val(null, ['BJ-41-3'], {
      'zh-CN': '空缺由候补委员递补。',
      en: 'Vacancies are filled by substitute members.',
    }),
    earlyReElection: {
      whenMembersFewerThan: val({ num: 1, den: 2 }, ['BJ-48']),
      inactivity: noPeriod(['BJ-48'], {
        'zh-CN': '拒不履行职责即可重新选举，未规定期限。',
        en: 'A committee refusing its duties is re-elected; no period is set.',
      }),
    },
    changeFiling: per({ days: 30 }, ['BJ-50']),
    changeFilers: val(['committee' as const, 'stand-in' as const], ['BJ-50']),
    changeFilingCompletion: noPeriod(['BJ-50'], {
      'zh-CN':
        '第五十条未规定街道办事处、乡镇人民政府办理变更备案的期限（第四十三条第二款的五个工作日只适用于选举产生后的备案）。',
      en: 'BJ 50 sets the street office no period for a change filing (the five working days of BJ 43 ¶2 are for the filing after an election).',
    }),
    changeFilingCopiedToDistrict: val(false, ['BJ-50'], {
      'zh-CN': '北京条例未规定将变更备案资料抄送区房屋主管部门。',
      en: 'The Beijing regulation has no copy of a change filing to the district housing department.',
    }),
    standIn: val(
      {
        kind: 'property-management-committee' as const,
        minSize: 7,
        odd: true,
        ownerRepsShare: atLeast(1, 2),
        chair: 'residents-committee' as const,
        maxTerm: { years: 3 },
        filing: { days: 30 },
        filingCompletion: { workingDays: 5 },
        decision: moreThan(1, 2),
        decisionPostingWithin: { days: 3 },
        decisionPosting: { workingDays: 10 },
        quorum: { members: moreThan(1, 2), ownerReps: moreThan(1, 2) },
      },
      [
        'BJ-52',
        'BJ-57-2',
        'BJ-53',
        'BJ-54-1',
        'BJ-54-2',
        'BJ-55',
        'BJ-57-3-decision',
        'BJ-57-3-posting',
        'BJ-57',
        'BJ-58',
      ],
    ),
  },
  meetings: {
    regularEvery: per({ months: 2 }, ['BJ-45-1']),
    interimProposers: val(atLeast(1, 3), ['BJ-45-1-interim']),
    quorum: val(moreThan(1, 2), ['BJ-45-2']),
    proxiesAllowed: val(false, ['BJ-45-2']),
    decision: val(moreThan(1, 2), ['BJ-45-4']),
    decisionPosting: per({ days: 3 }, ['BJ-45-4-posting']),
    agendaNoticeToResidentsCommittee: per({ days: 5 }, ['BJ-45-3']),
    receptionDay: noPeriod([], NOT_IN_BJ),
    sealsHeldSeparately: val(false, [], NOT_IN_BJ),
    secretary: val(false, [], SHANGHAI_ONLY),
  },
  firm: {
    selectionPlanRequired: val(false, ['BJ-64'], {
      'zh-CN': '北京未规定选聘方案；业主可以授权业主委员会招标。',
      en: 'No selection plan in Beijing; the owners may authorise the committee to tender.',
    }),
    tenderViaCityPlatform: val(false, ['BJ-64'], {
      'zh-CN': '鼓励而非强制通过市招投标平台。',
      en: 'The city tender platform is encouraged, not required.',
    }),
    earlyStageMinBidders: val(3, ['PMR-24']),
    contractFiling: per({ days: 15 }, ['BJ-63']),
    renewalDecisionBefore: per({ months: 6 }, ['BJ-75-1']),
    nonRenewalNotice: per({ days: 90 }, ['CC-947-2', 'BJ-75-1-notice']),
    indefiniteTermNotice: per({ days: 60 }, ['CC-948-2', 'BJ-75-2']),
    dismissalNotice: per({ days: 60 }, ['CC-946']),
    contractMaySetNotice: val(true, ['CC-946', 'CC-947-2']),
    // BJ 76 ¶1: 自接到通知之日起三十日内 — from the notice, not from the contract's end.
    handover: { ...per({ days: 30 }, ['BJ-76']), countsFrom: 'notice-received' },
    handoverFineYuan: val({ min: 10_000, max: 100_000 }, ['BJ-97']),
    keepsServingUntilHandover: val(true, ['CC-950']),
    temporaryFirm: val(
      { maxDuration: { months: 6 }, ownersShareWithoutCommittee: null },
      ['BJ-77'],
      {
        'zh-CN': '物业管理区域突发失管时，由街镇组织应急物业服务。',
        en: 'When a complex is suddenly unmanaged, the 街镇 arranges emergency service.',
      },
    ),
  },
  party: {
    ...PARTY_NUMBERS,
    workGroupAllowed: val(false, [], SHANGHAI_ONLY),
    partyLedFormation: val(true, ['BJ-3-1', 'BJ-40']),
    reportBeforeMajorMatters: val(false, [], SHANGHAI_ONLY),
    memberQuota: val({ enabled: false, share: null }, ['BJ-40'], {
      'zh-CN': '社区党组织引导党员参选，未设比例。',
      en: 'The community party organisation encourages members to stand; no quota.',
    }),
    // BJ 3 ¶2 asks for party organisations in firms (the coverage forms), no alliance, 双培养 or
    // 党建入章.
    firmPartyBuilding: val(false, ['BJ-3-2'], {
      'zh-CN':
        '第三条第二款推动在物业服务企业中建立党组织（按一般覆盖形式），未规定党建联盟、“双培养”和党建入章。',
      en: 'BJ 3 ¶2 asks for party organisations in firms (the ordinary coverage forms); it has no alliance, 双培养 or 党建入章.',
    }),
  },
  disclosure: {
    firmPostsServiceAndFees: val(true, ['BJ-70']),
    annualAccountsAndBudget: val('all-firms' as const, ['BJ-70-accounts']),
    lumpSumReportBeforeIncrease: val(false, ['BJ-72'], NOT_IN_BJ),
    // 每季度公布一次: calendar quarters, each posted by its last day.
    maintenanceFundEvery: {
      ...per({ months: 3 }, ['BJ-84'], {
        'zh-CN': '业主大会或业主委员会自行管理共有资金时每季度公布账目。',
        en: 'Quarterly when the assembly or committee manages the common funds itself.',
      }),
      periodKind: 'calendar',
      onlySelfManaged: true,
    },
    publicRevenueEvery: {
      ...per({ months: 3 }, ['BJ-84']),
      periodKind: 'calendar',
      onlySelfManaged: true,
    },
    auditPosting: noPeriod([], NOT_IN_BJ),
    annualAuditDueBy: val(null, [], NOT_IN_BJ),
    termEndAuditWithin: noPeriod([], NOT_IN_BJ),
    committeeDisclosesDecisions: val(true, ['BJ-45-4-posting', 'BJ-37-2']),
    firmPostsRecords: val(true, ['BJ-70']),
    committeeFeePaymentEvery: per({ months: 6 }, ['BJ-44']),
  },
  jointMeetings: {
    levels: val([], [], SHANGHAI_ONLY),
    escalateAfter: {
      complex: per({ days: 15 }, [], ESCALATION_POLICY),
      'residential-area': per({ days: 30 }, [], ESCALATION_POLICY),
      street: per({ days: 30 }, [], ESCALATION_POLICY),
    },
    threePartyMeetingEvery: noPeriod([], SHANGHAI_ONLY),
  },
  fund: {
    priceAndProcedureReview: val(false, [], {
      'zh-CN':
        '北京条例未规定工程审价和使用程序审核；第六十七条第二款允许委托专业评估机构评估专项维修资金使用方案。',
      en: 'BJ sets no price or procedure review; BJ 67 ¶2 lets the parties have a use plan assessed.',
    }),
    consultationBeforeAssembly: val(false, [], {
      'zh-CN':
        '北京条例未规定业主大会成立前由居民委员会组织征询；未选举业主委员会的，维修资金由市住房资金管理部门代管（第八十四条）。',
      en: 'BJ has no residents’ committee consultation before the assembly; without a committee the city’s housing fund office holds the fund (BJ 84 ¶1).',
    }),
    immediateMeasures: val(false, ['BJ-88-2'], {
      'zh-CN':
        '北京条例未规定紧急情况下物业服务人立即采取应急防范措施的义务；第八十八条第一款为日常巡查养护，第八十九条第二款的应急防范措施针对专有部分且须经同意。',
      en: 'BJ sets no duty of immediate measures in an emergency: BJ 88 ¶1 is routine inspection and upkeep, and BJ 89 ¶2’s measures concern an owner’s own part, with consent.',
    }),
    emergencyKinds: val([], ['BJ-88-2'], {
      'zh-CN':
        '第八十八条第二款：排除安全风险隐患需要使用专项维修资金的，按照本市相关规定办理；该规定不在本库文本之内。',
      en: 'BJ 88 ¶2 refers emergency use to the city’s own rules, which are not among the texts here.',
    }),
    emergencyReview: noPeriod(['BJ-88-2'], {
      'zh-CN': '北京条例未规定业主委员会审核应急维修方案的期限。',
      en: 'BJ sets no period for the committee’s review of an emergency plan.',
    }),
    substituteRepair: val(false, ['BJ-88-2']),
    sufficientBalance: val(atLeast(3, 10), ['BJ-83']),
    reRaiseDecision: noPeriod(['BJ-83'], {
      'zh-CN':
        '第八十三条：业主委员会或者物业管理委员会应当及时通知、督促业主补足，未规定业主大会决定的期限。',
      en: 'BJ 83: the committee notifies and urges the owners to top the fund up at once; no period for an assembly decision.',
    }),
    restoreWithin: noPeriod(['BJ-83'], {
      'zh-CN': '北京条例未规定业主补足的期限。',
      en: 'BJ sets no period for the owners to pay.',
    }),
    restoreTo: val(null, ['BJ-83'], {
      'zh-CN':
        '按照届时适用的标准补足，未规定首期筹集金额的比例；余额恢复至百分之三十以上即不再不足。',
      en: 'Topped up at the standard then applicable, no share of the first collection: the shortfall ends when the balance is back at 30%.',
    }),
    // 百分之五十以上: exactly 50% suffices.
    publicRevenueToFund: val(atLeast(1, 2), ['BJ-74-2']),
  },
} satisfies ProfileInput;

/**
 * Beijing's 2024 regulation: the 物业管理委员会 as stand-in (BJ 52–58), e-voting only through
 * the city's system (BJ 35), working-day periods where BJ uses them (BJ 43, 55, 57), a
 * 3-member committee by households (BJ 39).
 */
export const beijing = defineProfile(BEIJING_INPUT);
