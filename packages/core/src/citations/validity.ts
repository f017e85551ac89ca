import type { Bilingual } from '../i18n.js';
import type { LocalDate } from '../schemas/time.js';
import type { Citation } from './citation.js';
import type { LawId } from './laws.js';
import type { CitationId } from './registry.js';
import { CITATIONS } from './registry.js';

/** A provision whose cited wording came into force later than the rest of its text. */
export interface AmendedProvision {
  readonly article: number;
  /** The paragraph (款); absent when the whole article changed. */
  readonly paragraph?: number;
}

/** One amendment that changed provisions of a text the registry cites. */
export interface Amendment {
  /** The day the amended wording is in force from. */
  readonly on: LocalDate;
  /** The provisions whose wording changed. */
  readonly provisions: readonly AmendedProvision[];
}

/**
 * When the version of a text that the registry cites is in force: from `from` to `until`
 * (both included), with the provisions a later amendment reworded in force only from its date.
 */
export interface TextValidity {
  /** The first day the cited version is in force. */
  readonly from: LocalDate;
  /** The last day it is in force; absent while it is in force. */
  readonly until?: LocalDate;
  /** Provisions of the cited version in force only from a later day than `from`. */
  readonly amendments?: readonly Amendment[];
  /** Whether the dates are read in the text held under `docs/law/` (false: from its header or a secondary source). */
  readonly verified: boolean;
  /** Where the dates come from. */
  readonly note: Bilingual;
}

const SH_REWORDED: Amendment = {
  on: '2023-12-28',
  provisions: [
    { article: 20, paragraph: 2 },
    { article: 56, paragraph: 2 },
    { article: 83 },
    { article: 90 },
  ],
};

const VALIDITY_TABLE = {
  CC: {
    from: '2021-01-01',
    verified: true,
    note: {
      'zh-CN': '民法典自2021年1月1日起施行。',
      en: 'The Civil Code is in force from 2021-01-01.',
    },
  },
  'CC-contract': {
    from: '2021-01-01',
    verified: true,
    note: { 'zh-CN': '同民法典。', en: 'As the Civil Code.' },
  },
  'CC-general': {
    from: '2021-01-01',
    verified: true,
    note: { 'zh-CN': '同民法典。', en: 'As the Civil Code.' },
  },
  SPC: {
    from: '2021-01-01',
    verified: false,
    note: {
      'zh-CN': '2020年12月23日修正文本，与民法典同日施行（题注）。',
      en: 'The text as amended 2020-12-23, in force with the Civil Code (from its header).',
    },
  },
  PMR: {
    from: '2018-03-19',
    verified: false,
    note: {
      'zh-CN': '2018年3月19日修订（所存文本题注只列至2016年）。',
      en: 'The 2018-03-19 revision (the stored copy lists amendments up to 2016).',
    },
  },
  SH: {
    from: '2020-12-30',
    amendments: [SH_REWORDED],
    verified: true,
    note: {
      'zh-CN':
        '所存2020年与2023年文本仅第二十条第二款、第五十六条第二款、第八十三条、第九十条不同，其余条文自2020年12月30日第二次修正起未变；这四处的现行表述以2023年12月28日第四次修正（施行日期见文本）为准。2022年10月28日第三次修正的文本未收录，这些改动若始于该次修正，此处的日期偏晚。',
      en: 'The stored 2020 and 2023 texts differ only in art. 20 ¶2, art. 56 ¶2, art. 83 and art. 90; every other article reads the same since the 2nd amendment of 2020-12-30. Those four take their current wording from the 4th amendment of 2023-12-28 (its date of effect is in the text). The 3rd amendment of 2022-10-28 is not held here: if it made these changes, the date given is late.',
    },
  },
  'SH-2020': {
    from: '2020-12-30',
    until: '2023-12-27',
    verified: true,
    note: {
      'zh-CN':
        '2020年12月30日第二次修正文本；其第二十条第二款、第五十六条第二款、第八十三条、第九十条的表述适用至2023年12月27日（见上海市住宅物业管理规定的说明）。',
      en: 'The text of the 2nd amendment, 2020-12-30; its wording of art. 20 ¶2, 56 ¶2, 83 and 90 applies until 2023-12-27 (see the note on the Shanghai regulation).',
    },
  },
  'SH-36': {
    from: '2026-03-23',
    verified: true,
    note: {
      'zh-CN': '落款日期2026年3月23日，未另定施行日期（发布日期2026年3月30日）。',
      en: 'Dated 2026-03-23 with no separate date of effect (published 2026-03-30).',
    },
  },
  'SH-84': {
    from: '2026-06-04',
    verified: true,
    note: {
      'zh-CN': '自印发之日（2026年6月4日）起试行。',
      en: 'A pilot from its date, 2026-06-04.',
    },
  },
  'SH-6': {
    from: '2021-07-01',
    until: '2026-06-30',
    verified: true,
    note: {
      'zh-CN': '本意见自2021年7月1日起施行，有效期至2026年6月30日。',
      en: 'In force from 2021-07-01, valid until 2026-06-30 (its final clause).',
    },
  },
  BJ: {
    from: '2024-03-29',
    verified: false,
    note: {
      'zh-CN': '2024年3月29日修正文本（题注）；原条例自2020年5月1日起施行，其文本未收录。',
      en: 'The text as amended 2024-03-29 (from its header); the regulation is in force from 2020-05-01, an earlier text is not held.',
    },
  },
  JA: {
    from: '2021-10-08',
    verified: true,
    note: { 'zh-CN': '印发日期2021年10月8日。', en: 'Issued 2021-10-08.' },
  },
  党章: {
    from: '2022-10-22',
    verified: false,
    note: {
      'zh-CN': '2022年10月22日修改；本项目未收录其文本。',
      en: 'As amended 2022-10-22; no copy of the text in this project.',
    },
  },
  支部工作条例: {
    from: '2018-10-28',
    verified: false,
    note: {
      'zh-CN': '2018年10月28日印发；本项目未收录其文本。',
      en: 'Issued 2018-10-28; no copy of the text in this project.',
    },
  },
  'GUIDE-2009': {
    from: '2010-01-01',
    verified: false,
    note: {
      'zh-CN': '2009年12月1日印发，2010年1月1日起施行（二手资料）；本项目未收录其文本。',
      en: 'Issued 2009-12-01, in force 2010-01-01 (secondary sources); no copy of the text in this project.',
    },
  },
  'MOHURD-2020-10': {
    from: '2020-12-25',
    verified: false,
    note: {
      'zh-CN': '2020年12月25日印发；本项目未收录其文本。',
      en: 'Issued 2020-12-25; no copy of the text in this project.',
    },
  },
} satisfies { readonly [K in LawId]: TextValidity };

