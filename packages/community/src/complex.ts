import { type FormationContext, freezeActive, type ReElectionContext } from '@jiayuan/committee';
import {
  type ActorRef,
  type Bilingual,
  type CitationId,
  type DeadlineBook,
  overdueDeadlines,
  type Rejection,
} from '@jiayuan/core';
import type {
  Host,
  OutboxMessage,
  ProcessState,
  SendManyResult,
  SendOptions,
  SendResult,
  TrustedSendOptions,
} from '@jiayuan/host';
import { type DisclosureContext, type MatterInput, planOf } from '@jiayuan/joint-meeting';
import type { Census, CoverageContext } from '@jiayuan/party-coverage';
import type { ContractTermContext, HiringContext } from '@jiayuan/property-firm';
import { rulesRecordOf, withRulesInForce } from './assembly-rules.js';
import { filedTermOf, withFiledTerm } from './filed-term.js';
import { type DrawnCosts, drawnCostsIn, drawnCostsOf, fundAccountsCites } from './fund-drawing.js';
import { matterKeyOf, type ProcessKind, parseProcessId, processIdOf } from './ids.js';
import { MACHINE_IDS } from './machines.js';
import { COMMUNITY_TEXT } from './messages.js';

/** The context of a process that elects a committee: a formation or a re-election. */
type ElectedContext = FormationContext | ReElectionContext;

/** Something the coordinator did because of a rule that spans processes. */
export interface Reaction {
  readonly kind:
    | 'freeze-start'
    | 'freeze-end'
    | 'coverage-started'
    | 'coverage-review'
    | 'stand-in-recorded'
    | 'stand-in-dissolved'
    | 'replacement-decided'
    | 'matter-raised'
    | 'fund-drawing-recorded'
    | 'fund-drawing-not-recorded'
    | 'term-end-audit-opened'
    | 'term-end-audit-not-opened';
  /** The process the reaction started or sent to. */
  readonly processId: string;
  readonly cite: readonly CitationId[];
  readonly message: Bilingual;
}

/** A coordinator call that went through. */
export interface CommunityAccepted {
  readonly ok: true;
  readonly processId: string;
  readonly state: ProcessState;
  /** What the cross-process rules did after it. */
  readonly reactions: readonly Reaction[];
}

/** A coordinator call refused by a machine or by a cross-process rule; nothing changed. */
export interface CommunityRefused {
  readonly ok: false;
  readonly processId: string;
  readonly rejection: Rejection;
}

/** What {@link Complex.start} and {@link Complex.send} return. */
export type CommunityResult = CommunityAccepted | CommunityRefused;

/** What {@link Complex.sendMany} returns: one batch of events to one process. */
export interface CommunityBatchResult {
  readonly processId: string;
  /** The process after the batch (its last accepted event, or as it was). */
  readonly state: ProcessState;
  /** How many events were accepted. */
  readonly accepted: number;
  /** The refused events by their index in the batch, with the reason. */
  readonly refused: readonly { readonly index: number; readonly rejection: Rejection }[];
  /** What the cross-process rules did after the batch. */
  readonly reactions: readonly Reaction[];
}

/** A process of the complex as stored: its id parts, machine, state and status. */
export interface ProcessSummary {
  readonly processId: string;
  readonly kind: ProcessKind;
  readonly matterKey: string;
  readonly machine: string;
  readonly seq: number;
  readonly status: string;
  readonly value: unknown;
  readonly context: Readonly<Record<string, unknown>>;
}

/** Options of {@link Complex}. */
export interface ComplexOptions {
  readonly host: Host;
  readonly complexId: string;
  /** The census a new committee's coverage starts with. Default: its members, no party members. */
  readonly committeeCensus?: (members: readonly string[]) => Census;
  readonly streetId?: string;
}

const KIND_MACHINE: Readonly<Record<ProcessKind, string>> = {
  formation: MACHINE_IDS.formation,
  're-election': MACHINE_IDS.reElection,
  membership: MACHINE_IDS.membership,
  hiring: MACHINE_IDS.hiring,
  dismissal: MACHINE_IDS.dismissal,
  'contract-term': MACHINE_IDS.contractTerm,
  coverage: MACHINE_IDS.coverage,
  matter: MACHINE_IDS.matter,
  disclosure: MACHINE_IDS.disclosure,
  'stand-in': MACHINE_IDS.standIn,
  assembly: MACHINE_IDS.assembly,
  'fund-use': MACHINE_IDS.fundUse,
  'fund-emergency': MACHINE_IDS.fundEmergency,
  'fund-re-raise': MACHINE_IDS.fundReRaise,
};

