import { type Bilingual, bilingual, type Locale } from '@jiayuan/core';

/**
 * The documents and accounts a committee procedure asks for, by code, named as the articles
 * name them: the developer's report (SH 14 (一)–(五)), the group's drafts (SH 15; the model
 * texts of SH 93), the committee's filing (SH 23 (一)–(六)), the stand-in's filing (BJ 55 ¶1
 * (一)–(三)) and the scope of the re-election audit.
 */
export const DOCUMENT_NAMES: Readonly<Record<string, Bilingual>> = {
  'area-designation': bilingual('物业管理区域核定意见', 'the management area designation'),
  'management-premises': bilingual('物业管理用房配置证明', 'proof of the management premises'),
  'owner-register': bilingual('业主清册和物业建筑面积', 'the register of owners and floor areas'),
  'delivery-dates': bilingual('物业出售并交付使用时间', 'the dates of sale and delivery'),
  'fund-register': bilingual(
    '已筹集的专项维修资金清册',
    'the register of maintenance funds raised',
  ),
  'management-statute': bilingual('管理规约', 'the management statute'),
  'rules-of-procedure': bilingual('业主大会议事规则', "the owners' assembly rules of procedure"),
  'voting-rules': bilingual('首次业主大会会议表决规则', "the first assembly's voting rules"),
  'nomination-method': bilingual(
    '业主委员会委员候选人产生办法',
    "the method of nominating the committee's candidates",
  ),
  'election-method': bilingual('业主委员会选举办法', 'the committee election method'),
  'minutes-and-decisions': bilingual(
    '业主大会会议记录和会议决定',
    "the assembly's minutes and decisions",
  ),
  'assembly-minutes-and-decisions': bilingual(
    '业主大会会议记录和会议决定',
    "the assembly's minutes and decisions",
  ),
  'fund-statute': bilingual('专项维修资金管理规约', 'the maintenance fund statute'),
  'members-and-undertakings': bilingual(
    '业主委员会委员的名单、基本情况和书面承诺',
    "the members' names, particulars and written undertakings",
  ),
  'training-records': bilingual('业主委员会委员的培训记录', "the members' training records"),
  'maintenance-fund': bilingual('专项维修资金', 'the maintenance fund'),
  'public-revenue': bilingual('公共收益收支', 'public revenue and its spending'),
  'committee-funds': bilingual('业主委员会工作经费', "the committee's working funds"),
};

/** The names of document codes in `locale`; a code with no name is shown as it is. */
export function documentNames(codes: readonly string[], locale: Locale): string[] {
  return codes.map((code) => DOCUMENT_NAMES[code]?.[locale] ?? code);
}
