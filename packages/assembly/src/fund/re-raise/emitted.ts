import type { Bilingual, Role } from '@jiayuan/core';

/** What a fund account's re-raising tells its host to do or know. */
export type FundReRaiseEmitted =
  | {
      /**
       * The balance fell below the sufficient share: the host puts a re-raising item
       * (`raise-maintenance-fund`, special majority) to an assembly meeting (SH 65 ¶1–2).
       */
      readonly type: 'shortfall';
      readonly fundId: string;
      readonly at: string;
      readonly balanceFen: number;
      readonly firstCollectionFen: number;
      readonly text: Bilingual;
    }
  | {
      /** The committee's written payment notice: to the bank (SH 65 ¶3) or to the owners (BJ 83). */
      readonly type: 'file';
      readonly to: readonly ('bank' | Role)[];
      readonly about: 'payment-notice';
      readonly fundId: string;
      readonly at: string;
      readonly evidence: string;
      readonly text: Bilingual;
    }
  | {
      readonly type: 'notify';
      readonly to: readonly Role[];
      readonly about: 'balance-restored' | 'restore-missed';
      readonly fundId: string;
      readonly at: string;
      readonly text: Bilingual;
    };