const FIRM_KINDS: ReadonlySet<ProcessKind> = new Set(['hiring', 'dismissal', 'contract-term']);
/** The processes a re-election freeze reaches (SH 28 ¶4): the firm's, and assembly meetings. */
const FROZEN_KINDS: ReadonlySet<ProcessKind> = new Set([...FIRM_KINDS, 'assembly']);
const COMMITTEE_KINDS: ReadonlySet<ProcessKind> = new Set(['formation', 're-election']);
const COVERAGE_CITE: readonly CitationId[] = ['JA-2-2'];
const FREEZE_CITE: readonly CitationId[] = ['SH-28-4'];
const MATTER_CITE: readonly CitationId[] = ['JA-2-1-4'];
const STAND_IN_CITE: readonly CitationId[] = ['SH-36-18'];
const REPLACEMENT_CITE: readonly CitationId[] = ['SH-46-1', 'CC-948-1'];
/** The contract-term states that take the owners' decision to hire another firm. */
const TERM_RUNNING: ReadonlySet<unknown> = new Set(['inTerm', 'firmLeaving']);

/**
 * One complex (物业管理区域) coordinated over a host: its processes are stored by the host one by
 * one and related by ids (`<complexId>/<kind>/<matter>#<n>`), never as spawned children
 * (docs/guides/machine-conventions.md, rule 7). The coordinator starts them and enforces the rules that span them:
 *
 * - one process per matter at a time;
 * - a re-election starts from the outgoing term's end as the committee filed it (SH 20 ¶1):
 *   an input without `termEndsOn` takes the filed day, one naming another day is refused;
 * - a re-election freeze (TERM-3, FIRM-11; SH 28 ¶4) is sent to every running property-firm
 *   process and assembly meeting as `FREEZE.START` / `FREEZE.END`, and a firm process started
 *   during it starts frozen (an assembly meeting is sent the freeze as soon as it starts), so
 *   the firm's machine refuses the hire or dismissal vote, and the assembly's the committee's
 *   call on a frozen item, with its cited rule;
 * - a newly elected committee starts (or reviews) its party coverage (JA 二(二));
 * - a stand-in body the street office formed (TERM-9, SH-36 (十八)) is recorded on the
 *   formation or re-election whose deadline it answers, and dissolved once that committee's
 *   filing is complete;
 * - a hiring process whose owners' vote chose another firm (另聘, FIRM-5; SH 46 ¶1) is reported
 *   to the complex's contract term while its fixed term runs, as `REPLACEMENT_DECIDED`: the old
 *   contract then ends at expiry instead of running on (CC 948 ¶1);
 * - an overdue disclosure duty raises a complex-level joint-meeting matter (JA 二(一)4), from
 *   the disclosure machine's `obligation-overdue` event, or failing that its deadline book;
 * - the costs a fund-use or emergency-repair process draws from the maintenance fund (its emitted
 *   `post`) are recorded on the complex's disclosure calendar as `RECORD_FUND_DRAWING`, to be
 *   listed on the next posting of the fund's accounts (SH 66 ¶2), or failing that (the `post`
 *   unseen) from the fund process's context; where there is no calendar, or it refuses the
 *   drawing (no fund-accounts duty: BJ 84 ¶3), a `fund-drawing-not-recorded` reaction says so;
 * - a re-election's new committee opens the term-end audit on the running calendar
 *   (`COMMITTEE_ELECTED` at the election's instant, SH 67 ¶2 换届财务审计), once per election.
 */
export class Complex {
  readonly host: Host;
  readonly complexId: string;
  readonly #census: (members: readonly string[]) => Census;
  readonly #streetId: string | undefined;
  readonly #by: ActorRef;

  constructor(options: ComplexOptions) {
    this.host = options.host;
    this.complexId = options.complexId;
    this.#streetId = options.streetId;
    this.#census =
      options.committeeCensus ??
      ((members) => ({ headcount: members.length, full: 0, probationary: 0 }));
    this.#by = { id: `community:${options.complexId}`, role: 'system' };
  }

