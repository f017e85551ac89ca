import { defineRule } from '@jiayuan/core';
import { type DisclosureContext, planOf } from './context.js';
import { MAX_AWAITING_DRAWINGS, postedDrawingIds } from './drawings.js';
import { dutyEntry } from './entry.js';
import { DISCLOSURE_TEXT } from './messages.js';
import { fail, withPlanCites } from './rules.js';

type Snap = { readonly context: DisclosureContext };
type Sent = { readonly at: string };

/** The duty whose postings list the fund's drawings. */
const FUND_DUTY = 'maintenance-fund';

/** The profile's articles for the fund-accounts duty: its plan's, or its entry's where none binds. */
const fundCites = (context: DisclosureContext) =>
  planOf(context, FUND_DUTY) ?? dutyEntry(context, FUND_DUTY);

/**
 * A drawing waits for a fund-accounts posting only where that duty binds the complex: not under
 * `beijing` when the city's housing fund office keeps the fund (BJ 84 ¶3 binds self-managed funds).
 */
export const fundDutyBinds = defineRule({
  id: 'fund-duty-binds',
  citations: ['SH-66'],
  check({ context }: Snap) {
    return planOf(context, FUND_DUTY) !== undefined
      ? true
      : withPlanCites(
          fail(DISCLOSURE_TEXT.noFundDuty(context.profileId), { duty: FUND_DUTY }),
          dutyEntry(context, FUND_DUTY),
        );
  },
});

/** A drawing is recorded once: not while it waits, nor once a posting listed it. */
export const drawingOnce = defineRule({
  id: 'drawing-once',
  citations: ['SH-66'],
  check({ context }: Snap, event: { readonly drawingId: string }) {
    const waiting = context.awaitingDrawings.some((d) => d.drawingId === event.drawingId);
    const posted = !waiting && postedDrawingIds(context.obligations).has(event.drawingId);
    if (!waiting && !posted) return true;
    return withPlanCites(
      fail(DISCLOSURE_TEXT.drawingTwice(event.drawingId, posted), {
        drawingId: event.drawingId,
        posted,
      }),
      fundCites(context),
    );
  },
});

/** Only a drawing already made is recorded: it is dated at or before the event. */
export const drawingNotAhead = defineRule({
  id: 'drawing-not-ahead',
  citations: ['SH-66'],
  check({ context }: Snap, event: Sent & { readonly drawnAt: string }) {
    if (Date.parse(event.drawnAt) <= Date.parse(event.at)) return true;
    return withPlanCites(
      fail(DISCLOSURE_TEXT.drawingAhead(event.drawnAt, event.at), {
        drawnAt: event.drawnAt,
        at: event.at,
      }),
      fundCites(context),
    );
  },
});

/** The waiting list is bounded ({@link MAX_AWAITING_DRAWINGS}): a calendar's context stays small. */
export const drawingsRoom = defineRule({
  id: 'drawings-room',
  citations: ['SH-66'],
  check({ context }: Snap) {
    if (context.awaitingDrawings.length < MAX_AWAITING_DRAWINGS) return true;
    return withPlanCites(
      fail(DISCLOSURE_TEXT.drawingsFull(MAX_AWAITING_DRAWINGS), { max: MAX_AWAITING_DRAWINGS }),
      fundCites(context),
    );
  },
});

/**
 * A posting of the fund's accounts names every drawing waiting for it, each once, and no other;
 * a posting of another duty names none.
 *
 * SH 66 ¶2 has the committee and the firm publish the fund's 收支情况 at least every half-year,
 * "并接受业主的监督". The calendar does not attach the drawings itself: it would then record, on
 * the publisher's evidence, a list the posted notice may not carry. The publisher names them, so
 * the record says what the notice lists, and a notice that leaves a drawing out is refused with
 * the drawing named instead of closing the period with it unposted.
 */
export const drawingsListed = defineRule({
  id: 'drawings-listed',
  citations: ['SH-66'],
  check(
    { context }: Snap,
    event: { readonly duty: string; readonly drawings?: readonly string[] | undefined },
  ) {
    const named = event.drawings ?? [];
    const plan = planOf(context, event.duty);
    if (event.duty !== FUND_DUTY) {
      if (named.length === 0) return true;
      const title = plan?.title ?? { 'zh-CN': event.duty, en: event.duty };
      return withPlanCites(
        fail(DISCLOSURE_TEXT.drawingsOnOtherDuty(title), { duty: event.duty, drawings: named }),
        plan ?? dutyEntry(context, event.duty),
      );
    }
    const waiting = context.awaitingDrawings.map((d) => d.drawingId);
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const id of named) (seen.has(id) ? repeated : seen).add(id);
    const missing = waiting.filter((id) => !seen.has(id));
    const unknown = [...seen].filter((id) => !waiting.includes(id));
    if (missing.length === 0 && unknown.length === 0 && repeated.size === 0) return true;
    const problems = { missing, unknown, repeated: [...repeated] };
    const title = plan?.title ?? {
      'zh-CN': '专项维修资金收支情况',
      en: 'maintenance fund accounts',
    };
    return withPlanCites(
      fail(DISCLOSURE_TEXT.drawingsNotListed(title, problems), { duty: event.duty, ...problems }),
      fundCites(context),
    );
  },
});
