import { atLeast, type Bar, moreThan } from '../fraction.js';
import { type Majority, type MatterKind, majorityOf } from '../schemas/matter.js';

/** What happens when the same person hands in a second ballot before the vote closes. */
export type RevotePolicy = 'last-wins' | 'first-only';

/**
 * The four bars a vote must clear and how revotes are handled. Participation (quorum) is
 * measured against the electorate, approval against the participants (CC 278 ¶2).
 */
export interface VotingRule {
  readonly majority: Majority;
  readonly quorum: { readonly headcount: Bar; readonly area: Bar };
  readonly approval: { readonly headcount: Bar; readonly area: Bar };
  readonly revote: RevotePolicy;
}

const QUORUM = { headcount: atLeast(2, 3), area: atLeast(2, 3) } as const;

/**
 * The Civil Code's own rules (CC 278 ¶2, CC 1259): participation of 2/3 以上 of area and of
 * headcount; approval by 过半数 (ordinary) or 3/4 以上 (special) of the participants, on both.
 */
export const CIVIL_CODE_RULES: Readonly<Record<Majority, VotingRule>> = {
  ordinary: {
    majority: 'ordinary',
    quorum: QUORUM,
    approval: { headcount: moreThan(1, 2), area: moreThan(1, 2) },
    revote: 'last-wins',
  },
  special: {
    majority: 'special',
    quorum: QUORUM,
    approval: { headcount: atLeast(3, 4), area: atLeast(3, 4) },
    revote: 'last-wins',
  },
};

/** The Civil Code rule for a matter kind (CC 278 ¶1–2). */
export function civilCodeRule(kind: MatterKind): VotingRule {
  return CIVIL_CODE_RULES[majorityOf(kind)];
}
