import { bilingual, type CitationId } from '@jiayuan/core';
import { citationsInForce, contextRule } from '../shared/rule.js';
import { citing, fail, type Verdict } from '../shared/verdict.js';
import type { MeetingsContext } from './context.js';

/**
 * The seals of SH-36 (七): "业主大会印章、业主委员会印章、业主大会财务专用章应由不同的业主委员会委员分别保管，
 * 并实行使用登记制度".
 */
export const SEALS = ['assembly-seal', 'committee-seal', 'assembly-finance-seal'] as const;

/** One of {@link SEALS}. */
export type Seal = (typeof SEALS)[number];

const SEAL_NOTE = 'seal:';
const SECRETARY_NOTE = 'secretary:';

/** The note of a seal's keeper, as the record keeps it. */
export const sealNote = (seal: Seal, memberId: string) => `${SEAL_NOTE}${seal}:${memberId}`;

/** The note of the secretary chosen, as the record keeps it. */
export const secretaryNote = (personId: string) => `${SECRETARY_NOTE}${personId}`;

/** Who keeps each seal now: the latest note for it. */
export function sealKeepers(context: Pick<MeetingsContext, 'notes'>): Map<Seal, string> {
  const keepers = new Map<Seal, string>();
  for (const n of context.notes) {
    if (!n.text.startsWith(SEAL_NOTE)) continue;
    const [seal, memberId] = n.text.slice(SEAL_NOTE.length).split(':') as [Seal, string];
    keepers.set(seal, memberId);
  }
  return keepers;
}

/**
 * The articles by which a seal's keeper is a sitting member, by seal, across the texts: SH-36 (七)
 * names all three; the Beijing regulation only the committee's own (BJ 43 ¶4 "业主委员会印章由业主
 * 委员会保管") — BJ 38 lets the assembly entrust its seal to the street office or the residents'
 * committee, and it has no finance seal. Where the profile's texts name none, the check does not
 * apply: a refusal without an article in force would be no rule of that text.
 */
const KEEPER_ARTICLES: Readonly<Record<Seal, readonly CitationId[]>> = {
  'assembly-seal': ['SH-36-7'],
  'committee-seal': ['SH-36-7', 'BJ-43-4'],
  'assembly-finance-seal': ['SH-36-7'],
};

/**
 * The keeper is a sitting member where the profile's texts say so ({@link KEEPER_ARTICLES}); where
 * the profile keeps the seals apart (SH-36 (七)), one who keeps no other seal. Each refusal cites
 * the articles of the profile in force.
 */
export function checkSealKeeper(
  context: Pick<MeetingsContext, 'notes' | 'members' | 'profile'>,
  event: { readonly seal: Seal; readonly memberId: string },
): Verdict {
  const keeperArticles = citationsInForce(context.profile, KEEPER_ARTICLES[event.seal]);
  if (keeperArticles.length > 0 && !context.members.some((m) => m.id === event.memberId)) {
    return citing(
      fail('not-members', { outsiders: [event.memberId] }, { outsiders: [event.memberId] }),
      keeperArticles,
    );
  }
  const apart = context.profile.meetings.sealsHeldSeparately;
  if (!apart.value) return true;
  for (const [seal, keeper] of sealKeepers(context)) {
    if (keeper === event.memberId && seal !== event.seal) {
      return citing(
        fail('seals-held-together', { memberId: event.memberId, seal }, { holds: seal }),
        apart.cite,
      );
    }
  }
  return true;
}

/**
 * The secretary (SH-36 (六) "业主委员会可以配备秘书"; SH 84: chosen by the residential "two
 * committees", "业委会秘书不是业主委员会成员"): only where the profile provides one, and never a member.
 */
export function checkSecretary(
  context: Pick<MeetingsContext, 'members' | 'profile'>,
  event: { readonly personId: string },
): Verdict {
  const secretary = context.profile.meetings.secretary;
  // Where the profile's texts provide no secretary (the Beijing regulation and the national texts
  // are silent), the step does not exist: the refusal says so and cites only what the profile
  // cites for its absence.
  if (!secretary.value) {
    return citing(
      fail('secretary-not-in-profile', { profile: context.profile.id }),
      secretary.cite,
    );
  }
  if (context.members.some((m) => m.id === event.personId)) {
    return fail('secretary-is-member', { personId: event.personId });
  }
  return true;
}

/**
 * SH-36 (七), BJ 43 ¶4: each seal kept by a member where the text says so, and by different
 * members where the profile keeps them apart.
 */
export const sealKeeper = contextRule(
  'seal-keeper',
  ['SH-36-7', 'BJ-43-4'],
  bilingual(
    '印章由在任委员保管；配置要求分别保管的，由不同委员分别保管',
    'Seals kept by sitting members; by different members where the profile keeps them apart',
  ),
  checkSealKeeper,
);

/** SH-36 (六), SH 84: a secretary where the profile provides one, not a member. */
export const secretaryChosen = contextRule(
  'secretary-chosen',
  ['SH-36-6', 'SH-84-1'],
  bilingual(
    '业委会秘书由居民区“两委”选派，不是委员',
    'Secretary chosen by the two committees, not a member',
  ),
  checkSecretary,
);
