import {
  type Choice,
  catalogOf,
  type EventCatalog,
  type Roll,
  RollSchema,
  specOf,
} from '@jiayuan/core';
import type { AnyStateMachine } from 'xstate';
import { SAMPLE_COMPLEXES, type SampleComplex } from './complexes.js';
import { ownersVoteMachine } from './machines/owners-vote.js';

/** What the page fills in for a ballot: the unit and the choice picked in the form. */
export interface BallotForm {
  readonly unitId: string;
  readonly choice: Choice;
}

/** A machine the page can drive: how to start it and how to fill each event. */
export interface Scenario {
  readonly id: string;
  readonly title: { readonly 'zh-CN': string; readonly en: string };
  readonly machine: AnyStateMachine;
  readonly catalog: EventCatalog;
  /** The machine's input for a complex. */
  input(roll: Roll, now: string): unknown;
  /** A ready event for `type` at `at`; the generic form (JSON) when absent. */
  event(
    type: string,
    at: string,
    roll: Roll,
    form: BallotForm,
    serial: number,
  ): Record<string, unknown>;
}

const HOUR = 3_600_000;

function sender(catalog: EventCatalog, type: string): { id: string; role: string } {
  const role = specOf(catalog, type)?.roles[0] ?? 'system';
  return { id: `${role}-1`, role };
}

const voteCatalog = catalogOf(ownersVoteMachine)!;

/** The scenarios the page offers. */
export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'ownersVote',
    title: {
      'zh-CN': '业主大会表决：选聘物业（示例）',
      en: "Owners' vote: hiring a firm (sample)",
    },
    machine: ownersVoteMachine,
    catalog: voteCatalog,
    input: (roll, now) => ({ roll, now }),
    event(type, at, roll, form, serial) {
      const by = sender(voteCatalog, type);
      switch (type) {
        case 'PROPOSE':
          return { type, at, by, title: '选聘物业服务企业' };
        case 'OPEN_VOTE':
          return { type, at, by, closesAt: new Date(Date.parse(at) + 72 * HOUR).toISOString() };
        case 'CAST': {
          const unit = roll.units.find((u) => u.id === form.unitId);
          const owner = unit?.owners[0] ?? 'nobody';
          const name = roll.owners.find((o) => o.id === owner)?.name;
          return {
            type,
            at,
            by: { id: owner, role: 'owner', ...(name === undefined ? {} : { name }) },
            ballot: {
              id: `ballot-${serial}`,
              unitId: form.unitId,
              castBy: owner,
              choice: form.choice,
              channel: 'paper',
              at,
            },
          };
        }
        default:
          return { type, at, by };
      }
    },
  },
];

/** The sample complexes, parsed. */
export const COMPLEXES: readonly (SampleComplex & { readonly parsed: Roll })[] =
  SAMPLE_COMPLEXES.map((c) => ({
    ...c,
    parsed: RollSchema.parse(c.roll),
  }));

/** The envelope of an event the page cannot fill, for the JSON editor. */
export function envelope(catalog: EventCatalog, type: string, at: string): Record<string, unknown> {
  return { type, at, by: sender(catalog, type) };
}

/** When the next event happens: an hour after the process clock, or a day for a clock tick. */
export function nextAt(now: string, type: string): string {
  return new Date(Date.parse(now) + (type === 'TICK' ? 24 * HOUR : HOUR)).toISOString();
}
