import type { JointLevel } from '@jiayuan/core';
import type { Escalation, MeetingRecord } from './context.js';

/** What the matter machine tells its host. */
export type MatterEmitted =
  | {
      readonly type: 'meeting-recorded';
      readonly matterId: string;
      readonly meeting: MeetingRecord;
    }
  | { readonly type: 'escalated'; readonly matterId: string; readonly escalation: Escalation }
  | {
      readonly type: 'resolved';
      readonly matterId: string;
      readonly level: JointLevel;
      readonly at: string;
    }
  | { readonly type: 'mediation-requested'; readonly matterId: string; readonly at: string };
