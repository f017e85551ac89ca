import { type Bilingual, defineRule, isOverdue, type RuleVerdict } from '@jiayuan/core';
import { text } from '../locales/index.js';
import type { AssemblyContext } from './context.js';
import { REVOCATION } from './deadline-ids.js';

/**
 * An owner's request to a court to revoke the decision (CC 280 ¶2 "受侵害的业主可以请求人民法院予以
 * 撤销"), filed within the year of SPC 12, and the court's ruling on it once recorded.
 */
export interface Challenge {
  /** The host's id of the challenge (the case number, for instance). */
  readonly id: string;
  readonly filedAt: string;
  /** The owner who filed it. */
  readonly by: string;
  /** The agenda items it asks to revoke; every item of the decision when empty. */
  readonly items: readonly string[];
  readonly grounds: string;
  readonly ruling: {
    readonly at: string;
    readonly outcome: 'revoked' | 'dismissed';
    /** The host's reference to the judgment. */
    readonly judgment: string;
  } | null;
}

/**
 * The decision, or the items named, revoked: by a court on an owner's challenge (CC 280 ¶2), or by
 * the authority for breaking the law (PMR 19 ¶2 "应当责令限期改正或者撤销其决定").
 */
export interface Revocation {
  readonly at: string;
  readonly by: 'court' | 'authority';
  /** The challenge the court ruled on; `null` for the authority's own revocation. */
  readonly challengeId: string | null;
  /** The items revoked; every item of the decision when the challenge named none. */
  readonly items: readonly string[];
  /** The host's reference to the judgment or the authority's decision. */
  readonly judgment: string;
}

type Snap = { readonly context: AssemblyContext };

const fail = (message: Bilingual, details: Record<string, unknown>): RuleVerdict => ({
  ok: false,
  message,
  details,
});

/**
 * CC 280 ¶2, SPC 12: an owner challenges the decision within one year of it ("应当在知道或者应当知道
 * 业主大会或者业主委员会作出决定之日起一年内行使"): the revocation window the count started, up to
 * 24:00 of its last day (CC 202, CC 203).
 */
export const challengeWithinWindow = defineRule({
  id: 'challenge-within-window',
  citations: ['CC-280-2', 'SPC-12'],
  check({ context }: Snap, event: { readonly at: string }) {
    const window = context.deadlines[REVOCATION];
    if (window === undefined) return true; // Only reached once counted, which starts it.
    if (!isOverdue(window.due, event.at)) return true;
    return fail(
      text((l) => l.rules.challengeWindow(window.due.lastDay)),
      { lastDay: window.due.lastDay, dueAt: window.due.dueAt },
    );
  },
});

/** A ruling answers a challenge on the record that has none yet. */
export const challengeAwaitsRuling = defineRule({
  id: 'challenge-awaits-ruling',
  citations: ['CC-280-2'],
  check({ context }: Snap, event: { readonly challengeId: string }) {
    const open = context.challenges.some((c) => c.id === event.challengeId && c.ruling === null);
    return open
      ? true
      : fail(
          text((l) => l.rules.challengeOpen(event.challengeId)),
          {
            challengeId: event.challengeId,
          },
        );
  },
});
