import { z } from 'zod';
import type { Bilingual } from '../i18n.js';

/** How a text numbers its provisions: statutes by article (第…条), policy documents by section. */
export type LawKind = 'statute' | 'policy';

/** Whether a text is in force, expired, or a pilot. */
export type LawStatus = 'in-force' | 'expired' | 'pilot';

/** One legal text the registry cites. */
export interface Law {
  /** Full title. */
  readonly title: Bilingual;
  /** Name used in formatted citations, e.g. `《民法典》` / `Civil Code`. */
  readonly short: Bilingual;
  /** Version the citations follow: date of the text or of its last amendment. */
  readonly version: string;
  readonly kind: LawKind;
  readonly status: LawStatus;
  /**
   * File name of the text under `docs/law/`. Absent when the project holds no copy (party
   * rules, national guidance): citations of such texts cannot be checked against the text.
   */
  readonly file?: string;
  readonly note?: Bilingual;
}

const LAW_TABLE = {
  CC: {
    title: {
      'zh-CN': '《中华人民共和国民法典》物权编',
      en: 'Civil Code of the PRC, Book Two (Real Rights)',
    },
    short: { 'zh-CN': '《民法典》', en: 'Civil Code' },
    version: '2020-05-28, in force 2021-01-01',
    kind: 'statute',
    status: 'in-force',
    file: 'civil-code-property.md',
  },
  'CC-contract': {
    title: {
      'zh-CN': '《中华人民共和国民法典》合同编 第二十四章 物业服务合同',
      en: 'Civil Code of the PRC, Book Three, ch. 24 (Property Service Contracts, arts. 937–950)',
    },
    short: { 'zh-CN': '《民法典》', en: 'Civil Code' },
    version: '2020-05-28, in force 2021-01-01',
    kind: 'statute',
    status: 'in-force',
    file: 'civil-code-property-service-contract.md',
  },
  'CC-general': {
    title: {
      'zh-CN': '《中华人民共和国民法典》（节选：第二百条至第二百零四条、第一千二百五十九条）',
      en: 'Civil Code of the PRC (extracts: arts. 200–204 on periods, art. 1259 on wording)',
    },
    short: { 'zh-CN': '《民法典》', en: 'Civil Code' },
    version: '2020-05-28, in force 2021-01-01',
    kind: 'statute',
    status: 'in-force',
    file: 'civil-code-general-extracts.md',
  },
  SPC: {
    title: {
      'zh-CN': '《最高人民法院关于审理建筑物区分所有权纠纷案件适用法律若干问题的解释》',
      en: 'SPC Interpretation on Disputes over Ownership of Units in Buildings',
    },
    short: { 'zh-CN': '《建筑物区分所有权解释》', en: 'SPC Building Ownership Interpretation' },
    version: '2009-03-23, amended 2020-12-23',
    kind: 'statute',
    status: 'in-force',
    file: 'spc-building-ownership-interpretation.md',
  },
  PMR: {
    title: { 'zh-CN': '《物业管理条例》', en: 'Property Management Regulation (State Council)' },
    short: { 'zh-CN': '《物业管理条例》', en: 'Property Management Regulation' },
    version: '2018 revision',
    kind: 'statute',
    status: 'in-force',
    file: 'property-management-regulation.md',
    note: {
      'zh-CN':
        '第十二条的表决比例早于民法典，以民法典第二百七十八条为准。所存文本题注只列至2016年修订。',
      en: 'The voting ratios of art. 12 predate the Civil Code; CC art. 278 governs. The stored copy lists amendments up to 2016 in its header.',
    },
  },
  SH: {
    title: {
      'zh-CN': '《上海市住宅物业管理规定》',
      en: 'Shanghai Residential Property Regulation',
    },
    short: {
      'zh-CN': '《上海市住宅物业管理规定》',
      en: 'Shanghai Residential Property Regulation',
    },
    version: '4th amendment, 2023-12-28',
    kind: 'statute',
    status: 'in-force',
    file: 'shanghai-residential-property-2023.md',
  },
  'SH-2020': {
    title: {
      'zh-CN': '《上海市住宅物业管理规定》（2020年12月30日修正文本）',
      en: 'Shanghai Residential Property Regulation (text as amended 2020-12-30)',
    },
    short: {
      'zh-CN': '《上海市住宅物业管理规定》（2020年文本）',
      en: 'Shanghai Residential Property Regulation (2020 text)',
    },
    version: '2nd amendment, 2020-12-30 (superseded)',
    kind: 'statute',
    status: 'expired',
    file: 'shanghai-residential-property-2020.md',
  },
  'SH-36': {
    title: {
      'zh-CN':
        '沪房物业〔2026〕36号《关于完善本市住宅小区业主大会、业主委员会规范化建设的实施意见》',
      en: "Shanghai Housing Administration [2026] No. 36: Implementing Opinions on Standardising Owners' Assemblies and Committees",
    },
    short: { 'zh-CN': '沪房物业〔2026〕36号', en: 'SHHA Property [2026] No. 36' },
    version: '2026-03-23',
    kind: 'policy',
    status: 'in-force',
    file: 'shanghai-2026-36-assembly-committee-opinions.md',
  },
  'SH-84': {
    title: {
      'zh-CN': '沪房物业〔2026〕84号《关于建立住宅小区业主委员会秘书制度的实施意见（试行）》',
      en: "Shanghai Housing Administration [2026] No. 84: Owners' Committee Secretary (pilot)",
    },
    short: { 'zh-CN': '沪房物业〔2026〕84号', en: 'SHHA Property [2026] No. 84' },
    version: '2026-06-04',
    kind: 'policy',
    status: 'pilot',
    file: 'shanghai-2026-84-committee-secretary.md',
  },
  'SH-6': {
    title: {
      'zh-CN': '沪房规范〔2021〕6号《关于进一步贯彻实施〈上海市住宅物业管理规定〉的若干意见》',
      en: 'Shanghai Housing Administration Norms [2021] No. 6: Implementing Opinions',
    },
    short: { 'zh-CN': '沪房规范〔2021〕6号', en: 'SHHA Norms [2021] No. 6' },
    version: '2021-07-01 to 2026-06-30',
    kind: 'policy',
    status: 'expired',
    file: 'shanghai-2021-6-implementing-opinions.md',
    note: {
      'zh-CN': '有效期至2026年6月30日，已失效；仅在沪房物业〔2026〕36号未作规定处参考。',
      en: 'Valid until 2026-06-30, since expired; used only where SH-36 is silent.',
    },
  },
  BJ: {
    title: { 'zh-CN': '《北京市物业管理条例》', en: 'Beijing Property Management Regulation' },
    short: { 'zh-CN': '《北京市物业管理条例》', en: 'Beijing Property Management Regulation' },
    version: '2024-03-29',
    kind: 'statute',
    status: 'in-force',
    file: 'beijing-property-2024.md',
  },
  JA: {
    title: {
      'zh-CN': '静府发〔2021〕11号《静安区关于开展创建美好家园 共同行动工作的实施意见》',
      en: 'Jing\'an District Gov. [2021] No. 11: "Building a Better Home Together" Implementing Opinions',
    },
    short: { 'zh-CN': '静府发〔2021〕11号', en: "Jing'an Gov. [2021] No. 11" },
    version: '2021-10-08',
    kind: 'policy',
    status: 'in-force',
    file: 'jingan-2021-meihao-jiayuan-notice.txt',
  },
  党章: {
    title: { 'zh-CN': '《中国共产党章程》', en: 'Constitution of the Communist Party of China' },
    short: { 'zh-CN': '《中国共产党章程》', en: 'CPC Constitution' },
    version: '2022-10-22 amendment',
    kind: 'statute',
    status: 'in-force',
  },
  支部工作条例: {
    title: {
      'zh-CN': '《中国共产党支部工作条例（试行）》',
      en: 'Regulation on the Work of CPC Branches (trial)',
    },
    short: { 'zh-CN': '《中国共产党支部工作条例（试行）》', en: 'CPC Branch Work Regulation' },
    version: '2018-10-28',
    kind: 'statute',
    status: 'in-force',
  },
  'GUIDE-2009': {
    title: {
      'zh-CN': '建房〔2009〕274号《业主大会和业主委员会指导规则》',
      en: "MOHURD [2009] No. 274: Guidance Rules on Owners' Assemblies and Committees",
    },
    short: {
      'zh-CN': '《业主大会和业主委员会指导规则》',
      en: "Guidance Rules on Owners' Assemblies and Committees",
    },
    version: '2009-12-01',
    kind: 'statute',
    status: 'in-force',
    note: {
      'zh-CN': '本项目未收录其文本，引文只见于二手资料。',
      en: 'No copy of the text in this project; cited from secondary sources only.',
    },
  },
  'MOHURD-2020-10': {
    title: {
      'zh-CN': '建房规〔2020〕10号《关于加强和改进住宅物业管理工作的通知》',
      en: 'MOHURD et al. [2020] No. 10: Notice on Strengthening Residential Property Management',
    },
    short: { 'zh-CN': '建房规〔2020〕10号', en: 'MOHURD [2020] No. 10' },
    version: '2020-12-25',
    kind: 'policy',
    status: 'in-force',
    note: {
      'zh-CN': '本项目未收录其文本，内容未核实。',
      en: 'No copy of the text in this project; content unverified.',
    },
  },
} satisfies Record<string, Law>;

/** Id of a legal text in {@link LAWS}. */
export type LawId = keyof typeof LAW_TABLE;

/**
 * The legal texts jiayuan cites, by id: the Civil Code's property book (`CC`), its property
 * service contract chapter (`CC-contract`) and period/wording extracts (`CC-general`), the
 * SPC interpretation (`SPC`), the State Council regulation (`PMR`), Shanghai's regulation
 * (`SH`, 2023 text; `SH-2020` for comparison) and policy documents (`SH-36`, `SH-84`, `SH-6`
 * expired), Beijing's regulation (`BJ`), the Jing'an notice (`JA`), the party texts (`党章`,
 * `支部工作条例`) and the national guidance (`GUIDE-2009`, `MOHURD-2020-10`). The last four
 * have no text under `docs/law/`.
 */
export const LAWS: { readonly [K in LawId]: Law } = LAW_TABLE;

/** Every {@link LawId}, in table order. */
export const LAW_IDS = Object.keys(LAW_TABLE) as readonly LawId[];

/** Zod schema of {@link LawId}. */
export const LawIdSchema = z.enum(LAW_IDS as [LawId, ...LawId[]]);
