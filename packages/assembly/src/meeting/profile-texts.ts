import { type Bilingual, bilingual, type Profile } from '@jiayuan/core';
import { en, text, zhCN } from '../locales/index.js';
import type { AssemblyLocale } from '../locales/types.js';
import { articlesText, citesUnder } from '../shared/under-profile.js';

/** The rules' own articles, each the article of one text (SH); other profiles map theirs. */
export const OWN_CITES = {
  'order-once': ['SH-25-3'],
  'caller-may-call': ['SH-25', 'SH-25-3'],
  'ballot-sender': ['SH-18-3', 'PMR-12'],
  'agenda-parts': ['SH-69'],
  'sheet-valid': ['CC-278-2', 'SH-18-1', 'SH-18-3', 'SH-69', 'SPC-9'],
} as const;

type Silence = AssemblyLocale['rules']['silence'];

/** "The texts the Beijing profile follows are silent on …; … decides." before `base`. */
function silentThen(
  profile: Profile,
  topic: keyof Silence,
  decides: keyof Silence,
  base: Bilingual,
): Bilingual {
  const say = (l: AssemblyLocale, locale: 'zh-CN' | 'en') =>
    `${l.rules.silentOn(profile.name[locale], l.rules.silence[topic], l.rules.silence[decides])}${locale === 'en' ? ' ' : ''}${base[locale]}`;
  return bilingual(say(zhCN, 'zh-CN'), say(en, 'en'));
}

/** order-once: where the profile's texts give the street office no order, the text says so. */
export function orderedOnceText(profile: Profile): Bilingual {
  const base = text((l) => l.rules.orderedOnce);
  const cites = citesUnder('order-once', OWN_CITES['order-once'], profile);
  return cites !== null && cites.length === 0
    ? silentThen(profile, 'streetOfficeCall', 'byOrderCall', base)
    : base;
}

/** caller-may-call: the street office's call, naming the articles of the profile in force. */
export function callerMayCallText(profile: Profile, role: string): Bilingual {
  const cites = citesUnder('caller-may-call', OWN_CITES['caller-may-call'], profile);
  if (cites === null) return text((l) => l.rules.callerMayCall(role));
  if (cites.length === 0) {
    const base = bilingual(
      zhCN.rules.callerMayCallUnder(role, ''),
      en.rules.callerMayCallUnder(role, ''),
    );
    return silentThen(profile, 'streetOfficeCall', 'byOrderCall', base);
  }
  const where = articlesText(cites);
  return bilingual(
    zhCN.rules.callerMayCallUnder(role, where['zh-CN']),
    en.rules.callerMayCallUnder(role, where.en),
  );
}

/** ballot-sender: an owner's own sheet or a proxy's, naming the articles of the profile in force. */
export function ballotSenderText(profile: Profile): Bilingual {
  const cites = citesUnder('ballot-sender', OWN_CITES['ballot-sender'], profile);
  if (cites === null) return text((l) => l.rules.ballotSender);
  const where = articlesText(cites);
  return bilingual(
    zhCN.rules.ballotSenderUnder(where['zh-CN']),
    en.rules.ballotSenderUnder(where.en),
  );
}

/** agenda-parts: where the profile's texts are silent on a part's decisions, the text says so. */
export function agendaPartsText(profile: Profile, parts: string): Bilingual {
  const base = text((l) => l.rules.agendaParts(parts));
  const cites = citesUnder('agenda-parts', OWN_CITES['agenda-parts'], profile);
  return cites !== null && cites.length === 0
    ? silentThen(profile, 'partDecision', 'byRollParts', base)
    : base;
}