  /** Every stored process of this complex, in id order. */
  async processes(): Promise<ProcessSummary[]> {
    const ids = (await this.host.store.processIds()).filter(
      (id) => parseProcessId(id)?.complexId === this.complexId,
    );
    const out: ProcessSummary[] = [];
    for (const id of ids.sort()) {
      const parts = parseProcessId(id);
      const stored = await this.host.store.load(id);
      if (parts === null || stored === undefined) continue;
      out.push(
        summaryOf(
          id,
          parts.kind,
          parts.matterKey,
          stored.envelope.machine,
          stored.seq,
          stored.envelope.snapshot,
        ),
      );
    }
    return out;
  }

  /** The running process on `matterKey`, if any. */
  async running(matterKey: string): Promise<ProcessSummary | undefined> {
    return (await this.processes()).find((p) => p.matterKey === matterKey && p.status === 'active');
  }

  /**
   * Starts a process of `kind` with its machine input. `subject` names the matter for coverage
   * (the covered unit) and joint-meeting matters (the matter id). Refused with
   * `rule-violated` (`one-process-per-matter`) when the matter already has a running process.
   */
  async start(kind: ProcessKind, input: unknown, subject?: string): Promise<CommunityResult> {
    const matterKey = matterKeyOf(kind, subject);
    const all = await this.processes();
    const busy = all.find((p) => p.matterKey === matterKey && p.status === 'active');
    const n = all.filter((p) => p.kind === kind && p.matterKey === matterKey).length + 1;
    const processId = processIdOf({ complexId: this.complexId, kind, matterKey, n });
    if (busy !== undefined) {
      return refused(
        processId,
        'one-process-per-matter',
        [],
        COMMUNITY_TEXT.oneProcessPerMatter(matterKey, busy.processId),
        {
          matter: matterKey,
          running: busy.processId,
        },
      );
    }
    // A re-election takes the outgoing term's end as the committee filed it (SH 20 ¶1).
    let given = input;
    if (kind === 're-election') {
      const term = withFiledTerm(input, filedTermOf(all));
      if (!term.ok) {
        const { given: day, filed } = term;
        return refused(
          processId,
          'term-end-as-filed',
          filed.cite,
          COMMUNITY_TEXT.termEndNotAsFiled(day, filed.termEndsOn, filed.processId),
          { termEndsOn: day, filed: filed.termEndsOn, filedBy: filed.processId },
        );
      }
      given = term.input;
    }
    // An assembly meeting starts under the rules of procedure in force (RULES VOTE-19).
    if (kind === 'assembly') {
      given = withRulesInForce(
        given,
        rulesRecordOf(
          this.complexId,
          all.filter((p) => p.kind === 'assembly'),
        ),
      );
    }
    // A firm process started during a re-election freeze starts frozen (SH 28 ¶4).
    const frozen = FIRM_KINDS.has(kind) && all.some(isFrozenReElection);
    const actual =
      frozen && typeof given === 'object' && given !== null
        ? { ...given, freezeActive: true }
        : given;
    const state = await this.host.start({ machine: KIND_MACHINE[kind], processId, input: actual });
    const reactions = await this.#react();
    return { ok: true, processId, state, reactions };
  }

  /**
   * Sends an event from an authenticated principal to one of the complex's processes through the
   * host's `send` (the sender and the time are filled in by the host from the principal's role
   * assignments and its clock), then applies the rules.
   */
  async send(processId: string, event: unknown, options: SendOptions): Promise<CommunityResult> {
    return this.#send(processId, () => this.host.send(processId, event, options));
  }

  /**
   * {@link Complex.send} for an event whose sender and time are taken as they are, through the
   * host's `sendTrusted`: to import or replay a recorded history, or to script one (the demo,
   * tests) — never for a client's input.
   */
  async sendTrusted(
    processId: string,
    event: unknown,
    options: TrustedSendOptions = {},
  ): Promise<CommunityResult> {
    return this.#send(processId, () => this.host.sendTrusted(processId, event, options));
  }

