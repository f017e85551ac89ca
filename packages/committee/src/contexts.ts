import type { FormationContext } from './formation/context.js';
import type { MeetingsContext } from './meetings/context.js';
import type { MembershipContext } from './membership/context.js';
import type { CommitteeContext } from './shared/context.js';

/** The context of any committee machine: narrow it on `procedure`. */
export type AnyCommitteeContext =
  | FormationContext
  | CommitteeContext
  | MembershipContext
  | MeetingsContext;
