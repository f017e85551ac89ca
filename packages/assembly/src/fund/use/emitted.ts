import type { Bilingual, Role } from '@jiayuan/core';
import type { AgendaItem } from '../../ballot/agenda.js';

/** What an ordinary use of the fund tells its host to do or know. */
export type FundUseEmitted =
  | {
      /**
       * The item to put to the owners: the host adds it to an assembly meeting's agenda
       * (`route: 'assembly'`) or has the residents' committee consult the owners concerned
       * (`'consultation'`, SH 71 ¶2); the result comes back as `OWNERS_DECIDED`.
       */
      readonly type: 'put-to-owners';
      readonly useId: string;
      readonly at: string;
      readonly route: 'assembly' | 'consultation';
      readonly item: AgendaItem;
    }
  | {
      readonly type: 'post';
      readonly about: 'fund-use-costs';
      readonly useId: string;
      readonly at: string;
      readonly text: Bilingual;
      /** Who bears the costs, by area (SH 68): the part's owners, or all owners. */
      readonly borneBy: { readonly part: string | null };
      readonly costFen: number;
      readonly reportId: string;
    }
  | {
      readonly type: 'notify';
      readonly to: readonly Role[];
      readonly about: 'fund-use-decided';
      readonly useId: string;
      readonly at: string;
      readonly passed: boolean;
      readonly text: Bilingual;
    };
