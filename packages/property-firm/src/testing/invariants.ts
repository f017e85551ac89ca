import type { EventCatalog, Period } from '@jiayuan/core';
import type { Invariant } from '@jiayuan/testing';
import { match } from 'ts-pattern';
import type { ContractTermContext } from '../contract-term/context.js';
import type { ExitContext } from '../exit/context.js';
import type { HiringContext } from '../hiring/context.js';
import { noticePeriodOf, type Question } from '../shared/context.js';
import { missingHandoverItems } from '../shared/handover.js';
import { endNoticeMet } from '../shared/notice.js';
import type { CommonContext } from '../vote/context.js';

/**
 * What the invariants read from a context: the common part, and whatever a procedure keeps of
 * the hiring (stage, choice, signature) or the contract's end (notices, hand-over). They test for
 * a field, never for a machine.
 */
export type FirmInvariantContext = CommonContext &
  Partial<Pick<HiringContext, 'stage' | 'chosenFirm' | 'signed'>> &
  Partial<Pick<ExitContext, 'notices' | 'contract' | 'handover' | 'firm'>> &
  Partial<Pick<ContractTermContext, 'ownersDecision'>>;

/** What the invariants read from a snapshot. */
export interface FirmInvariantSnapshot {
  readonly context: FirmInvariantContext;
  readonly status: string;
}

const passed = (c: CommonContext, q: Question) =>
  c.decisions.some((d) => d.question === q && d.passed);

/**
 * The invariants every property-firm process keeps, whatever the events:
 * no dismissal or hire without a passing double-majority vote; no notice shorter than the
 * profile's (or the contract's, where allowed); 另聘 decided before expiry, for another firm; no
 * assembly called by the committee without the report to the party organisation, where required;
 * no process ends with a hand-over item pending. The dispatch contract (known codes, roles the
 * catalog permits) is `fuzzMachine`'s own check; `_catalog` is ignored and kept for callers of
 * the earlier signature.
 */
export function firmInvariants<S extends FirmInvariantSnapshot>(
  _catalog?: EventCatalog,
): Invariant<S>[] {
  return [
    {
      name: 'no dismissal or hire without a passing vote',
      check: ({ context: c }) => {
        const notices = c.notices ?? [];
        if (notices.some((n) => n.kind === 'dismissal') && !passed(c, 'dismiss-firm')) {
          return 'dismissal notice served without a passing dismissal vote';
        }
        if (c.signed != null && c.stage === 'owners' && !passed(c, 'choose-firm')) {
          return 'contract signed without a passing vote on the firm';
        }
        if (
          c.chosenFirm != null &&
          c.stage === 'owners' &&
          c.profile.firm.selectionPlanRequired.value &&
          !passed(c, 'selection-plan')
        ) {
          return 'firm chosen before the selection plan passed';
        }
        if (
          c.decisions.some(
            (d) => d.passed && !c.votes.some((v) => v.id === d.voteId && v.result?.passed === true),
          )
        ) {
          return 'a decision is recorded as passed but its tally did not pass';
        }
        return true;
      },
    },
    {
      name: 'notice periods are never shorter than the profile’s',
      check: ({ context: c }) => {
        const contract = c.contract ?? {};
        for (const n of c.notices ?? []) {
          if (n.effectiveAt === null) continue;
          const period = match(n.kind)
            .returnType<Period | null>()
            .with('dismissal', () => noticePeriodOf({ profile: c.profile, contract }, 'dismissal'))
            .with('non-renewal', () =>
              noticePeriodOf({ profile: c.profile, contract }, 'non-renewal'),
            )
            .with('indefinite-term', () => c.profile.firm.indefiniteTermNotice.period)
            // A renewal decision takes effect at no set time; a replacement at expiry, with no
            // notice period of its own (SH 46 ¶1).
            .with('renewal-decision', 'replacement-decision', () => null)
            .exhaustive();
          if (period !== null && !endNoticeMet(n.servedAt, n.effectiveAt, period)) {
            return `${n.kind} notice too short`;
          }
        }
        return true;
      },
    },
    {
      name: '另聘 is decided before expiry, for another firm, and noticed only once decided',
      check: ({ context: c }) => {
        const decision = c.ownersDecision;
        const replacing = decision?.kind === 'replace';
        if ((c.notices ?? []).some((n) => n.kind === 'replacement-decision') && !replacing) {
          return 'replacement notice without the owners’ decision to hire another firm';
        }
        if (decision?.kind !== 'replace') return true;
        if (c.firm != null && decision.firmId === c.firm.id) return 'the firm in place “replaced”';
        const endsAt = c.contract?.endsAt;
        if (endsAt !== undefined && Date.parse(decision.at) >= Date.parse(endsAt)) {
          return 'another firm decided at or after expiry (SH 46 ¶1)';
        }
        return true;
      },
    },
    {
      name: 'no assembly called by the committee without the report the profile requires',
      check: ({ context: c }) =>
        c.assembly === null ||
        c.assembly.calledBy !== 'committee' ||
        !c.profile.party.reportBeforeMajorMatters.value ||
        c.preCall.partyReport !== null ||
        'assembly called without the report to the party organisation (SH-36 (十六))',
    },
    {
      name: 'every hand-over item is accounted for before the process ends',
      check: ({ context: c, status }) =>
        status !== 'done' || c.handover == null || missingHandoverItems(c.handover).length === 0,
    },
  ];
}
