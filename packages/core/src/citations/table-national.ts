import type { CitationEntry } from './citation.js';
import { UNLOCATED } from './citation.js';

/**
 * National texts: Civil Code, SPC interpretation, State Council regulation, national guidance
 * and the party's rules. Markers follow the rule book (docs/rules): [V] → `verified: true`.
 */
export const NATIONAL_CITATIONS = {
  // —— Civil Code, property book ——
  'CC-209': {
    law: 'CC',
    article: 209,
    paragraph: 1,
    keyPhrase: '不动产物权的设立、变更、转让和消灭，经依法登记，发生效力',
    verified: true,
  },
  'CC-214': {
    law: 'CC',
    article: 214,
    keyPhrase: '自记载于不动产登记簿时发生效力',
    verified: true,
  },
  'CC-273-2': {
    law: 'CC',
    article: 273,
    paragraph: 2,
    keyPhrase: '其对共有部分享有的共有和共同管理的权利一并转让',
    verified: true,
  },
  'CC-277': {
    law: 'CC',
    article: 277,
    paragraph: 1,
    keyPhrase: '业主大会、业主委员会成立的具体条件和程序，依照法律、法规的规定',
    verified: true,
    note: {
      'zh-CN': '成立业主大会的条件和期限由法规规定，国家层面没有统一数字。',
      en: 'Conditions and deadlines for forming an assembly are left to regulations: no national number.',
    },
  },
  'CC-278-1': {
    law: 'CC',
    article: 278,
    paragraph: 1,
    keyPhrase: '下列事项由业主共同决定',
    verified: true,
  },
  'CC-278-1-3': {
    law: 'CC',
    article: 278,
    paragraph: 1,
    item: 3,
    keyPhrase: '选举业主委员会或者更换业主委员会成员',
    verified: true,
  },
  'CC-278-1-4': {
    law: 'CC',
    article: 278,
    paragraph: 1,
    item: 4,
    keyPhrase: '选聘和解聘物业服务企业或者其他管理人',
    verified: true,
  },
  'CC-278-2': {
    law: 'CC',
    article: 278,
    paragraph: 2,
    keyPhrase: '专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决',
    verified: true,
  },
  'CC-278-2-special': {
    law: 'CC',
    article: 278,
    paragraph: 2,
    keyPhrase: '参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意',
    verified: true,
  },
  'CC-278-2-ordinary': {
    law: 'CC',
    article: 278,
    paragraph: 2,
    keyPhrase: '参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意',
    verified: true,
  },
  'CC-278-2-participation': {
    law: 'CC',
    article: 278,
    paragraph: 2,
    keyPhrase: '参与表决',
    verified: false,
    note: {
      'zh-CN': '推论：弃权属于“参与表决”，计入出席比例但不计入同意；未投票与弃权须能区分。',
      en: 'Inference: abstaining is "taking part" — it counts toward the quorum, never toward agreement; non-response stays distinct.',
    },
  },
  'CC-280-1': {
    law: 'CC',
    article: 280,
    paragraph: 1,
    keyPhrase: '业主大会或者业主委员会的决定，对业主具有法律约束力',
    verified: true,
  },
  'CC-280-2': {
    law: 'CC',
    article: 280,
    paragraph: 2,
    keyPhrase: '受侵害的业主可以请求人民法院予以撤销',
    verified: true,
  },
  'CC-281': {
    law: 'CC',
    article: 281,
    paragraph: 1,
    keyPhrase: '建筑物及其附属设施的维修资金的筹集、使用情况应当定期公布',
    verified: true,
  },
  'CC-281-2': {
    law: 'CC',
    article: 281,
    paragraph: 2,
    keyPhrase: '紧急情况下需要维修建筑物及其附属设施的',
    verified: true,
  },
  'CC-282': {
    law: 'CC',
    article: 282,
    keyPhrase: '利用业主的共有部分产生的收入，在扣除合理成本之后，属于业主共有',
    verified: true,
  },
  'CC-284': {
    law: 'CC',
    article: 284,
    paragraph: 2,
    keyPhrase: '对建设单位聘请的物业服务企业或者其他管理人，业主有权依法更换',
    verified: true,
  },
  // —— Civil Code, general provisions ——
  'CC-200': {
    law: 'CC-general',
    article: 200,
    keyPhrase: '按照公历年、月、日、小时计算',
    verified: true,
  },
  'CC-201': {
    law: 'CC-general',
    article: 201,
    keyPhrase: '开始的当日不计入，自下一日开始计算',
    verified: true,
  },
  'CC-202': {
    law: 'CC-general',
    article: 202,
    keyPhrase: '到期月的对应日为期间的最后一日',
    verified: true,
  },
  'CC-203': {
    law: 'CC-general',
    article: 203,
    keyPhrase: '以法定休假日结束的次日为期间的最后一日',
    verified: true,
  },
  'CC-204': {
    law: 'CC-general',
    article: 204,
    keyPhrase: '法律另有规定或者当事人另有约定的除外',
    verified: true,
  },
  'CC-1259': {
    law: 'CC-general',
    article: 1259,
    keyPhrase: '“以上”、“以下”、“以内”、“届满”，包括本数',
    verified: true,
  },
  // —— Civil Code, property service contracts ——
  'CC-940': {
    law: 'CC-contract',
    article: 940,
    keyPhrase: '前期物业服务合同终止',
    verified: true,
  },
  'CC-946': {
    law: 'CC-contract',
    article: 946,
    paragraph: 1,
    keyPhrase: '应当提前六十日书面通知物业服务人，但是合同对通知期限另有约定的除外',
    verified: true,
  },
  'CC-946-2': {
    law: 'CC-contract',
    article: 946,
    paragraph: 2,
    keyPhrase: '除不可归责于业主的事由外，业主应当赔偿损失',
    verified: true,
  },
  'CC-947-1': {
    law: 'CC-contract',
    article: 947,
    paragraph: 1,
    keyPhrase: '应当与原物业服务人在合同期限届满前续订物业服务合同',
    verified: true,
  },
  'CC-947-2': {
    law: 'CC-contract',
    article: 947,
    paragraph: 2,
    keyPhrase: '应当在合同期限届满前九十日书面通知业主或者业主委员会',
    verified: true,
  },
  'CC-948-1': {
    law: 'CC-contract',
    article: 948,
    paragraph: 1,
    keyPhrase: '原物业服务合同继续有效，但是服务期限为不定期',
    verified: true,
  },
  'CC-948-2': {
    law: 'CC-contract',
    article: 948,
    paragraph: 2,
    keyPhrase: '当事人可以随时解除不定期物业服务合同，但是应当提前六十日书面通知对方',
    verified: true,
  },
  'CC-943': {
    law: 'CC-contract',
    article: 943,
    keyPhrase: '物业服务人应当定期将服务的事项、负责人员、质量要求、收费项目、收费标准、履行情况',
    verified: true,
  },
  'CC-949': {
    law: 'CC-contract',
    article: 949,
    paragraph: 1,
    keyPhrase: '在约定期限或者合理期限内退出物业服务区域',
    verified: true,
  },
  'CC-950': {
    law: 'CC-contract',
    article: 950,
    keyPhrase: '原物业服务人应当继续处理物业服务事项，并可以请求业主支付该期间的物业费',
    verified: true,
  },
  // —— SPC interpretation ——
  'SPC-1': {
    law: 'SPC',
    article: 1,
    paragraph: 1,
    keyPhrase: '依法登记取得',
    verified: true,
  },
  'SPC-2': {
    law: 'SPC',
    article: 2,
    paragraph: 1,
    keyPhrase: '能够登记成为特定业主所有权的客体',
    verified: true,
  },
  'SPC-2-parking': {
    law: 'SPC',
    article: 2,
    paragraph: 1,
    keyPhrase: '车位、摊位等特定空间',
    verified: false,
    note: {
      'zh-CN':
        '推论：可登记的车位是专有部分，按登记面积计入，其买受人另计一人（已有其他专有部分的仍算一人）；只有使用权的车位不是专有部分。',
      en: 'Inference from SPC 2, 8, 9 read together: a registrable space is an exclusive part counted with its area, its buyer one more person (still one if they own another unit); a use-right space is not an exclusive part.',
    },
  },
  'SPC-8': {
    law: 'SPC',
    article: 8,
    keyPhrase: '按照不动产登记簿记载的面积计算',
    verified: true,
  },
  'SPC-9': {
    law: 'SPC',
    article: 9,
    keyPhrase: '一个专有部分按一人计算',
    verified: true,
  },
  'SPC-12': {
    law: 'SPC',
    article: 12,
    keyPhrase: '作出决定之日起一年内行使',
    verified: true,
  },
  'SPC-13': {
    law: 'SPC',
    article: 13,
    item: 2,
    keyPhrase: '业主大会或者业主委员会的决定及会议记录',
    verified: true,
  },
  // —— Property Management Regulation ——
  'PMR-10': {
    law: 'PMR',
    article: 10,
    keyPhrase: '街道办事处、乡镇人民政府的指导下成立业主大会',
    verified: true,
  },
  'PMR-12': {
    law: 'PMR',
    article: 12,
    paragraph: 1,
    keyPhrase: '可以采用集体讨论的形式，也可以采用书面征求意见的形式',
    verified: true,
    note: {
      'zh-CN': '本条的出席与表决比例早于民法典，以民法典第二百七十八条为准。',
      en: 'The participation and voting ratios of this article predate the Civil Code; CC 278 governs.',
    },
  },
  'PMR-12-2': {
    law: 'PMR',
    article: 12,
    paragraph: 2,
    keyPhrase: '业主可以委托代理人参加业主大会会议',
    verified: true,
  },
  'PMR-13': {
    law: 'PMR',
    article: 13,
    paragraph: 2,
    keyPhrase: '经20%以上的业主提议，业主委员会应当组织召开业主大会临时会议',
    verified: true,
  },
  'PMR-14': {
    law: 'PMR',
    article: 14,
    paragraph: 1,
    keyPhrase: '应当于会议召开15日以前通知全体业主',
    verified: true,
  },
  'PMR-14-2': {
    law: 'PMR',
    article: 14,
    paragraph: 2,
    keyPhrase: '应当同时告知相关的居民委员会',
    verified: true,
  },
  'PMR-16': {
    law: 'PMR',
    article: 16,
    paragraph: 1,
    keyPhrase: '业主委员会应当自选举产生之日起30日内',
    verified: true,
  },
  'PMR-16-2': {
    law: 'PMR',
    article: 16,
    paragraph: 2,
    keyPhrase: '业主委员会委员应当由热心公益事业、责任心强、具有一定组织能力的业主担任',
    verified: true,
  },
  'PMR-18': {
    law: 'PMR',
    article: 18,
    keyPhrase:
      '业主大会议事规则应当就业主大会的议事方式、表决程序、业主委员会的组成和成员任期等事项作出约定',
    verified: true,
  },
  'PMR-19': {
    law: 'PMR',
    article: 19,
    paragraph: 2,
    keyPhrase: '应当责令限期改正或者撤销其决定',
    verified: true,
  },
  'PMR-24': {
    law: 'PMR',
    article: 24,
    paragraph: 2,
    keyPhrase: '投标人少于3个或者住宅规模较小的',
    verified: true,
  },
  'PMR-53': {
    law: 'PMR',
    article: 53,
    paragraph: 2,
    keyPhrase:
      '专项维修资金属于业主所有，专项用于物业保修期满后物业共用部位、共用设施设备的维修和更新、改造',
    verified: true,
  },
  'PMR-58': {
    law: 'PMR',
    article: 58,
    keyPhrase:
      '逾期仍不移交有关资料的，对建设单位、物业服务企业予以通报，处1万元以上10万元以下的罚款',
    verified: true,
  },
  // —— National guidance (no text in docs/law) ——
  'GUIDE-2009-26-2': {
    law: 'GUIDE-2009',
    article: 26,
    paragraph: 2,
    keyPhrase: '是否计入已表决的多数票',
    verified: false,
    note: {
      'zh-CN':
        '二手资料：未参与表决业主的投票权数是否计入多数票由管理规约或议事规则规定；民法典施行后多数以参与表决者计。',
      en: 'Secondary source: left to the management statute or rules whether non-voters count with the majority; since the Civil Code majorities are of participants.',
    },
  },
  'GUIDE-2009-interim': {
    law: 'GUIDE-2009',
    article: UNLOCATED,
    keyPhrase: '占总人数20%以上',
    verified: false,
    note: {
      'zh-CN': '未核实：据称临时会议提议人数按面积与人数双重计算。',
      en: 'Unverified: said to count interim-meeting proposers by both area and headcount.',
    },
  },
  'GUIDE-2009-renewal': {
    law: 'GUIDE-2009',
    article: UNLOCATED,
    keyPhrase: '任期届满前3个月',
    verified: false,
    note: {
      'zh-CN': '二手资料：业主委员会任期届满前3个月组织换届。',
      en: 'Secondary source: re-election is organised 3 months before the term ends.',
    },
  },
  'MOHURD-2020-10': {
    law: 'MOHURD-2020-10',
    article: UNLOCATED,
    keyPhrase: '交叉任职',
    verified: false,
    note: {
      'zh-CN':
        '未核实：社区“两委”与业委会、物业企业党员交叉任职，提高业委会中党员比例；无具体数字。',
      en: 'Unverified: cross-appointment between community committees and party members on owners’ committees and firms, a higher share of party members; no number.',
    },
  },
  // —— Party rules (no text in docs/law) ——
  'PARTY-CONST-30': {
    law: '党章',
    article: 30,
    keyPhrase: '有正式党员三人以上的，都应当成立党的基层组织',
    verified: true,
    note: {
      'zh-CN': '本项目未收录党章文本，关键词无法自动核对。',
      en: 'No copy of the text in this project; the phrase cannot be checked automatically.',
    },
  },
  'PARTY-CONST-31': {
    law: '党章',
    article: 31,
    keyPhrase: '每届任期三年至五年',
    verified: false,
  },
  'PARTY-BRANCH-4': {
    law: '支部工作条例',
    article: 4,
    keyPhrase: '党员人数一般不超过50人',
    verified: false,
  },
  'PARTY-BRANCH-5': {
    law: '支部工作条例',
    article: 5,
    keyPhrase: '联合党支部覆盖单位一般不超过5个',
    verified: false,
  },
  'PARTY-BRANCH-CH6': {
    law: '支部工作条例',
    article: '第六章',
    keyPhrase: '有正式党员7人以上的党支部，设立党支部委员会',
    verified: false,
    note: {
      'zh-CN':
        '二手资料：支部委员会一般由3至5人组成，一般不超过7人；社区党支部每届任期5年，其他3年。',
      en: 'Secondary source: a branch committee has 3–5 members, at most 7; community branches serve 5-year terms, others 3.',
    },
  },
  'PARTY-INSTRUCTOR': {
    law: '支部工作条例',
    article: UNLOCATED,
    keyPhrase: '党建指导员',
    verified: false,
    note: {
      'zh-CN': '二手资料：无正式党员的单位由选派的党建指导员实现工作覆盖；并非党内法规条文用语。',
      en: 'Secondary source: units without members get work coverage through a dispatched party-building instructor; not a term of the party statutes.',
    },
  },
} satisfies Record<string, CitationEntry>;