/**
 * When each text the registry cites is in force, by law id. The dates are those of the version
 * cited (the `version` of {@link LAWS}), not of the text's first enactment.
 */
export const LAW_VALIDITY: { readonly [K in LawId]: TextValidity } = VALIDITY_TABLE;

function amendedOn(c: Citation, amendments: readonly Amendment[]): LocalDate | undefined {
  let on: LocalDate | undefined;
  for (const a of amendments) {
    const hit = a.provisions.some(
      (p) =>
        p.article === c.article &&
        (p.paragraph === undefined || c.paragraph === undefined || p.paragraph === c.paragraph),
    );
    if (hit && (on === undefined || a.on > on)) on = a.on;
  }
  return on;
}

/**
 * The days a citation's wording is in force: its text's validity, narrowed to the amendment
 * that gave the cited provision its wording. A citation of a whole article counts as amended
 * when any of its paragraphs was.
 */
export function citationValidity(id: CitationId): { from: LocalDate; until?: LocalDate } {
  const c = CITATIONS[id];
  const v: TextValidity = LAW_VALIDITY[c.law];
  const amended = amendedOn(c, v.amendments ?? []);
  const from = amended !== undefined && amended > v.from ? amended : v.from;
  return v.until === undefined ? { from } : { from, until: v.until };
}

/** Whether the text `law` (the version the registry cites) is in force on `date`. */
export function lawInForce(law: LawId, date: LocalDate): boolean {
  const v: TextValidity = LAW_VALIDITY[law];
  return v.from <= date && (v.until === undefined || date <= v.until);
}

/** Whether the cited provision, in the wording the registry quotes, is in force on `date`. */
export function citationInForce(id: CitationId, date: LocalDate): boolean {
  const { from, until } = citationValidity(id);
  return from <= date && (until === undefined || date <= until);
}
