import { bilingual, type FreezeMatter, FreezeMatterSchema } from '@jiayuan/core';
import { z } from 'zod';
import { contextRule } from '../shared/rule.js';
import { fail, type Verdict } from '../shared/verdict.js';
import type { ReElectionContext } from './context.js';

/** Topics an assembly may be called on: the TERM-3 matters, or a routine one. */
export const AssemblyTopicSchema = z.union([FreezeMatterSchema, z.literal('routine')]);

/** The state tag of the freeze (SH 28 ¶4, TERM-3). */
export const FREEZE_TAG = 'freeze';

/** What {@link freezeActive} reads of a committee context. */
export interface FreezeFacts {
  readonly procedure: string;
  readonly group?: unknown;
  readonly milestones: Readonly<Partial<Record<string, string>>>;
}

/** Whether the freeze holds on this context: a re-election group exists and no one is elected. */
export function freezeActive(context: FreezeFacts): boolean {
  return (
    context.procedure === 're-election' &&
    context.group !== null &&
    context.group !== undefined &&
    context.milestones.elected === undefined
  );
}

/** What a snapshot needs for {@link isFrozen}: xstate's `hasTag`. */
export interface TaggedSnapshot {
  hasTag(tag: string): boolean;
  readonly context: {
    readonly profile: {
      readonly term: { readonly freeze: { readonly value: readonly FreezeMatter[] } };
    };
  };
}

/**
 * Whether a re-election snapshot is in the freeze (SH 28 ¶4, TERM-3): from the re-election
 * group's formation until the new committee is elected. Other processes of the complex (a
 * property-firm vote) ask this through the host.
 */
export function isFrozen(snapshot: TaggedSnapshot): boolean {
  return snapshot.hasTag(FREEZE_TAG);
}

/** The matters the outgoing committee may not put to the assembly now (empty outside the freeze). */
export function frozenMatters(snapshot: TaggedSnapshot): FreezeMatter[] {
  return isFrozen(snapshot) ? [...snapshot.context.profile.term.freeze.value] : [];
}

/** Whether the committee may call an assembly on `matter` now (TERM-3). */
export function mayDecideDuringReElection(snapshot: TaggedSnapshot, matter: FreezeMatter): boolean {
  return !frozenMatters(snapshot).includes(matter);
}

/** The TERM-3 rule: no assembly on a frozen matter while the freeze holds. */
export function checkFreeze(
  context: FreezeFacts & Pick<ReElectionContext, 'profile'>,
  event: { readonly topic: z.output<typeof AssemblyTopicSchema> },
): Verdict {
  if (!freezeActive(context) || event.topic === 'routine') return true;
  if (!context.profile.term.freeze.value.includes(event.topic)) return true;
  return fail('assembly-frozen', undefined, { topic: event.topic });
}

/** SH 28 ¶4: no assembly on a frozen matter while the freeze holds. */
export const freezeRule = contextRule(
  'freeze',
  ['SH-28-4'],
  bilingual('换届期间冻结重大事项', 'The re-election freeze'),
  checkFreeze,
);
