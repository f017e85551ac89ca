import {
  catalogGuards,
  deadline,
  type LocalDate,
  localDateOf,
  markMissed,
  overdueDeadlines,
  type ProcedureMeta,
  settleDeadline,
} from '@jiayuan/core';
import { assertEvent, assign, enqueueActions, setup } from 'xstate';
import { type DisclosureEvent, disclosureEvents } from './catalog.js';
import {
  type DisclosureContext,
  type DisclosureInput,
  type Obligation,
  openObligation,
  planOf,
} from './context.js';
import type { FundDrawing } from './drawings.js';
import type { DisclosureEmitted } from './emitted.js';
import { clockDisclosure } from './law.js';
import { openNext } from './schedule.js';

const replace = (list: readonly Obligation[], next: Obligation) =>
  list.map((o) => (o.id === next.id ? next : o));

/** Id of the joint-meeting matter raised for an overdue obligation. */
export const matterIdFor = (complexId: string, obligation: Obligation): string =>
  `${complexId}:disclosure:${obligation.id}`;

/** The `setup` of the disclosure calendar, exported so hosts can `provide()` or extend it. */
export const disclosureSetup = setup({
  types: {
    context: {} as DisclosureContext,
    events: {} as DisclosureEvent,
    input: {} as DisclosureInput,
    emitted: {} as DisclosureEmitted,
    meta: {} as ProcedureMeta,
  },
  // The catalog's guards only: every condition of this calendar is a rule of its events.
  guards: catalogGuards(disclosureEvents),
  actions: {
    /**
     * Time moves with every event; a calendar that follows the law takes the edition of the
     * event's day and derives the duties not yet due again (see `clockDisclosure`).
     */
    clock: assign(({ context, event }) => clockDisclosure(context, event.at)),
    openFirst: enqueueActions(({ context, enqueue }) => {
      let obligations = context.obligations;
      let deadlines = context.deadlines;
      for (const plan of context.plans) {
        if (plan.schedule.kind === 'on-trigger') continue;
        const opened = openNext({ obligations, deadlines }, plan, context.now);
        obligations = [...obligations, opened.obligation];
        deadlines = opened.deadlines;
      }
      enqueue.assign({ obligations, deadlines });
    }),
    publish: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'PUBLISH');
      // The `duty-applies` rule guarded the transition: the duty has a plan.
      const plan = planOf(context, event.duty);
      if (plan === undefined) return;
      let obligations = context.obligations;
      let deadlines = context.deadlines;
      let current = openObligation(context, event.duty);
      if (current === undefined) {
        // A standing duty posted again (an update, a new decision): a new cycle.
        const opened = openNext({ obligations, deadlines }, plan, event.at);
        obligations = [...obligations, opened.obligation];
        deadlines = opened.deadlines;
        current = opened.obligation;
      }
      // The fund's accounts list the drawings waiting for them, as the `drawings-listed` rule
      // checked the posting names them (SH 66 ¶2); they leave the waiting list.
      const fund = event.duty === 'maintenance-fund';
      const posted: Obligation = {
        ...current,
        ...(fund ? { drawings: context.awaitingDrawings } : {}),
        status: 'published',
        publishedAt: event.at,
        publishedBy: event.by.id,
        evidence: (event.evidence ?? '').trim(),
        late:
          current.status === 'overdue' ||
          (current.dueAt !== null && Date.parse(event.at) >= Date.parse(current.dueAt)),
        postedUntil: plan.postFor === null ? null : deadline(event.at, plan.postFor).dueAt,
      };
      obligations = replace(obligations, posted);
      deadlines = settleDeadline(deadlines, current.id, event.at);
      enqueue.emit({
        type: 'obligation-published',
        complexId: context.complexId,
        obligation: posted,
      });
      if (
        plan.schedule.kind === 'every' ||
        plan.schedule.kind === 'calendar' ||
        plan.schedule.kind === 'yearly-by'
      ) {
        const from: LocalDate | null = current.dueAt === null ? null : localDateOf(current.dueAt);
        const opened = openNext({ obligations, deadlines }, plan, event.at, { from });
        obligations = [...obligations, opened.obligation];
        deadlines = opened.deadlines;
        enqueue.emit({
          type: 'obligation-opened',
          complexId: context.complexId,
          obligation: opened.obligation,
        });
      }
      enqueue.assign({
        obligations,
        deadlines,
        ...(fund ? { awaitingDrawings: [] as readonly FundDrawing[] } : {}),
      });
    }),
    recordDrawing: assign({
      awaitingDrawings: ({ context, event }) => {
        assertEvent(event, 'RECORD_FUND_DRAWING');
        const drawing: FundDrawing = {
          drawingId: event.drawingId,
          source: event.source,
          drawnAt: event.drawnAt,
          costFen: event.costFen,
          reportId: event.reportId,
          part: event.part,
          recordedAt: event.at,
        };
        return [...context.awaitingDrawings, drawing];
      },
    }),
    planIncrease: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'PLAN_FEE_INCREASE');
      const plan = planOf(context, 'lump-sum-report');
      if (plan === undefined) return;
      const opened = openNext(context, plan, event.at, { effectiveOn: event.effectiveOn });
      enqueue.assign({
        obligations: [...context.obligations, opened.obligation],
        deadlines: opened.deadlines,
      });
      enqueue.emit({
        type: 'obligation-opened',
        complexId: context.complexId,
        obligation: opened.obligation,
      });
    }),
    committeeElected: enqueueActions(({ context, event, enqueue }) => {
      const plan = planOf(context, 'term-end-audit');
      if (plan === undefined) return;
      const opened = openNext(context, plan, event.at);
      enqueue.assign({
        obligations: [...context.obligations, opened.obligation],
        deadlines: opened.deadlines,
      });
      enqueue.emit({
        type: 'obligation-opened',
        complexId: context.complexId,
        obligation: opened.obligation,
      });
    }),
    markOverdue: enqueueActions(({ context, event, enqueue }) => {
      const late = new Set(overdueDeadlines(context.deadlines, event.at).map((d) => d.id));
      if (late.size === 0) return;
      const raised = [...context.raised];
      const obligations = context.obligations.map((o) => {
        if (!late.has(o.id) || o.status !== 'due') return o;
        const overdue: Obligation = { ...o, status: 'overdue', overdueAt: event.at };
        const plan = planOf(context, o.duty);
        const matterId = matterIdFor(context.complexId, o);
        // A matter only where the profile has a level to start it at (JA 二(一)).
        const level = context.matterLevel;
        if (level !== null) raised.push(matterId);
        enqueue.emit({
          type: 'obligation-overdue',
          complexId: context.complexId,
          obligation: overdue,
          matter:
            level === null
              ? null
              : {
                  matterId,
                  complexId: context.complexId,
                  subject: `逾期未公开：${plan?.title['zh-CN'] ?? o.duty}（${plan?.disc ?? ''}，第${o.cycle}期）`,
                  raisedAt: event.at,
                  level,
                  source: `${plan?.disc ?? 'DISC'} ${o.id} overdue since ${o.dueAt ?? event.at}`,
                  // A calendar that follows the law raises matters that follow it too.
                  ...(context.law === undefined
                    ? {}
                    : { profile: { follows: context.law.follows } }),
                },
        });
        return overdue;
      });
      enqueue.assign({ obligations, raised, deadlines: markMissed(context.deadlines, event.at) });
    }),
    close: assign({ closedAt: ({ event }) => event.at }),
  },
});
