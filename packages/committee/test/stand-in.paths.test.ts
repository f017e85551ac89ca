// Path tests of the stand-in machine with xstate/graph, for the Shanghai and Beijing profiles:
// every state and every transition of the definition is reached, and what Shanghai cannot reach
// is exactly what its text leaves out (filing, a term limit, signed decisions).
import { machineStatePaths } from '@jiayuan/testing';
import { describe, expect, it } from 'vitest';
import { standInEvents } from '../src/stand-in/catalog.js';
import type { StandInInput } from '../src/stand-in/input.js';
import { standInMachine } from '../src/stand-in/machine.js';
import {
  definedTransitions,
  type ExploreOptions,
  exploreMachine,
  transitionKey,
} from './support/paths.js';
import {
  BJ_INPUT,
  BJ_NO_ASSEMBLY_INPUT,
  SH_INPUT,
  scriptedStandInEvents,
  standInProgressKey,
} from './support/stand-in-fixtures.js';

/** States reached, and transitions taken, exploring the machine from `input`. */
function explore(input: StandInInput) {
  const { coverage, taken } = exploreMachine(standInMachine, {
    input,
    events: scriptedStandInEvents(standInEvents) as ExploreOptions['events'],
    serializeState: standInProgressKey,
    limit: 20_000,
  });
  return { states: new Set(coverage.states.filter((s) => s !== '')), taken };
}

const ALL_STATES = machineStatePaths(standInMachine).filter((s) => s !== '');
const ALL_TRANSITIONS = definedTransitions(standInMachine);

// What the Shanghai text leaves out: no filing periods, no term limit, no signed decisions.
const BEIJING_ONLY_STATES = [
  'expired',
  'sitting.completion',
  'sitting.completion.onTime',
  'sitting.completion.overdue',
  'sitting.filing',
  'sitting.filing.onTime',
  'sitting.filing.overdue',
];
const BEIJING_ONLY_TRANSITIONS = [
  'standIn.expired -DISSOLVE_STAND_IN-> standIn.dissolved [DISSOLVE_STAND_IN]',
  'standIn.expired -REFORM_STAND_IN-> standIn.forming [REFORM_STAND_IN]',
  'standIn.forming -FORM_STAND_IN-> standIn.sitting.filing [and(FORM_STAND_IN,filingRequired)]',
  'standIn.sitting -TICK-> standIn.expired [and(TICK,termEnded)]',
  'standIn.sitting.acting -DECIDE_MATTER-> (self) [DECIDE_MATTER]',
  'standIn.sitting.acting -POST_STAND_IN_DECISION-> (self) [POST_STAND_IN_DECISION]',
  'standIn.sitting.completion -COMPLETE_STAND_IN_FILING-> standIn.sitting.acting [COMPLETE_STAND_IN_FILING]',
  'standIn.sitting.completion.onTime -TICK-> standIn.sitting.completion.overdue [and(TICK,completionLate)]',
  'standIn.sitting.filing -FILE_STAND_IN-> standIn.sitting.completion [FILE_STAND_IN]',
  'standIn.sitting.filing.onTime -TICK-> standIn.sitting.filing.overdue [and(TICK,filingLate)]',
];

describe('stand-in paths', { timeout: 30_000 }, () => {
  const beijing = [explore(BJ_INPUT), explore(BJ_NO_ASSEMBLY_INPUT)];
  const shanghai = explore(SH_INPUT);
  const bjStates = new Set(beijing.flatMap((e) => [...e.states]));
  const bjTaken = new Set(beijing.flatMap((e) => [...e.taken]));

  it('the definition has the expected shape', () => {
    expect(ALL_STATES.length).toBe(11);
    expect(ALL_TRANSITIONS.length).toBe(17);
    expect(ALL_TRANSITIONS).toEqual(expect.arrayContaining(BEIJING_ONLY_TRANSITIONS));
  });

  it('Beijing reaches every state and takes every transition', () => {
    expect(ALL_STATES.filter((s) => !bjStates.has(s))).toEqual([]);
    expect(ALL_TRANSITIONS.filter((t) => !bjTaken.has(t))).toEqual([]);
  });

  it('Shanghai reaches every state and transition its text provides for, and no other', () => {
    expect(ALL_STATES.filter((s) => !shanghai.states.has(s))).toEqual(BEIJING_ONLY_STATES);
    expect(ALL_TRANSITIONS.filter((t) => !shanghai.taken.has(t))).toEqual(BEIJING_ONLY_TRANSITIONS);
  });

  it('every state and transition carries its legal basis; every state a bilingual title', () => {
    const cited = (node: (typeof standInMachine)['root']) => {
      for (const list of node.transitions.values()) {
        for (const t of list) {
          // The clock's own step (no target) moves time only.
          if (t.eventType === 'TICK' && t.target === undefined) continue;
          const legal = (t.meta as { legal?: string[] } | undefined)?.legal;
          expect(legal?.length, transitionKey(t)).toBeGreaterThan(0);
        }
      }
    };
    const walk = (node: (typeof standInMachine)['root']): void => {
      cited(node);
      for (const child of Object.values(node.states)) {
        const meta = child.meta as { title?: Record<string, string>; legal?: string[] };
        expect(meta.title?.['zh-CN'], child.id).toBeTruthy();
        expect(meta.title?.en, child.id).toBeTruthy();
        expect(meta.legal?.length, child.id).toBeGreaterThan(0);
        walk(child);
      }
    };
    walk(standInMachine.root);
  });
});
