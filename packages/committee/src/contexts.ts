import type { MeetingsContext } from './meetings/context.js';
import type { CommitteeContext } from './shared/context.js';

/** The context of any committee machine: narrow it on `procedure`. */
export type AnyCommitteeContext = CommitteeContext | MeetingsContext;
