import type { FormationContext } from './formation/context.js';
import type { MeetingsContext } from './meetings/context.js';
import type { MembershipContext } from './membership/context.js';
import type { ReElectionContext } from './reelection/context.js';

/** The context of any committee machine (each has its own): narrow it on `procedure`. */
export type CommitteeContext =
  | FormationContext
  | ReElectionContext
  | MembershipContext
  | MeetingsContext;