  async #send(processId: string, send: () => Promise<SendResult>): Promise<CommunityResult> {
    if (parseProcessId(processId)?.complexId !== this.complexId) {
      return refused(
        processId,
        'same-complex',
        [],
        COMMUNITY_TEXT.otherComplex(processId, this.complexId),
      );
    }
    const result = await send();
    if (!result.ok) return { ok: false, processId, rejection: result.rejection };
    const reactions = await this.#react();
    return { ok: true, processId, state: result, reactions };
  }

  /**
   * Sends a batch of events to one process in order through the host's `sendMany` (one
   * snapshot write for the batch), then applies the rules once, as {@link Complex.send} does
   * after one event. Refused events change nothing and are listed by index; the others are
   * logged each as its own record. With a `key`, a retried batch is applied once. The sender and
   * time of each event are filled in from the principal as {@link Complex.send} does.
   */
  async sendMany(
    processId: string,
    events: readonly unknown[],
    options: SendOptions,
  ): Promise<CommunityBatchResult> {
    return this.#sendMany(processId, events, () => this.host.sendMany(processId, events, options));
  }

  /** {@link Complex.sendMany} for events taken as they are; see {@link Complex.sendTrusted}. */
  async sendManyTrusted(
    processId: string,
    events: readonly unknown[],
    options: TrustedSendOptions = {},
  ): Promise<CommunityBatchResult> {
    return this.#sendMany(processId, events, () =>
      this.host.sendManyTrusted(processId, events, options),
    );
  }

  async #sendMany(
    processId: string,
    events: readonly unknown[],
    send: () => Promise<SendManyResult>,
  ): Promise<CommunityBatchResult> {
    if (parseProcessId(processId)?.complexId !== this.complexId) {
      const { rejection } = refused(
        processId,
        'same-complex',
        [],
        COMMUNITY_TEXT.otherComplex(processId, this.complexId),
      );
      const stored = await this.host.load(processId);
      return {
        processId,
        state: { processId, seq: stored.seq, envelope: stored.envelope, emitted: [] },
        accepted: 0,
        refused: events.map((_, index) => ({ index, rejection })),
        reactions: [],
      };
    }
    const batch = await send();
    const reactions = await this.#react();
    return {
      processId,
      state: {
        processId,
        seq: batch.seq,
        envelope: batch.envelope,
        emitted: batch.emitted,
      },
      accepted: batch.accepted,
      refused: batch.refused,
      reactions,
    };
  }

  /**
   * Delivers the deadlines due by the host's clock (TICKs) and applies the rules to what they
   * changed (e.g. an obligation that just became overdue).
   */
  async deliverDue(): Promise<Reaction[]> {
    await this.host.deliverDue();
    return this.#react();
  }

  async #react(): Promise<Reaction[]> {
    const reactions: Reaction[] = [];
    const overdue: MatterInput[] = [];
    const drawn: DrawnCosts[] = [];
    // Emitted events first: the disclosure machine names the matter to raise, a fund process
    // the costs it drew.
    await this.host.store.drainOutbox((message: OutboxMessage) => {
      const parts = parseProcessId(message.processId);
      if (parts?.complexId !== this.complexId) return;
      const matter = overdueMatterOf(message);
      if (matter !== null) overdue.push(matter);
      const costs = drawnCostsOf(parts.kind, message);
      if (costs !== null) drawn.push(costs);
    }, 1000);
    let all = await this.processes();
    reactions.push(...(await this.#syncFreeze(all)));
    reactions.push(...(await this.#coverCommittee(all)));
    all = await this.processes();
    reactions.push(...(await this.#linkStandIn(all)));
    all = await this.processes();
    reactions.push(...(await this.#reportReplacement(all)));
    all = await this.processes();
    reactions.push(...(await this.#recordDrawings(drawn)));
    reactions.push(...(await this.#recordDrawings(await this.#unseenDrawings())));
    all = await this.processes();
    reactions.push(...(await this.#openTermEndAudit(all)));
    all = await this.processes();
    for (const p of all) if (p.kind === 'disclosure') overdue.push(...fallbackMatters(p));
    for (const matter of overdue) {
      const r = await this.#raise(matter, all);
      if (r !== null) {
        reactions.push(r);
        all = await this.processes();
      }
    }
    return reactions;
  }

  async #syncFreeze(all: readonly ProcessSummary[]): Promise<Reaction[]> {
    const frozen = all.some(isFrozenReElection);
    const out: Reaction[] = [];
    for (const p of all) {
      if (!FROZEN_KINDS.has(p.kind) || p.status !== 'active') continue;
      const has = (p.context.freeze as { active?: boolean } | undefined)?.active === true;
      if (has === frozen) continue;
      const type = frozen ? 'FREEZE.START' : 'FREEZE.END';
      const at = laterOf(String(p.context.now), latestNow(all));
      // The coordinator is the host application's own code: its events are trusted.
      const r = await this.host.sendTrusted(p.processId, { type, at, by: this.#by });
      if (r.ok) {
        out.push({
          kind: frozen ? 'freeze-start' : 'freeze-end',
          processId: p.processId,
          cite: FREEZE_CITE,
          message: frozen ? COMMUNITY_TEXT.freezeStarted : COMMUNITY_TEXT.freezeEnded,
        });
      }
    }
    return out;
  }

  async #coverCommittee(all: readonly ProcessSummary[]): Promise<Reaction[]> {
    const out: Reaction[] = [];
    for (const p of all) {
      if (!COMMITTEE_KINDS.has(p.kind)) continue;
      const context = p.context as unknown as ElectedContext;
      const elected = electedAt(context);
      if (elected === null) continue;
      const members = context.members.map((m) => m.id);
      const unitId = `${this.complexId}/committee`;
      const key = matterKeyOf('coverage', 'committee');
      const coverage = all.find((c) => c.matterKey === key && c.status === 'active');
      if (coverage === undefined) {
        if (all.some((c) => c.matterKey === key)) continue;
        const input = {
          unitId,
          kind: 'owners-committee',
          complexId: this.complexId,
          ...(this.#streetId === undefined ? {} : { streetId: this.#streetId }),
          startedAt: elected,
          census: this.#census(members),
          // A committee that follows the law has its party coverage follow the same history.
          ...(context.law === undefined ? {} : { profile: { follows: context.law.follows } }),
        };
        const r = await this.start('coverage', input, 'committee');
        if (r.ok) {
          out.push({
            kind: 'coverage-started',
            processId: r.processId,
            cite: COVERAGE_CITE,
            message: COMMUNITY_TEXT.coverageStarted,
          });
          out.push(...r.reactions);
        }
        continue;
      }
      const cc = coverage.context as unknown as CoverageContext;
      const reviewed = cc.reviews.some((r) => Date.parse(r.at) >= Date.parse(elected));
      if (reviewed || (await this.#startedAt(coverage.processId)) >= Date.parse(elected)) continue;
      const r = await this.host.sendTrusted(
        coverage.processId,
        {
          type: 'REVIEW',
          at: laterOf(elected, String(cc.now)),
          by: { id: this.#by.id, role: 'street-party-committee' },
          reason: 'committee-re-election',
        },
        { key: `review:${p.processId}:${elected}` },
      );
      if (r.ok && !r.duplicate) {
        out.push({
          kind: 'coverage-review',
          processId: coverage.processId,
          cite: COVERAGE_CITE,
          message: COMMUNITY_TEXT.coverageReview,
        });
      }
    }
    return out;
  }

  async #linkStandIn(all: readonly ProcessSummary[]): Promise<Reaction[]> {
    const standIn = all.find((p) => p.kind === 'stand-in' && p.status === 'active');
    const formedAt = standIn?.context.formedAt;
    if (standIn === undefined || typeof formedAt !== 'string') return [];
    const out: Reaction[] = [];
    for (const p of all) {
      if (!COMMITTEE_KINDS.has(p.kind) || p.status === 'error') continue;
      const context = p.context as unknown as ElectedContext;
      const at = laterOf(context.now, String(standIn.context.now));
      const filed = context.milestones['filing-completed'];
      // Only a committee filed after the stand-in was formed ends it (not an earlier term's).
      if (filed !== undefined && Date.parse(filed) >= Date.parse(formedAt)) {
        const r = await this.host.sendTrusted(standIn.processId, {
          type: 'DISSOLVE_STAND_IN',
          at,
          by: this.#by,
          reference: p.processId,
        });
        if (r.ok) {
          out.push({
            kind: 'stand-in-dissolved',
            processId: standIn.processId,
            cite: STAND_IN_CITE,
            message: COMMUNITY_TEXT.standInDissolved,
          });
        }
        return out;
      }
      if (p.status !== 'active' || context.milestones['stand-in-formed'] !== undefined) continue;
      if (!awaitsStandIn(p.value)) continue;
      const r = await this.host.sendTrusted(p.processId, {
        type: 'RECORD_STAND_IN',
        at,
        by: this.#by,
        reference: standIn.processId,
      });
      if (r.ok) {
        out.push({
          kind: 'stand-in-recorded',
          processId: p.processId,
          cite: STAND_IN_CITE,
          message: COMMUNITY_TEXT.standInRecorded,
        });
      }
    }
    return out;
  }

  async #reportReplacement(all: readonly ProcessSummary[]): Promise<Reaction[]> {
    const out: Reaction[] = [];
    for (const hiring of all) {
      const chosen = ownersChoice(hiring);
      if (chosen === null) continue;
      for (const term of all) {
        if (term.kind !== 'contract-term' || term.status !== 'active') continue;
        if (!TERM_RUNNING.has(term.value)) continue;
        const tc = term.context as unknown as ContractTermContext;
        // Not 另聘: the firm in place chosen again, or already reported.
        if (tc.firm?.id === chosen.firmId || tc.ownersDecision?.kind === 'replace') continue;
        // Only a choice made during this term, once: a refusal (at or after expiry) stands.
        if (Date.parse(chosen.at) < (await this.#startedAt(term.processId))) continue;
        const tried = await this.host.refusals(term.processId);
        if (tried.some((r) => reports(r.event, hiring.processId))) continue;
        const r = await this.host.sendTrusted(
          term.processId,
          {
            type: 'REPLACEMENT_DECIDED',
            at: laterOf(chosen.at, tc.now),
            by: this.#by,
            hiringProcessId: hiring.processId,
            firmId: chosen.firmId,
          },
          { key: `replacement:${hiring.processId}:${chosen.voteId}` },
        );
        if (r.ok && !r.duplicate) {
          out.push({
            kind: 'replacement-decided',
            processId: term.processId,
            cite: REPLACEMENT_CITE,
            message: COMMUNITY_TEXT.replacementDecided(chosen.firmId, hiring.processId),
          });
        }
      }
    }
    return out;
  }

  /**
   * Records each drawing on the complex's running disclosure calendar, to wait for the next
   * posting of the fund's accounts (SH 66 ¶2), once per fund process (the key); a drawing with no
   * calendar to take it, or one the calendar refuses, is reported, never dropped unseen.
   */
  async #recordDrawings(drawn: readonly DrawnCosts[]): Promise<Reaction[]> {
    const out: Reaction[] = [];
    for (const costs of drawn) {
      // The stored summary holds the profile by reference: read it as the host restores it.
      const { envelope } = await this.host.get(costs.processId);
      const cite = fundAccountsCites(contextOf(envelope.snapshot));
      const calendar = runningCalendar(await this.processes());
      if (calendar === undefined) {
        out.push({
          kind: 'fund-drawing-not-recorded',
          processId: costs.processId,
          cite,
          message: COMMUNITY_TEXT.drawingWithoutCalendar(costs.processId),
        });
        continue;
      }
      const context = calendar.context as unknown as DisclosureContext;
      const r = await this.host.sendTrusted(
        calendar.processId,
        {
          type: 'RECORD_FUND_DRAWING',
          at: laterOf(costs.drawnAt, context.now),
          by: this.#by,
          drawingId: costs.processId,
          source: costs.source,
          drawnAt: costs.drawnAt,
          costFen: costs.costFen,
          reportId: costs.reportId,
          part: costs.part,
        },
        { key: `fund-drawing:${costs.processId}` },
      );
      if (r.ok && r.duplicate) continue;
      out.push(
        r.ok
          ? {
              kind: 'fund-drawing-recorded',
              processId: calendar.processId,
              cite: planOf(context, 'maintenance-fund')?.cite ?? cite,
              message: COMMUNITY_TEXT.drawingRecorded(costs.processId, costs.costFen),
            }
          : {
              kind: 'fund-drawing-not-recorded',
              processId: calendar.processId,
              cite: (r.rejection.rule?.citations ?? cite) as CitationId[],
              message: COMMUNITY_TEXT.drawingRefused(costs.processId, r.rejection.message),
            },
      );
    }
    return out;
  }

  /**
   * Drawings on record in the complex's fund processes that the running calendar has neither
   * waiting nor listed, nor refused, made since it started: those whose emitted `post` the
   * coordinator did not see (another consumer drained it, or the process was sent to through the
   * host directly). A drawing made before the calendar started is not taken up: it was reported
   * then as not recorded, and its accounts may have been posted without the calendar.
   */
  async #unseenDrawings(): Promise<DrawnCosts[]> {
    const all = await this.processes();
    const calendar = runningCalendar(all);
    if (calendar === undefined) return [];
    const context = calendar.context as unknown as DisclosureContext;
    const known = new Set([
      ...(context.awaitingDrawings ?? []).map((d) => d.drawingId),
      ...context.obligations.flatMap((o) => (o.drawings ?? []).map((d) => d.drawingId)),
    ]);
    const since = await this.#calendarStart(calendar.processId);
    const unseen = all
      .map(drawnCostsIn)
      .filter(
        (d): d is DrawnCosts =>
          d !== null && !known.has(d.processId) && Date.parse(d.drawnAt) >= since,
      );
    if (unseen.length === 0) return [];
    const refused = new Set(
      (await this.host.refusals(calendar.processId)).flatMap((r) => {
        const e = r.event as { type?: unknown; drawingId?: unknown } | null;
        return e?.type === 'RECORD_FUND_DRAWING' ? [String(e.drawingId)] : [];
      }),
    );
    return unseen.filter((d) => !refused.has(d.processId));
  }

  /**
   * Opens the term-end audit (SH 67 ¶2 换届财务审计, due within the profile's
   * `termEndAuditWithin`) on the running calendar for each re-election whose new committee was
   * elected since the calendar started and after its last term-end audit opened: the calendar's
   * `COMMITTEE_ELECTED`, sent at the election's instant so the period counts from it, once (its
   * key; a refusal is reported once, not retried). A formation's first committee has no term to
   * audit.
   */
  async #openTermEndAudit(all: readonly ProcessSummary[]): Promise<Reaction[]> {
    const calendar = runningCalendar(all);
    if (calendar === undefined) return [];
    const cc = calendar.context as unknown as DisclosureContext;
    const plan = planOf(cc, 'term-end-audit');
    if (plan === undefined) return [];
    const opened = cc.obligations
      .filter((o) => o.duty === 'term-end-audit')
      .map((o) => Date.parse(o.openedAt));
    const since = await this.#calendarStart(calendar.processId);
    const out: Reaction[] = [];
    for (const p of all) {
      if (p.kind !== 're-election' || p.status === 'error') continue;
      const elected = electedAt(p.context as unknown as ElectedContext);
      if (elected === null) continue;
      const at = Date.parse(elected);
      if (at < since || opened.some((t) => t >= at)) continue;
      const tried = await this.host.refusals(calendar.processId);
      if (tried.some((r) => announces(r.event, elected))) continue;
      const r = await this.host.sendTrusted(
        calendar.processId,
        {
          type: 'COMMITTEE_ELECTED',
          at: elected,
          by: { id: this.#by.id, role: 're-election-group' },
        },
        { key: `term-end-audit:${p.processId}:${elected}` },
      );
      if (r.ok && r.duplicate) continue;
      out.push(
        r.ok
          ? {
              kind: 'term-end-audit-opened',
              processId: calendar.processId,
              cite: plan.cite,
              message: COMMUNITY_TEXT.termEndAuditOpened(p.processId),
            }
          : {
              kind: 'term-end-audit-not-opened',
              processId: calendar.processId,
              cite: plan.cite,
              message: COMMUNITY_TEXT.termEndAuditRefused(p.processId, r.rejection.message),
            },
      );
    }
    return out;
  }

  /** The `startAt` of a disclosure calendar's start input. */
  async #calendarStart(processId: string): Promise<number> {
    const [start] = await this.host.store.events(processId);
    const input = (start?.body as { input?: { startAt?: unknown } } | undefined)?.input;
    return typeof input?.startAt === 'string'
      ? Date.parse(input.startAt)
      : Number.POSITIVE_INFINITY;
  }

  /** The `startedAt` of a process's start input (coverage processes start for one election). */
  async #startedAt(processId: string): Promise<number> {
    const [start] = await this.host.store.events(processId);
    const input = (start?.body as { input?: { startedAt?: unknown } } | undefined)?.input;
    return typeof input?.startedAt === 'string'
      ? Date.parse(input.startedAt)
      : Number.NEGATIVE_INFINITY;
  }

  async #raise(matter: MatterInput, all: readonly ProcessSummary[]): Promise<Reaction | null> {
    const key = matterKeyOf('matter', matter.matterId);
    if (all.some((p) => p.matterKey === key)) return null;
    const r = await this.start('matter', matter, matter.matterId);
    if (!r.ok) return null;
    return {
      kind: 'matter-raised',
      processId: r.processId,
      cite: MATTER_CITE,
      message: COMMUNITY_TEXT.matterRaised(matter.subject),
    };
  }
}

function summaryOf(
  processId: string,
  kind: ProcessKind,
  matterKey: string,
  machine: string,
  seq: number,
  snapshot: unknown,
): ProcessSummary {
  const s = (typeof snapshot === 'object' && snapshot !== null ? snapshot : {}) as Record<
    string,
    unknown
  >;
  const context = contextOf(snapshot);
  return {
    processId,
    kind,
    matterKey,
    machine,
    seq,
    status: String(s.status ?? 'active'),
    value: s.value,
    context,
  };
}

/** The complex's running disclosure calendar, which takes the drawings and the term-end audit. */
function runningCalendar(all: readonly ProcessSummary[]): ProcessSummary | undefined {
  return all.find((p) => p.kind === 'disclosure' && p.status === 'active');
}

/** A stored snapshot's context, or an empty one. */
function contextOf(snapshot: unknown): Readonly<Record<string, unknown>> {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  return (typeof context === 'object' && context !== null ? context : {}) as Record<
    string,
    unknown
  >;
}

function isFrozenReElection(p: ProcessSummary): boolean {
  return (
    p.kind === 're-election' &&
    p.status === 'active' &&
    freezeActive(p.context as unknown as ElectedContext)
  );
}

/** The firm the owners chose in a hiring process (its vote on the firm passed), or `null`. */
function ownersChoice(
  p: ProcessSummary,
): { readonly firmId: string; readonly at: string; readonly voteId: string } | null {
  if (p.kind !== 'hiring' || p.status === 'error') return null;
  const c = p.context as unknown as HiringContext;
  // The developer's early-stage appointment is not the owners' decision (SH 40 ¶1).
  if (c.stage !== 'owners' || c.chosenFirm === null) return null;
  const passed = c.decisions.filter((d) => d.question === 'choose-firm' && d.passed).at(-1);
  return passed === undefined
    ? null
    : { firmId: c.chosenFirm, at: passed.at, voteId: passed.voteId };
}

/** Whether a refused event reported `hiringProcessId`'s choice. */
function reports(event: unknown, hiringProcessId: string): boolean {
  const e = event as { type?: unknown; hiringProcessId?: unknown } | null;
  return e?.type === 'REPLACEMENT_DECIDED' && e.hiringProcessId === hiringProcessId;
}

/** Whether a refused event was the coordinator's `COMMITTEE_ELECTED` for the election at `at`. */
function announces(event: unknown, at: string): boolean {
  const e = event as { type?: unknown; at?: unknown } | null;
  return e?.type === 'COMMITTEE_ELECTED' && e.at === at;
}

/** Whether a formation or re-election stands in the overdue state whose remedy is a stand-in. */
function awaitsStandIn(value: unknown): boolean {
  const v = value as {
    convening?: { firstMeeting?: unknown };
    underway?: { term?: unknown };
  } | null;
  return v?.convening?.firstMeeting === 'overdue' || v?.underway?.term === 'expired';
}

/** When the committee of a formation or re-election was elected, or `null`. */
function electedAt(context: ElectedContext): string | null {
  if (context.milestones.elected !== undefined) return context.milestones.elected;
  const first = context.members[0];
  return context.procedure === 'formation' && first !== undefined ? first.since : null;
}

function overdueMatterOf(message: OutboxMessage): MatterInput | null {
  if (message.type !== 'obligation-overdue') return null;
  const payload = message.payload as { matter?: MatterInput } | null;
  return payload?.matter ?? null;
}

/** Matters for overdue obligations the disclosure machine did not raise itself (its deadline book). */
function fallbackMatters(p: ProcessSummary): MatterInput[] {
  const c = p.context as unknown as DisclosureContext;
  if (c.deadlines === undefined || p.status !== 'active') return [];
  const book: DeadlineBook = c.deadlines;
  const raised = new Set(c.raised);
  return overdueDeadlines(book, c.now)
    .filter((d) => !raised.has(d.id))
    .map((d) => ({
      matterId: `${c.complexId}:disclosure:${d.id}`,
      complexId: c.complexId,
      subject: `${d.title['zh-CN']} / ${d.title.en}`,
      raisedAt: c.now,
      source: d.id,
      // A calendar that follows the law raises matters that follow it too.
      ...(c.law === undefined ? {} : { profile: { follows: c.law.follows } }),
    }));
}

function latestNow(all: readonly ProcessSummary[]): string {
  let best = '1970-01-01T00:00:00.000Z';
  for (const p of all) if (typeof p.context.now === 'string') best = laterOf(best, p.context.now);
  return best;
}

function laterOf(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

function refused(
  processId: string,
  rule: string,
  citations: readonly CitationId[],
  message: Bilingual,
  details?: Record<string, unknown>,
): CommunityRefused {
  return {
    ok: false,
    processId,
    rejection: {
      code: 'rule-violated',
      state: 'community',
      allowed: [],
      message,
      rule: { id: rule, citations },
      ...(details === undefined ? {} : { details }),
    },
  };
}
