import type { CitationId } from '@jiayuan/core';
import type { OutboxMessage } from '@jiayuan/host';
import type { ProcessKind } from './ids.js';

/** A stored process as the coordinator reads it (see `ProcessSummary`). */
interface Stored {
  readonly processId: string;
  readonly kind: ProcessKind;
  readonly context: Readonly<Record<string, unknown>>;
}

/** The costs a fund process drew, as its emitted `post` gives them to the coordinator. */
export interface DrawnCosts {
  /** The fund process: also the drawing's id on the calendar (one drawing per process). */
  readonly processId: string;
  readonly source: 'fund-use' | 'fund-emergency';
  readonly drawnAt: string;
  readonly costFen: number;
  readonly reportId: string;
  /** The part whose owners bear it, or `null` for all owners (SH 68). */
  readonly part: string | null;
}

/** What each fund process emits when it draws its costs. */
const DRAWN: Readonly<Partial<Record<ProcessKind, string>>> = {
  'fund-use': 'fund-use-costs',
  'fund-emergency': 'emergency-costs',
};

/**
 * The costs drawn that an outbox message of a `kind` process reports, or `null` for any other
 * message. Fields are passed on as they are: the calendar's schema refuses a malformed one.
 */
export function drawnCostsOf(kind: ProcessKind, message: OutboxMessage): DrawnCosts | null {
  if (message.type !== 'post' || (kind !== 'fund-use' && kind !== 'fund-emergency')) return null;
  const p = (message.payload ?? {}) as Record<string, unknown>;
  if (p.about !== DRAWN[kind]) return null;
  const borneBy = p.borneBy as { readonly part?: unknown } | undefined;
  return {
    processId: message.processId,
    source: kind,
    drawnAt: p.at as string,
    costFen: p.costFen as number,
    reportId: p.reportId as string,
    part: (borneBy?.part ?? null) as string | null,
  };
}

/**
 * The costs a fund process's context records as drawn, or `null` when it drew none: what its
 * emitted `post` said, read back for a drawing whose message the coordinator did not see.
 */
export function drawnCostsIn(p: Stored): DrawnCosts | null {
  if (p.kind !== 'fund-use' && p.kind !== 'fund-emergency') return null;
  const costs = p.context.costs as
    | {
        readonly at: string;
        readonly costFen: number;
        readonly reportId: string;
        readonly part?: string | null;
      }
    | null
    | undefined;
  if (costs === null || costs === undefined) return null;
  // An ordinary use is borne by its plan's part; an emergency repair names it when drawn.
  const plan = p.context.plan as { readonly part?: string | null } | null | undefined;
  const part = p.kind === 'fund-use' ? (plan?.part ?? null) : (costs.part ?? null);
  return {
    processId: p.processId,
    source: p.kind,
    drawnAt: costs.at,
    costFen: costs.costFen,
    reportId: costs.reportId,
    part,
  };
}

/**
 * The articles of the fund-accounts posting under the profile a fund process holds (SH 66 under
 * `shanghai`, BJ 84 under `beijing`, CC 281 under `national`); none when it holds no profile.
 */
export function fundAccountsCites(context: Readonly<Record<string, unknown>>): CitationId[] {
  const profile = context.profile as
    | { readonly disclosure?: { readonly maintenanceFundEvery?: { readonly cite?: unknown } } }
    | undefined;
  const cite = profile?.disclosure?.maintenanceFundEvery?.cite;
  return Array.isArray(cite) ? (cite as CitationId[]) : [];
}
