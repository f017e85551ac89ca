import { withCatalog } from '@jiayuan/core';
import { and } from 'xstate';
import { meta } from '../shared/meta.js';
import { contextFromInput, firmSetup } from '../shared/setup.js';
import { exitState, rootHandlers, voteState } from '../shared/states.js';
import { contractTermEvents } from './events.js';

const expiry = (target: string) => ({
  guard: 'termExpired' as const,
  target,
  actions: ['advanceClock' as const, 'markMissed' as const],
  meta: meta('期限届满未续聘，转为不定期', 'expired without decision: indefinite term', [
    'CC-948-1',
    'SH-46-3',
  ]),
});

/** The contract-term machine's definition, before its catalog is attached. */
export const contractTermDefinition = firmSetup.createMachine({
  id: 'firmContractTerm',
  context: contextFromInput,
  initial: 'inTerm',
  meta: meta('物业服务合同期限', 'Property service contract term', [
    'SH-46-1',
    'CC-947-1',
    'CC-948-1',
  ]),
  on: rootHandlers,
  states: {
    inTerm: {
      meta: meta('合同期内', 'within the term', ['SH-46-1', 'CC-947-1']),
      on: {
        NOTIFY_NON_RENEWAL: {
          guard: 'nonRenewalNoticeMet',
          target: 'firmLeaving',
          actions: ['advanceClock', { type: 'serveNotice', params: { kind: 'non-renewal' } }],
          meta: meta('企业提前九十日通知不续聘', 'firm gives 90 days’ non-renewal notice', [
            'CC-947-2',
            'SH-46-2',
          ]),
        },
        CALL_ASSEMBLY: {
          guard: and(['callAllowed', 'renewalCallAllowed']),
          target: 'renewalVote',
          actions: ['advanceClock', { type: 'callAssembly', params: { question: 'renew-firm' } }],
          meta: meta('届满前召集业主大会决定续聘', 'assembly called on renewal before expiry', [
            'SH-46-1',
            'PMR-14',
            'SH-28-4',
          ]),
        },
        TICK: expiry('holdover'),
      },
    },
    renewalVote: voteState('#firmContractTerm.renewalDecided', '#firmContractTerm.inTerm'),
    renewalDecided: {
      meta: meta('业主大会决定续聘', 'assembly decided to renew', ['SH-46-1', 'CC-947-1']),
      on: {
        NOTIFY_RENEWAL_DECISION: {
          guard: 'beforeExpiry',
          target: 'awaitingFirm',
          actions: [
            'advanceClock',
            { type: 'serveNotice', params: { kind: 'renewal-decision' } },
            { type: 'notifyFirm', params: { about: 'renewal-decision' } },
          ],
          meta: meta('书面通知企业', 'firm notified in writing', ['SH-46-1']),
        },
        TICK: expiry('holdover'),
      },
    },
    awaitingFirm: {
      meta: meta('等待企业答复', 'awaiting the firm', ['SH-46-1', 'CC-947-1']),
      on: {
        ACCEPT_RENEWAL: {
          guard: 'beforeExpiry',
          target: 'renewed',
          actions: ['advanceClock', 'acceptRenewal'],
          meta: meta('届满前续订合同', 'contract renewed before expiry', ['SH-46-1', 'CC-947-1']),
        },
        DECLINE_RENEWAL: {
          target: 'firmLeaving',
          actions: ['advanceClock', 'declineRenewal'],
          meta: meta('企业不接受续聘', 'firm declines', ['SH-46-1']),
        },
        TICK: expiry('holdover'),
      },
    },
    renewed: { type: 'final', meta: meta('已续聘', 'renewed', ['SH-46-1', 'CC-947-1']) },
    firmLeaving: {
      meta: meta('企业届满退出', 'firm leaves at expiry', ['CC-947-2', 'SH-46-2']),
      on: {
        TICK: {
          guard: 'termExpired',
          target: 'exit',
          actions: ['advanceClock', 'markMissed', 'terminate'],
          meta: meta('合同期满终止', 'contract ends at expiry', ['SH-50', 'SH-52']),
        },
      },
    },
    holdover: {
      meta: meta('不定期合同', 'indefinite term (holdover)', ['CC-948-1', 'SH-46-3']),
      on: {
        END_INDEFINITE_TERM: {
          guard: 'indefiniteNoticeMet',
          target: 'holdoverEnding',
          actions: ['advanceClock', { type: 'serveNotice', params: { kind: 'indefinite-term' } }],
          meta: meta('提前六十日书面通知解除', '60 days’ notice to end', ['CC-948-2', 'SH-46-3']),
        },
      },
    },
    holdoverEnding: {
      meta: meta('解除通知期', 'notice running', ['CC-948-2', 'SH-46-3']),
      on: {
        TICK: {
          guard: 'noticeTakesEffect',
          target: 'exit',
          actions: ['advanceClock', 'markMissed', 'terminate'],
          meta: meta('不定期合同解除', 'indefinite term ended', ['CC-948-2', 'SH-50']),
        },
      },
    },
    exit: exitState('#firmContractTerm.ended'),
    ended: { type: 'final', meta: meta('交接完成', 'handed over', ['SH-50', 'CC-950']) },
  },
});

/**
 * The contract's term (RULES FIRM-5..7, FIRM-9, FIRM-10): the renewal vote before expiry with
 * written notice to the firm; the firm's 90-day non-renewal notice; holdover into an indefinite
 * term ended by 60 days' notice; then hand-over and a temporary firm for at most 6 months.
 */
export const contractTermMachine = withCatalog(contractTermDefinition, contractTermEvents);
