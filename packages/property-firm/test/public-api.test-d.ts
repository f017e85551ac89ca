// Type tests of the public API: machine inputs, catalog event types, rejected payloads and roles.
import {
  type allowedEvents,
  type DispatchResult,
  dispatch,
  type EventCatalog,
  type EventInputOf,
  type EventOf,
  type EventTypeOf,
  type Role,
} from '@jiayuan/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ContextFrom,
  createActor,
  type EmittedFrom,
  type EventFromLogic,
  type InputFrom,
  type SnapshotFrom,
} from 'xstate';
import {
  type Bid,
  type ContractTermContext,
  type ContractTermEvent,
  type ContractTermInput,
  type contractTermEvents,
  contractTermMachine,
  type DismissalContext,
  type DismissalEvent,
  type DismissalInput,
  type dismissalEvents,
  dismissalMachine,
  type FeeModel,
  type FirmEmitted,
  type FirmEvent,
  type FirmInput,
  type FirmRuleId,
  type HiringContext,
  type HiringEvent,
  type HiringInput,
  type hiringEvents,
  hiringMachine,
  type ParsedHiringInput,
  type Stage,
} from '../src/index.js';
import type { FirmSuiteOptions, FuzzReport } from '../src/testing/index.js';

const at = '2026-03-02T09:00:00+08:00';
const developer = { id: 'dev-1', role: 'developer' } as const;
const input: HiringInput = {
  processId: 'p',
  startedAt: at,
  roll: { complexId: 'c', owners: [], units: [] },
  stage: 'early-stage',
};
const dismissal: DismissalInput = {
  processId: 'p',
  startedAt: at,
  roll: input.roll,
  firm: { id: 'f' },
};
const term: ContractTermInput = {
  processId: 'p',
  startedAt: at,
  roll: input.roll,
  firm: { id: 'f' },
  contract: { endsAt: at },
};

type HiringType = EventTypeOf<typeof hiringEvents>;

