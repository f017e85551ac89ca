import type { CitationId } from '@jiayuan/core';
import { type Bilingual, bilingual } from '@jiayuan/core';
import type { FeeModel } from './context.js';

/** What the outgoing firm hands over within 10 days of the contract ending (SH 50). */
export const HANDOVER_ITEMS = [
  'documents',
  'maintenance-records',
  'public-revenue-balance',
  'service-fund-balance-and-assets',
  'management-premises',
] as const;

/** One of {@link HANDOVER_ITEMS}. */
export type HandoverItem = (typeof HANDOVER_ITEMS)[number];

/** Where one hand-over item stands. */
export type HandoverStatus =
  | { readonly status: 'pending' }
  | { readonly status: 'delivered'; readonly at: string; readonly receipt: string }
  | { readonly status: 'not-applicable'; readonly reason: Bilingual };

/** Each item's name and the clause of SH 50 that requires it. */
export const HANDOVER_ITEM_INFO: Readonly<
  Record<
    HandoverItem,
    { readonly title: Bilingual; readonly clause: string; readonly cite: readonly CitationId[] }
  >
> = {
  documents: {
    title: bilingual(
      '竣工验收等技术资料及物业档案资料',
      'technical documents and property records',
    ),
    clause: 'SH 50(1)',
    cite: ['SH-50', 'SH-47'],
  },
  'maintenance-records': {
    title: bilingual(
      '共用部分运行、维修、更新、改造和养护资料',
      'operation, repair and renewal records of common parts',
    ),
    clause: 'SH 50(2)',
    cite: ['SH-50'],
  },
  'public-revenue-balance': {
    title: bilingual('公共收益的结余', 'balance of public revenue'),
    clause: 'SH 50(3)',
    cite: ['SH-50'],
  },
  'service-fund-balance-and-assets': {
    title: bilingual(
      '酬金制下物业服务资金结余及所购财物',
      'service-fund balance and assets bought with it (commission model)',
    ),
    clause: 'SH 50(4)',
    cite: ['SH-50', 'SH-48-commission'],
  },
  'management-premises': {
    title: bilingual('物业管理用房', 'management premises'),
    clause: 'SH 50(5)',
    cite: ['SH-50', 'CC-949'],
  },
};

/** The hand-over list for a fee model: item (4) applies under the commission model only. */
export function initialHandover(feeModel: FeeModel): Record<HandoverItem, HandoverStatus> {
  const pending: HandoverStatus = { status: 'pending' };
  return {
    documents: pending,
    'maintenance-records': pending,
    'public-revenue-balance': pending,
    'service-fund-balance-and-assets':
      feeModel === 'commission'
        ? pending
        : {
            status: 'not-applicable',
            reason: bilingual(
              '包干制下无物业服务资金结余',
              'no service-fund balance under the lump-sum model',
            ),
          },
    'management-premises': pending,
  };
}

/** The items still pending, in list order. */
export function missingHandoverItems(
  handover: Readonly<Record<HandoverItem, HandoverStatus>> | null,
): HandoverItem[] {
  if (handover === null) return [...HANDOVER_ITEMS];
  return HANDOVER_ITEMS.filter((item) => handover[item].status === 'pending');
}
