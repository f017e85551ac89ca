import type { EventOf, OwnedCatalog } from '@jiayuan/core';
import { effect, effectsFor } from '../shared/effects.js';
import type { groupEntries } from './catalog.js';
import type { GroupContext } from './context.js';

/** The events of the group's work (the same in formation and re-election). */
export type GroupEvent = EventOf<OwnedCatalog<ReturnType<typeof groupEntries<'preparatory'>>>>;

const on = effectsFor<GroupContext, GroupEvent>();

/**
 * The named effects of the group's work shared by formation and re-election: spread them into
 * both setups' `actions`. (Forming the group differs between the two: each setup has its own
 * `formGroup`.)
 */
export const groupEffects = {
  /** The group confirms and posts the owners, headcount and areas (SH 16 ¶1 (一)). */
  confirmRoll: on('CONFIRM_ROLL', (context, event) => ({
    roll: event.roll,
    milestones: { ...context.milestones, 'roll-confirmed': event.at },
  })),
  /** The group adopts its drafts and sets the seats (SH 16 ¶1, SH 20 ¶1). */
  adoptDrafts: on('ADOPT_DRAFTS', (context, event) => ({
    drafts: [...event.drafts],
    seats: event.seats,
    milestones: { ...context.milestones, drafts: event.at },
  })),
  /** The party organisation's guidance, or a third party's assistance, noted (JA 二(二)). */
  recordNote: on(['RECORD_GUIDANCE', 'ASSIST'], (context, event) => ({
    notes: [
      ...context.notes,
      { at: event.at, by: event.by.id, role: event.by.role, text: event.text },
    ],
  })),
  /** The street office formed the stand-in body (SH-36 (十八)); its process is referenced. */
  recordStandIn: on('RECORD_STAND_IN', (context, event) => ({
    milestones: { ...context.milestones, 'stand-in-formed': event.at },
    notes: [
      ...context.notes,
      { at: event.at, by: event.by.id, role: event.by.role, text: event.reference },
    ],
  })),
  /** The filing is complete: the group dissolves (SH 16 ¶4). */
  dissolveGroup: effect<GroupContext>((context, event) => ({
    milestones: { ...context.milestones, 'group-dissolved': event.at },
  })),
};
