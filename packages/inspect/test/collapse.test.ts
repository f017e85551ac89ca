import { machineGraph } from '@jiayuan/core';
import { dismissalMachine } from '@jiayuan/property-firm';
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { collapseInactive, graphToSvg } from '../src/index.js';

const machine = createMachine({
  id: 'm',
  initial: 'a',
  states: {
    a: {
      initial: 'a1',
      states: { a1: { on: { NEXT: 'a2' } }, a2: { on: { OUT: '#m.b.b1' } } },
      on: { SKIP: 'c' },
    },
    b: { initial: 'b1', states: { b1: { on: { NEXT: 'b2' } }, b2: { on: { DONE: '#m.c' } } } },
    c: { type: 'final' },
  },
});

describe('collapseInactive', () => {
  it('folds the inactive compound states and keeps the active path open', () => {
    const folded = collapseInactive(machineGraph(machine), ['m.a.a2']);
    expect([...folded.states.keys()]).toEqual(['m', 'm.a', 'm.a.a1', 'm.a.a2', 'm.b', 'm.c']);
    expect(folded.states.get('m.b')?.children).toEqual([]);
    expect(folded.states.get('m.b')?.initial).toBeUndefined();
  });

  it('attaches transitions to the folded state, drops those inside it, lists the rest once', () => {
    const folded = collapseInactive(machineGraph(machine), ['m.a.a1']);
    const edges = folded.transitions.map((t) => `${t.source}-${t.event}->${t.targets.join(',')}`);
    expect([...edges].sort()).toEqual([
      'm.a-SKIP->m.c',
      'm.a.a1-NEXT->m.a.a2',
      'm.a.a2-OUT->m.b',
      'm.b-DONE->m.c',
    ]);
  });

  it('keeps everything when every compound state is active', () => {
    const graph = machineGraph(machine);
    const all = collapseInactive(graph, ['m.a.a1', 'm.b.b1']);
    expect(all.states.size).toBe(graph.states.size);
    expect(all.transitions).toEqual(graph.transitions);
  });

  it('draws a real machine smaller with its active state only', { timeout: 60_000 }, async () => {
    const graph = machineGraph(dismissalMachine);
    const full = await graphToSvg(graph, { legend: false });
    const initial = [...graph.states.values()].find(
      (s) => s.kind !== 'compound' && s.path.length === 1,
    );
    const small = await graphToSvg(collapseInactive(graph, [initial?.id ?? graph.root]), {
      legend: false,
    });
    expect(small.length).toBeLessThan(full.length);
    // Without a legend no element is numbered, and the citations stay in the elements' titles.
    expect(full).not.toMatch(/\[\d+\]</);
    expect(full).toMatch(/<title>[^<]*CC-/);
    expect(small).toContain(`data-state="${initial?.id}"`);
  });
});
