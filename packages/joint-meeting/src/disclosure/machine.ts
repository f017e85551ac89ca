import { bilingual, withCatalog } from '@jiayuan/core';
import { disclosureEvents } from './catalog.js';
import { initialDisclosureContext } from './context.js';
import { DISCLOSURE_CITATIONS } from './rules.js';
import { disclosureSetup } from './setup.js';

const ALL = [...DISCLOSURE_CITATIONS];

/**
 * The disclosure duties of one complex (RULES DISC-1..7; SH 27, 47, 48, 66, 67; JA 二(四)4) as a
 * calendar: each duty that applies under the profile and the fee model (commission 酬金制 or
 * lump sum 包干制) opens obligations that are due, published with evidence, or overdue on a
 * `TICK`. An overdue obligation emits `obligation-overdue` carrying the input of a complex-level
 * `matterMachine` (JA 二(一)4), which the host starts.
 */
export const disclosureMachine = withCatalog(
  disclosureSetup.createMachine({
    id: 'disclosureCalendar',
    context: ({ input }) => initialDisclosureContext(input),
    initial: 'active',
    meta: { title: bilingual('信息公开日历', 'disclosure calendar'), legal: ALL },
    states: {
      active: {
        description:
          'Each duty that applies opens obligations: due, published with evidence, or overdue.',
        meta: { title: bilingual('公开义务跟踪中', 'tracking duties'), legal: ALL },
        entry: 'openFirst',
        on: {
          PUBLISH: {
            guard: 'PUBLISH',
            actions: ['clock', 'publish'],
            meta: { legal: ALL },
          },
          RECORD_FUND_DRAWING: {
            guard: 'RECORD_FUND_DRAWING',
            actions: ['clock', 'recordDrawing'],
            meta: { legal: ['SH-66'] },
          },
          PLAN_FEE_INCREASE: {
            guard: 'PLAN_FEE_INCREASE',
            actions: ['clock', 'planIncrease'],
            meta: { legal: ['SH-48-lump-sum'] },
          },
          COMMITTEE_ELECTED: {
            guard: 'COMMITTEE_ELECTED',
            actions: ['clock', 'committeeElected'],
            meta: { legal: ['SH-67', 'SH-6-11-term'] },
          },
          TICK: {
            guard: 'TICK',
            actions: ['clock', 'markOverdue'],
            meta: { legal: ['SH-48-commission', 'SH-66', 'SH-67', 'SH-6-11', 'JA-2-1-4'] },
          },
          CLOSE_CALENDAR: {
            guard: 'CLOSE_CALENDAR',
            target: 'closed',
            actions: ['clock', 'close'],
          },
        },
      },
      closed: {
        type: 'final',
        description: 'The host stopped tracking the complex (its management changed hands).',
        meta: { title: bilingual('已结束', 'closed') },
      },
    },
  }),
  disclosureEvents,
);
