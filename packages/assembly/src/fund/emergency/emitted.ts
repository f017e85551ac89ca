import type { Bilingual, Role } from '@jiayuan/core';

/** What an emergency repair tells its host to do or know. */
export type FundEmergencyEmitted =
  | {
      readonly type: 'notify';
      readonly to: readonly Role[];
      readonly about:
        | 'emergency-reported'
        | 'emergency-measures'
        | 'emergency-rejected'
        | 'emergency-revised'
        | 'emergency-approved'
        | 'substitute-repair';
      readonly repairId: string;
      readonly at: string;
      readonly text: Bilingual;
    }
  | {
      readonly type: 'post';
      readonly about: 'emergency-costs';
      readonly repairId: string;
      readonly at: string;
      readonly text: Bilingual;
      readonly costFen: number;
      readonly reportId: string;
      readonly withdrawalNotice: string | null;
      /** Who bears the costs, by area (SH 68): the part's owners, or all owners (`null`). */
      readonly borneBy: { readonly part: string | null };
    };
