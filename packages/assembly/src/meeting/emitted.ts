import type { Bilingual, Role } from '@jiayuan/core';
import type { AgendaItem } from '../ballot/agenda.js';
import type { DecidedVersion } from '../rules/versions.js';
import type { ItemOutcome } from './context.js';
import type { PostedItem } from './posted.js';

/** What the assembly meeting tells its host to do or know. */
export type AssemblyEmitted =
  | {
      readonly type: 'post';
      readonly about: 'assembly-notice';
      readonly meetingId: string;
      readonly at: string;
      readonly text: Bilingual;
      /** The agenda with each item's documents. */
      readonly items: readonly AgendaItem[];
    }
  | {
      readonly type: 'post';
      readonly about: 'assembly-results';
      readonly meetingId: string;
      readonly at: string;
      readonly text: Bilingual;
      readonly evidence: string;
      readonly results: readonly PostedItem[];
    }
  | {
      readonly type: 'notify';
      readonly to: readonly Role[];
      readonly about:
        | 'assembly-notice'
        | 'call-ordered'
        | 'rules-change-filed'
        | 'rules-filing-completed'
        | 'rules-filing-copied';
      readonly meetingId: string;
      readonly at: string;
      readonly text: Bilingual;
    }
  | {
      readonly type: 'counted';
      readonly meetingId: string;
      readonly at: string;
      readonly outcomes: readonly ItemOutcome[];
    }
  | {
      /**
       * An item adopting or amending the rules of procedure or the management statute passed
       * (CC 278 ¶1 (一)(二), ¶2): the host adds the version to the complex's record; it is in
       * force for meetings started from `at` on. The meeting waits for the committee's filing of
       * the change (`FILE_RULES_CHANGE`, deadline `rules-change-filing`: SH 33, BJ 50).
       */
      readonly type: 'rules-decided';
      readonly meetingId: string;
      readonly at: string;
      readonly version: DecidedVersion;
    }
  | {
      /** A court revoked the decision, or the items named (CC 280 ¶2): acts relying on them are for the host to review. */
      readonly type: 'decision-revoked';
      readonly meetingId: string;
      readonly at: string;
      readonly items: readonly string[];
      readonly judgment: string;
    };
