// A roll that lists a unit twice, names an owner it does not have, or leaves a parking space's
// registrability unsaid (SPC 2) is refused wherever a machine takes a roll: in a start input and
// in the group's CONFIRM_ROLL. Before, only `safeParseRoll` checked this; a machine counted such
// a roll into the electorate of every vote (CC 278 ¶2's persons and areas).
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { SEQUENCES } from '../bench/sequences.js';
import { refusalText, startError } from './start-refusal.js';

interface LooseRoll {
  readonly units: readonly Record<string, unknown>[];
  readonly owners: readonly Record<string, unknown>[];
}

/** Each way a roll can be wrong between its records, and the path of the issue. */
const BREAKS: Record<string, { readonly path: RegExp; readonly broken: (r: LooseRoll) => object }> =
  {
    'a unit listed twice': {
      path: /units\.1\.id|units\[1\]\.id/,
      broken: (r) => ({ ...r, units: [r.units[0], { ...r.units[0] }, ...r.units.slice(1)] }),
    },
    'an owner not on the roll': {
      path: /units\.0\.owners\.0|units\[0\]\.owners\[0\]/,
      broken: (r) => ({
        ...r,
        units: [{ ...r.units[0], owners: ['nobody'] }, ...r.units.slice(1)],
      }),
    },
    'a parking space that does not say whether it is registrable': {
      path: /units\.0\.registrable|units\[0\]\.registrable/,
      broken: (r) => {
        const { registrable: _, ...unit } = r.units[0] ?? {};
        return { ...r, units: [{ ...unit, kind: 'parking' }, ...r.units.slice(1)] };
      },
    },
  };

const rollOf = (input: object): LooseRoll | undefined => {
  const roll: unknown = Reflect.get(input, 'roll');
  return typeof roll === 'object' && roll !== null ? (roll as LooseRoll) : undefined;
};

const WITH_ROLL = SEQUENCES.filter((s) => rollOf(s.input as object) !== undefined);

it('the bench starts at least the firm, membership and assembly machines with a roll', () => {
  const names = WITH_ROLL.map((s) => s.name);
  for (const name of ['property-firm dismissal', 'committee membership', 'assembly meeting']) {
    expect(names).toContain(name);
  }
});

describe.each(WITH_ROLL.map((s) => [s.name, s] as const))('%s', (_name, sequence) => {
  const input = sequence.input as object;
  const roll = rollOf(input)!;

  it.each(Object.entries(BREAKS))('refuses a start roll with %s', (_what, { path, broken }) => {
    const error = startError(sequence.machine, { ...input, roll: broken(roll) });
    expect(error).toBeDefined();
    expect(refusalText(error)).toMatch(path);
  });
});

// The group confirms the roll the election is held on (SH 16 ¶1).
const CONFIRMING = SEQUENCES.filter((s) => s.events.some((e) => e.type === 'CONFIRM_ROLL'));

describe.each(CONFIRMING.map((s) => [s.name, s] as const))(
  '%s: CONFIRM_ROLL',
  (_name, sequence) => {
    const at = sequence.events.findIndex((e) => e.type === 'CONFIRM_ROLL');
    const confirm = sequence.events[at]! as { readonly roll: LooseRoll };

    const ready = () => {
      const actor = createActor(sequence.machine, { input: sequence.input });
      actor.start();
      for (const event of sequence.events.slice(0, at)) {
        const result = dispatch(actor, event);
        if (!result.ok) throw new Error(`${event.type} refused: ${result.rejection.code}`);
      }
      return actor;
    };

    it('takes the roll as the run sends it', () => {
      expect(dispatch(ready(), confirm).ok).toBe(true);
    });

    it.each(Object.entries(BREAKS))('refuses one with %s, and nothing changes', (_what, b) => {
      const actor = ready();
      const before = actor.getSnapshot();
      const result = dispatch(actor, { ...confirm, roll: b.broken(confirm.roll) });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.rejection.code).toBe('invalid-event');
      expect(JSON.stringify(result.rejection.issues)).toMatch(b.path);
      expect(actor.getSnapshot()).toBe(before);
    });
  },
);
