import type { Bilingual } from '../i18n.js';
import type { CitationEntry } from './citation.js';

const EXPIRED: Bilingual = {
  'zh-CN': '沪房规范〔2021〕6号已于2026年6月30日失效，仅在现行文件未作规定处参考。',
  en: 'SH-6 expired on 2026-06-30; referenced only where current texts are silent.',
};

/**
 * Provisions only earlier editions of a profile cite: the 2020 wording of SH art. 20 ¶2, SH
 * art. 27 ¶1's reception system and SH-6's party recommendation, read in the texts under `docs/law/`.
 */
export const HISTORY_CITATIONS = {
  // —— 上海市住宅物业管理规定 (2020 text), art. 20 ¶2 before the 2023 rewording ——
  'SH-2020-20-2-family': {
    law: 'SH-2020',
    article: 20,
    paragraph: 2,
    keyPhrase: '本人、配偶及其直系亲属未在本物业管理区域服务的物业服务企业任职',
    verified: true,
  },
  'SH-2020-20-2-grounds': {
    law: 'SH-2020',
    article: 20,
    paragraph: 2,
    keyPhrase: '损坏房屋承重结构、违法搭建、破坏房屋外貌、擅自改变物业使用性质',
    verified: true,
  },
  'SH-2020-20-2-more': {
    law: 'SH-2020',
    article: 20,
    paragraph: 2,
    keyPhrase: '业主大会可以依法决定增加不得担任业主委员会委员的情形',
    verified: true,
  },
  // —— 上海市住宅物业管理规定, art. 27 ¶1: the reception system, before SH-36 set it monthly ——
  'SH-27-1-reception': {
    law: 'SH',
    article: 27,
    paragraph: 1,
    keyPhrase: '业主委员会应当建立定期接待制度',
    verified: true,
  },
  // —— 沪房规范〔2021〕6号 (expired 2026-06-30) ——
  'SH-6-8-party': {
    law: 'SH-6',
    article: '八',
    keyPhrase: '居民区党组织可以推荐符合条件的居民区“两委”委员、党员骨干',
    verified: true,
    note: EXPIRED,
  },
} satisfies Record<string, CitationEntry>;
