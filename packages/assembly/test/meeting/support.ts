import { type DispatchResult, dispatch, type Profile } from '@jiayuan/core';
import { type Actor, createActor } from 'xstate';
import {
  type AgendaItem,
  type AssemblyEmitted,
  type AssemblyInput,
  assemblyMachine,
} from '../../src/index.js';
import { rollOf, type TestUnit } from '../support.js';

/** Ten owners of 100.00 m²: u1–u5 in building 1 (part B1), u6–u10 in building 2. */
export const TEN: readonly TestUnit[] = Array.from({ length: 10 }, (_, i) => ({
  id: `u${i + 1}`,
  area: 10_000,
  building: i < 5 ? '1' : '2',
  parts: i < 5 ? ['B1'] : [],
}));

export const START = '2026-03-20T09:00:00+08:00';
/** The call on 04-01 10:00; voting 04-16 09:00 to 04-26 17:00 (15 days' notice, PMR 14). */
export const CALL_AT = '2026-04-01T10:00:00+08:00';
export const OPENS_AT = '2026-04-16T09:00:00+08:00';
export const CLOSES_AT = '2026-04-26T17:00:00+08:00';

export const ITEMS: AgendaItem[] = [
  { id: 'statute', kind: 'management-statute', title: '修改管理规约', documents: ['draft-v2'] },
  { id: 'lift', kind: 'use-maintenance-fund', title: '1号楼电梯维修', part: 'B1' },
];

export function meetingInput(o: Partial<AssemblyInput> = {}, units = TEN): AssemblyInput {
  return { meetingId: 'm1', kind: 'regular', roll: rollOf(units), startedAt: START, ...o };
}

export interface Harness {
  readonly actor: Actor<typeof assemblyMachine>;
  readonly emitted: AssemblyEmitted[];
  send(type: string, role: string, at: string, payload?: Record<string, unknown>): DispatchResult;
  /** Report, written notice and call, as the committee. */
  call(items?: AgendaItem[], o?: Record<string, unknown>): DispatchResult;
  state(): unknown;
}

export function start(o: Partial<AssemblyInput> = {}, units = TEN, profile?: Profile): Harness {
  const actor = createActor(assemblyMachine, {
    input: meetingInput(profile === undefined ? o : { ...o, profile }, units),
  });
  const emitted: AssemblyEmitted[] = [];
  actor.on('*', (e) => emitted.push(e));
  actor.start();
  const send: Harness['send'] = (type, role, at, payload = {}) =>
    dispatch(actor, { type, at, by: { id: `${role}-1`, role }, ...payload });
  return {
    actor,
    emitted,
    send,
    call(items = ITEMS, extra = {}) {
      send('REPORT_TO_PARTY_ORGANISATION', 'committee', '2026-03-30T10:00:00+08:00');
      send(
        'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE',
        'committee',
        '2026-03-31T10:00:00+08:00',
        {
          meetingAt: OPENS_AT,
          place: '会所',
          agenda: '修改管理规约；1号楼电梯维修',
        },
      );
      return send('CALL_ASSEMBLY', 'committee', CALL_AT, {
        opensAt: OPENS_AT,
        closesAt: CLOSES_AT,
        place: '会所',
        form: 'written-consultation',
        items,
        ...extra,
      });
    },
    state: () => actor.getSnapshot().value,
  };
}

/** A sheet of unit `u` by its owner, on paper, at `at`. */
export const sheetOf = (
  u: string,
  answers: Record<string, string>,
  at = '2026-04-18T10:00:00+08:00',
  o: Record<string, unknown> = {},
) => ({ id: `s-${u}-${at}`, unitId: u, castBy: `o-${u}`, channel: 'paper', at, answers, ...o });

/** The refusal's code and rule id, or 'ok'. */
export const verdict = (r: DispatchResult) =>
  r.ok
    ? 'ok'
    : `${r.rejection.code}${r.rejection.rule === undefined ? '' : `:${r.rejection.rule.id}`}`;