describe('machines', () => {
  it('each take their own input, context and events; emitted effects are shared', () => {
    expectTypeOf<InputFrom<typeof hiringMachine>>().toEqualTypeOf<HiringInput>();
    expectTypeOf<InputFrom<typeof dismissalMachine>>().toEqualTypeOf<DismissalInput>();
    expectTypeOf<InputFrom<typeof contractTermMachine>>().toEqualTypeOf<ContractTermInput>();
    expectTypeOf<ContextFrom<typeof hiringMachine>>().toEqualTypeOf<HiringContext>();
    expectTypeOf<ContextFrom<typeof dismissalMachine>>().toEqualTypeOf<DismissalContext>();
    expectTypeOf<ContextFrom<typeof contractTermMachine>>().toEqualTypeOf<ContractTermContext>();
    expectTypeOf<EventFromLogic<typeof hiringMachine>>().toEqualTypeOf<HiringEvent>();
    expectTypeOf<EventFromLogic<typeof dismissalMachine>>().toEqualTypeOf<DismissalEvent>();
    expectTypeOf<EventFromLogic<typeof contractTermMachine>>().toEqualTypeOf<ContractTermEvent>();
    expectTypeOf<EmittedFrom<typeof contractTermMachine>>().toEqualTypeOf<FirmEmitted>();
  });

  it("exclude the other machines' events", () => {
    type Hiring = HiringEvent['type'];
    type Dismissal = DismissalEvent['type'];
    type Term = ContractTermEvent['type'];
    expectTypeOf<'PROPOSE_DISMISSAL' | 'SERVE_DISMISSAL_NOTICE'>().not.toExtend<Hiring>();
    expectTypeOf<
      'HAND_OVER_ITEM' | 'NOTIFY_NON_RENEWAL' | 'ACCEPT_RENEWAL'
    >().not.toExtend<Hiring>();
    expectTypeOf<'DRAFT_PLAN' | 'RECORD_BID' | 'SIGN_CONTRACT'>().not.toExtend<Dismissal>();
    expectTypeOf<'NOTIFY_NON_RENEWAL' | 'END_INDEFINITE_TERM'>().not.toExtend<Dismissal>();
    expectTypeOf<'CHOOSE_FIRM' | 'FILE_CONTRACT' | 'PROPOSE_DISMISSAL'>().not.toExtend<Term>();
    expectTypeOf<'WITHDRAW_PROPOSAL' | 'SERVE_DISMISSAL_NOTICE'>().not.toExtend<Term>();
    // 另聘 is the contract term's alone (SH 46 ¶1).
    expectTypeOf<'REPLACEMENT_DECIDED' | 'NOTIFY_REPLACEMENT_DECISION'>().not.toExtend<
      Hiring | Dismissal
    >();
    expectTypeOf<'REPLACEMENT_DECIDED' | 'NOTIFY_REPLACEMENT_DECISION'>().toExtend<Term>();
    // What they share is the vote, the clock and the freeze (and the hand-over but for hiring),
    // with the report and written notice before a call (SH-36 (十六), SH 25 ¶2).
    expectTypeOf<Extract<Hiring, Dismissal | Term>>().toEqualTypeOf<
      | 'TICK'
      | 'FREEZE.START'
      | 'FREEZE.END'
      | 'REPORT_TO_PARTY_ORGANISATION'
      | 'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE'
      | 'CALL_ASSEMBLY'
      | 'OPEN_VOTE'
      | 'CAST_BALLOT'
      | 'CLOSE_VOTE'
    >();
    const actor = createActor(dismissalMachine, { input: dismissal });
    // @ts-expect-error DRAFT_PLAN is a hiring event, not a dismissal one
    actor.send({ type: 'DRAFT_PLAN', at, by: developer, plan: {} });
  });

  it("refuse another machine's input at compile time", () => {
    expectTypeOf<DismissalInput>().not.toExtend<HiringInput>();
    expectTypeOf<HiringInput>().not.toExtend<DismissalInput>();
    expectTypeOf<DismissalInput>().not.toExtend<ContractTermInput>();
    expectTypeOf<ContractTermInput>().not.toExtend<DismissalInput>();
    expectTypeOf<ContractTermInput>().not.toExtend<HiringInput>();
    // @ts-expect-error a hiring has no firm in place
    createActor(hiringMachine, { input: { ...input, firm: { id: 'f' } } });
    // @ts-expect-error a dismissal needs the firm in place
    createActor(dismissalMachine, { input: { processId: 'p', startedAt: at, roll: input.roll } });
    createActor(contractTermMachine, {
      // @ts-expect-error a contract term needs the end of its fixed term
      input: { ...term, contract: {} },
    });
    // @ts-expect-error the procedure named must be the machine's own
    createActor(contractTermMachine, { input: { ...term, procedure: 'dismissal' } });
    createActor(contractTermMachine, { input: { ...term, procedure: 'contract-term' } });
  });

  it('type the input’s choices', () => {
    expectTypeOf<Stage>().toEqualTypeOf<'owners' | 'early-stage'>();
    expectTypeOf<FeeModel>().toEqualTypeOf<'lump-sum' | 'commission'>();
    expectTypeOf<HiringInput['stage']>().toEqualTypeOf<Stage | undefined>();
    expectTypeOf<ParsedHiringInput['stage']>().toEqualTypeOf<Stage>();
    expectTypeOf<FirmInput['roll']>().not.toBeAny();
  });

  it('refuse a wrong input at compile time', () => {
    const { roll } = input;
    createActor(hiringMachine, { input: { processId: 'p', startedAt: at, roll } });
    createActor(hiringMachine, {
      // @ts-expect-error 'developer' is a role, not a stage
      input: { processId: 'p', startedAt: at, roll, stage: 'developer' },
    });
    createActor(hiringMachine, {
      // @ts-expect-error processId is required
      input: { startedAt: at, roll },
    });
    createActor(hiringMachine, {
      // @ts-expect-error the fee model is commission or lump-sum
      input: { processId: 'p', startedAt: at, roll, feeModel: 'cost-plus' },
    });
  });
});

