import type { MeetingsContext } from './meetings/context.js';
import type { MembershipContext } from './membership/context.js';
import type { CommitteeContext } from './shared/context.js';

/** The context of any committee machine: narrow it on `procedure`. */
export type AnyCommitteeContext = CommitteeContext | MembershipContext | MeetingsContext;
