// Stand-in (TERM-9) fixtures: inputs for both profiles, scripted events for the path search;
// the seeded generator, rosters and invariants are in src/testing/stand-in.ts.
import { beijing, type EventCatalog, shanghai, specOf } from '@jiayuan/core';
import { type AnyMachineSnapshot, createActor } from 'xstate';
import type { StandInContext } from '../../src/stand-in/context.js';
import type { StandInInput } from '../../src/stand-in/input.js';
import { standInMachine } from '../../src/stand-in/machine.js';
import { STAND_IN_FILING_DOCUMENTS } from '../../src/stand-in/rules.js';
import { lawfulMembers } from '../../src/testing/stand-in.js';
import { ev } from './fixtures.js';

export { ev, where } from './fixtures.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Shanghai: no committee formed on time; the 街镇 forms a 物业治理委员会 on 2026-03-02. */
export const SH_INPUT: StandInInput = {
  complexId: 'c1',
  startAt: '2026-03-02T09:00:00+08:00',
  profile: shanghai,
  reason: 'formation',
};

/** Beijing, assembly formed (a term ran out without re-election): the body files (BJ 55). */
export const BJ_INPUT: StandInInput = {
  complexId: 'c1',
  startAt: '2026-03-02T09:00:00+08:00',
  profile: beijing,
  reason: 're-election',
};

/** Beijing, no assembly yet (BJ 53 (一)): no filing. */
export const BJ_NO_ASSEMBLY_INPUT: StandInInput = { ...BJ_INPUT, reason: 'formation' };

/** A started stand-in actor. */
export function startStandIn(input: StandInInput = SH_INPUT) {
  return createActor(standInMachine, { input }).start();
}

function contextOf(snapshot: AnyMachineSnapshot): StandInContext {
  return snapshot.context as StandInContext;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The next lawful step of each kind, from `snapshot` (for the xstate/graph search). */
export function scriptedStandInEvents(catalog: EventCatalog) {
  return (snapshot: AnyMachineSnapshot): Record<string, unknown>[] => {
    const c = contextOf(snapshot);
    const now = Date.parse(c.now);
    const at = iso(now + MIN);
    const out: Record<string, unknown>[] = [];
    const add = (type: string, payload: Record<string, unknown> = {}, when = at) => {
      const spec = specOf(catalog, type);
      if (spec === undefined) return;
      const role = spec.roles[0] ?? 'system';
      out.push(spec.schema.parse(ev(type, role, when, payload)) as Record<string, unknown>);
    };
    for (const d of Object.values(c.deadlines)) {
      if (d.status === 'pending')
        add('TICK', {}, iso(Math.max(now, Date.parse(d.due.dueAt)) + MIN));
    }
    add('TICK', {}, iso(now + 40 * DAY));
    add('FORM_STAND_IN', { members: lawfulMembers(c) });
    add('FILE_STAND_IN', { documents: [...STAND_IN_FILING_DOCUMENTS] });
    add('COMPLETE_STAND_IN_FILING');
    if (c.deliberations.length === 0) {
      add('HOLD_DELIBERATION', { deliberationId: 'del-1', topic: '停车管理' });
    }
    if (c.matters.length === 0) add('COORDINATE_MATTER', { matterId: 'm-1', matter: '电梯维修' });
    if (c.decisions.length === 0) {
      add('DECIDE_MATTER', {
        decisionId: 'd-1',
        consenting: c.members.slice(0, 4).map((m) => m.id),
        present: c.members.map((m) => m.id),
      });
    }
    add('POST_STAND_IN_DECISION', { decisionId: 'd-1' });
    if (c.steps.length === 0) add('RECORD_PROGRESS', { step: 'owners-mobilised' });
    add('DISSOLVE_STAND_IN', { reference: '备案-2026-001' });
    add('REFORM_STAND_IN');
    return out;
  };
}

/** Identity of a snapshot for the search: state value and the progress within it. */
export function standInProgressKey(snapshot: AnyMachineSnapshot): string {
  const c = contextOf(snapshot);
  return JSON.stringify([
    snapshot.value,
    Math.min(c.term, 2),
    c.deliberations.length,
    c.matters.length,
    c.decisions.map((d) => d.postedAt !== null),
    c.steps.length,
  ]);
}