describe('catalogs', () => {
  it('list the event types of each procedure', () => {
    expectTypeOf<HiringType>().toEqualTypeOf<
      | 'TICK'
      | 'FREEZE.START'
      | 'FREEZE.END'
      | 'REPORT_TO_PARTY_ORGANISATION'
      | 'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE'
      | 'OPEN_VOTE'
      | 'CAST_BALLOT'
      | 'CLOSE_VOTE'
      | 'CALL_ASSEMBLY'
      | 'DRAFT_PLAN'
      | 'POST_PLAN'
      | 'RECORD_BID'
      | 'APPROVE_NEGOTIATION'
      | 'CHOOSE_FIRM'
      | 'SIGN_CONTRACT'
      | 'FILE_CONTRACT'
    >();
    expectTypeOf<'PROPOSE_DISMISSAL'>().toExtend<EventTypeOf<typeof dismissalEvents>>();
    expectTypeOf<'SERVE_DISMISSAL_NOTICE'>().toExtend<EventTypeOf<typeof dismissalEvents>>();
    expectTypeOf<'DRAFT_PLAN'>().not.toExtend<EventTypeOf<typeof dismissalEvents>>();
    expectTypeOf<'NOTIFY_NON_RENEWAL'>().toExtend<EventTypeOf<typeof contractTermEvents>>();
    expectTypeOf<'HAND_OVER_ITEM'>().not.toExtend<HiringType>();
    expectTypeOf<typeof hiringEvents>().toExtend<EventCatalog>();
  });

  it('type each event’s payload from its schema', () => {
    type Choose = Extract<HiringEvent, { type: 'CHOOSE_FIRM' }>;
    expectTypeOf<Choose['firmId']>().toEqualTypeOf<string>();
    expectTypeOf<Choose['by']['role']>().toEqualTypeOf<Role>();
    expectTypeOf<Extract<HiringEvent, { type: 'RECORD_BID' }>['bid']>().toEqualTypeOf<Bid>();
    expectTypeOf<
      Extract<HiringEvent, { type: 'APPROVE_NEGOTIATION' }>['ref']
    >().toEqualTypeOf<string>();
    expectTypeOf<
      Extract<EventOf<typeof dismissalEvents>, { type: 'SERVE_DISMISSAL_NOTICE' }>['effectiveAt']
    >().toEqualTypeOf<string>();
    type Replaced = Extract<ContractTermEvent, { type: 'REPLACEMENT_DECIDED' }>;
    expectTypeOf<Replaced['hiringProcessId'] | Replaced['firmId']>().toEqualTypeOf<string>();
    // Every machine's event is one of the package's.
    expectTypeOf<HiringEvent>().toExtend<FirmEvent>();
    expectTypeOf<EventOf<typeof contractTermEvents>>().toExtend<FirmEvent>();
  });

  it('refuse wrong payloads and unknown roles at compile time', () => {
    const ok: EventInputOf<typeof hiringEvents> = {
      type: 'CHOOSE_FIRM',
      at,
      by: developer,
      firmId: 'firm-1',
    };
    void ok;
    // @ts-expect-error CHOOSE_FIRM needs firmId
    const noFirm: EventInputOf<typeof hiringEvents> = {
      type: 'CHOOSE_FIRM',
      at,
      by: developer,
    };
    const numeric: EventInputOf<typeof hiringEvents> = {
      type: 'CHOOSE_FIRM',
      at,
      by: developer,
      // @ts-expect-error firmId is a string
      firmId: 7,
    };
    const mayor: EventInputOf<typeof hiringEvents> = {
      type: 'APPROVE_NEGOTIATION',
      at,
      // @ts-expect-error 'mayor' is not a role
      by: { id: 'm', role: 'mayor' },
      ref: 'r',
    };
    const bid: EventInputOf<typeof hiringEvents> = {
      type: 'RECORD_BID',
      at,
      by: developer,
      // @ts-expect-error feeFen is a number of fen
      bid: { firmId: 'f', feeFen: '12.5' },
    };
    // @ts-expect-error DISMISS is no event of the hiring catalog
    const unknown: EventInputOf<typeof hiringEvents> = { type: 'DISMISS', at, by: developer };
    void [noFirm, numeric, mayor, bid, unknown];
    const actor = createActor(hiringMachine, { input });
    // @ts-expect-error send takes parsed events: the envelope needs `at`
    actor.send({ type: 'CHOOSE_FIRM', by: developer, firmId: 'f' });
  });
});

describe('dispatch', () => {
  it('takes untrusted input and narrows accepted events to the catalog', () => {
    // @ts-expect-error a machine of this package needs its input
    createActor(hiringMachine);
    const actor = createActor(hiringMachine, { input });
    const result = dispatch(actor, { type: 'TICK', at, by: { id: 's', role: 'system' } });
    expectTypeOf(result).toEqualTypeOf<
      DispatchResult<SnapshotFrom<typeof hiringMachine>, HiringEvent>
    >();
    if (result.ok) expectTypeOf(result.event.type).toEqualTypeOf<HiringType>();
    expectTypeOf<ReturnType<typeof allowedEvents<typeof hiringEvents>>>().toEqualTypeOf<
      HiringType[]
    >();
  });

  it('names every rule a refusal can carry', () => {
    expectTypeOf<'early-stage-bidders'>().toExtend<FirmRuleId>();
    expectTypeOf<'approval-when-few-bidders'>().toExtend<FirmRuleId>();
    expectTypeOf<'no-such-rule'>().not.toExtend<FirmRuleId>();
  });
});

describe('testing subpath', () => {
  it('checks a machine against its own input', () => {
    expectTypeOf<FirmSuiteOptions<typeof hiringMachine>['input']>().toExtend<HiringInput>();
    expectTypeOf<FirmSuiteOptions<typeof dismissalMachine>['input']>().toExtend<DismissalInput>();
    expectTypeOf<HiringInput>().toExtend<FirmInput>();
    expectTypeOf<FuzzReport['uncaught']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<FuzzReport['events']>().toEqualTypeOf<number>();
  });
});
