import { bilingual } from '@jiayuan/core';
import { contextRule } from '../shared/rule.js';
import { fail, type Verdict } from '../shared/verdict.js';
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
 * The keeper is a sitting member; where the profile keeps the seals apart (SH-36 (七)), one who
 * keeps no other seal.
 */
export function checkSealKeeper(
  context: Pick<MeetingsContext, 'notes' | 'members' | 'profile'>,
  event: { readonly seal: Seal; readonly memberId: string },
): Verdict {
  if (!context.members.some((m) => m.id === event.memberId)) {
    return fail('not-members', { outsiders: [event.memberId] }, { outsiders: [event.memberId] });
  }
  if (!context.profile.meetings.sealsHeldSeparately.value) return true;
  for (const [seal, keeper] of sealKeepers(context)) {
    if (keeper === event.memberId && seal !== event.seal) {
      return fail('seals-held-together', { memberId: event.memberId, seal }, { holds: seal });
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
  if (!context.profile.meetings.secretary.value) {
    return fail('secretary-not-in-profile', { profile: context.profile.id });
  }
  if (context.members.some((m) => m.id === event.personId)) {
    return fail('secretary-is-member', { personId: event.personId });
  }
  return true;
}

/** SH-36 (七): each seal kept by a member, the seals by different members. */
export const sealKeeper = contextRule(
  'seal-keeper',
  ['SH-36-7'],
  bilingual('印章由不同委员分别保管', 'Seals kept by different members'),
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
