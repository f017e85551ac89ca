// Shared test helpers: rolls, event builders and a dispatching driver.
import { dispatch, type RollInput } from '@jiayuan/core';
import { type AnyActorRef, createActor } from 'xstate';
import type { ContractTermInput, DismissalInput, HiringInput } from '../src/index.js';

/** A roll of `buildings` × `perBuilding` units, owner `o-b-n` holding unit `u-b-n`, area in 0.01 m². */
export function makeRoll(buildings: number, perBuilding: number, area = 9_000): RollInput {
  const owners: { id: string }[] = [];
  const units: RollInput['units'] = [];
  for (let b = 1; b <= buildings; b++) {
    for (let n = 1; n <= perBuilding; n++) {
      owners.push({ id: `o-${b}-${n}` });
      units.push({
        id: `u-${b}-${n}`,
        building: `${b}号楼`,
        status: 'delivered',
        owners: [`o-${b}-${n}`],
        areas: { register: area },
      });
    }
  }
  return { complexId: 'complex-1', owners, units };
}

export const START = '2026-03-02T09:00:00+08:00';

/** A dismissal input: the firm in place, 10 owners in 2 buildings. */
export function baseInput(overrides: Partial<DismissalInput> = {}): DismissalInput {
  return {
    processId: 'p-1',
    startedAt: START,
    roll: makeRoll(2, 5),
    firm: { id: 'firm-old' },
    ...overrides,
  };
}

/** A hiring input on the same roll. */
export function hiringInput(overrides: Partial<HiringInput> = {}): HiringInput {
  return { processId: 'p-1', startedAt: START, roll: makeRoll(2, 5), ...overrides };
}

/** A contract-term input: the firm in place, its term ending at `endsAt`. */
export function termInput(
  endsAt: string,
  overrides: Partial<ContractTermInput> = {},
): ContractTermInput {
  return {
    processId: 'p-1',
    startedAt: START,
    roll: makeRoll(2, 5),
    firm: { id: 'firm-old' },
    contract: { endsAt },
    ...overrides,
  };
}

/** An event at `at` sent by `role` (id `${role}-1` unless given). */
export function ev(
  type: string,
  role: string,
  at: string,
  payload: Record<string, unknown> = {},
  id = `${role}-1`,
): Record<string, unknown> {
  return { type, at, by: { id, role }, ...payload };
}

/**
 * The committee's report to the residential party organisation, which the `shanghai` profile
 * requires before it calls an assembly on the firm (SH-36 (十六)).
 */
export function partyReport(at: string, role = 'committee'): Record<string, unknown> {
  return ev('REPORT_TO_PARTY_ORGANISATION', role, at);
}

/**
 * The committee's written notice of the meeting (time, place, agenda) to the housing office and
 * the residents' committee, which every shipped profile requires before the committee calls an
 * assembly (SH 25 ¶2; BJ 35 ¶4, PMR 14 ¶2: the residents' committee).
 */
export function authoritiesNotice(at: string, role = 'committee'): Record<string, unknown> {
  return ev('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', role, at, {
    meetingAt: at,
    place: '小区会所',
    agenda: '物业服务企业',
  });
}

/** A ballot for unit `u-b-n` by its owner. */
export function ballot(
  b: number,
  n: number,
  choice: 'agree' | 'disagree' | 'abstain' | 'spoilt',
  at: string,
  channel: 'paper' | 'on-site' | 'door-to-door' | 'electronic' = 'paper',
  id = `bal-${b}-${n}-${at}`,
) {
  return { id, unitId: `u-${b}-${n}`, castBy: `o-${b}-${n}`, choice, channel, at };
}

/** Dispatches and throws with the rejection when refused. */
export function send(actor: AnyActorRef, input: Record<string, unknown>) {
  const result = dispatch(actor, input);
  if (!result.ok) {
    throw new Error(
      `${String(input.type)} refused: ${result.rejection.code} ${result.rejection.message.en}`,
    );
  }
  return result;
}

/** Dispatches and returns the rejection (throws when accepted). */
export function refuse(actor: AnyActorRef, input: Record<string, unknown>) {
  const result = dispatch(actor, input);
  if (result.ok) throw new Error(`${String(input.type)} was accepted`);
  return result.rejection;
}

export { createActor };
