import { catalogOf } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ownersVoteMachine } from '../../../examples/web-inspector/src/machines/owners-vote.js';
import { machineGraph, mermaidId, svgHighlightCss, toMermaid, toSvg } from '../src/index.js';
import { nestedMachine } from './fixtures/nested.js';

// Every state id of a machine, straight from its definition, to compare sets against.
function allStateIds(node: { id: string; states: Record<string, unknown> }): string[] {
  return [
    node.id,
    ...Object.values(node.states).flatMap((child) => allStateIds(child as typeof node)),
  ];
}

describe('machineGraph', () => {
  it('reads every state and transition of the definition', () => {
    const machine = nestedMachine();
    const graph = machineGraph(machine, catalogOf(machine));
    expect([...graph.states.keys()].sort()).toEqual(allStateIds(machine.root).sort());
    const events = graph.transitions.map((t) => `${t.source}:${t.event}`).sort();
    expect(events).toEqual(
      [
        'nested:TICK',
        'nested.idle:START',
        'nested.idle:NOTE',
        'nested.working:xstate.done.state.nested.working',
        'nested.working.a.open:DONE_A',
        'nested.working.b.open:DONE_B',
        'nested.finished:',
      ].sort(),
    );
    const start = graph.transitions.find((t) => t.event === 'START');
    expect(start?.legal).toEqual(['CC-278-2']);
    expect(start?.label).toEqual({ 'zh-CN': '开始', en: 'Start' });
    expect(graph.transitions.find((t) => t.event === 'DONE_A')?.guard).toBe('and(ready, calm)');
    expect(graph.transitions.find((t) => t.event === 'NOTE')?.targets).toEqual([]);
    expect(graph.states.get('nested.idle')?.legal).toEqual(['SH-16-2']);
    // A state without meta.title falls back to its key.
    expect(graph.states.get('nested.finished')?.title).toEqual({
      'zh-CN': 'finished',
      en: 'finished',
    });
  });
});

describe('toMermaid', () => {
  it('labels states and events in the chosen language', () => {
    const zh = toMermaid(ownersVoteMachine, { catalog: catalogOf(ownersVoteMachine) });
    const en = toMermaid(ownersVoteMachine, {
      locale: 'en',
      catalog: catalogOf(ownersVoteMachine),
    });
    expect(zh.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(zh).toContain('state "投票中" as ownersVote_voting');
    expect(en).toContain('state "Voting" as ownersVote_voting');
    expect(zh).toContain('ownersVote_drafting --> ownersVote_noticed : 提出表决方案');
    expect(en).toContain(
      'ownersVote_voting --> ownersVote_counted : Close and count [voting-period-over]',
    );
    expect(zh).toContain('ownersVote_passed --> [*]');
    expect(zh).toContain('[*] --> ownersVote_drafting');
  });

  it('declares every state once, nests children and separates parallel regions', () => {
    const machine = nestedMachine();
    const text = toMermaid(machine, { locale: 'en' });
    for (const id of allStateIds(machine.root).slice(1)) {
      expect(
        text
          .split('\n')
          .filter(
            (line) => line.trim().startsWith('state "') && line.endsWith(` as ${mermaidId(id)}`),
          ),
      ).toHaveLength(1);
    }
    expect(text).toContain('state nested_working {');
    expect(text).toMatch(/\n\s+--\n/);
    expect(text).toContain('nested_idle --> nested_idle : NOTE');
    expect(text).toContain('nested_finished --> nested_archived : (always)');
  });

  it('appends citation ids on request and escapes Mermaid syntax', () => {
    const text = toMermaid(nestedMachine('; "x" {y}'), { citations: true, locale: 'en' });
    expect(text).toContain('〔SH-16-2 (2020-12-30 text)〕');
    expect(text).toContain('START 〔CC-278-2 (2021-01-01 text)〕');
    expect(text).not.toMatch(/Idle;|"x"|\{y\}/);
  });
});

describe('toSvg', () => {
  it('lays out every state and transition with citations as titles and a legend', async () => {
    const machine = nestedMachine();
    const svg = await toSvg(machine, { catalog: catalogOf(machine), locale: 'en' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const id of allStateIds(machine.root).slice(1)) {
      expect(svg).toContain(`data-state="${id}"`);
    }
    expect(svg).toContain('data-transition="nested.idle:START:0#0"');
    expect(svg).toContain('Legal basis');
    expect(svg).toContain('(SH-16-2)');
    expect(svg).toMatch(/<title>Idle\nShanghai[^<]*\(SH-16-2\): [^<]+<\/title>/);
    // Each citation names the text version it refers to, in the legend and the titles.
    expect(svg).toContain('art. 16(2) (2020-12-30 text) (SH-16-2)');
    // No NaN coordinates and every path has points.
    expect(svg).not.toContain('NaN');
    expect(svg).not.toContain('d=""');
  });

  it('places children inside their parents', async () => {
    const svg = await toSvg(nestedMachine(), { locale: 'zh-CN' });
    const box = (id: string) => {
      const match = new RegExp(
        `data-state="${id.replace(/\./g, '\\.')}">\\n<title>[^]*?</title>\\n<rect x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"`,
      ).exec(svg);
      if (match === null) throw new Error(`no box for ${id}`);
      const [x, y, w, h] = match.slice(1).map(Number) as [number, number, number, number];
      return { x, y, w, h };
    };
    const parent = box('nested.working');
    for (const child of ['nested.working.a', 'nested.working.b', 'nested.working.a.open']) {
      const c = box(child);
      expect(c.x).toBeGreaterThanOrEqual(parent.x);
      expect(c.y).toBeGreaterThanOrEqual(parent.y);
      expect(c.x + c.w).toBeLessThanOrEqual(parent.x + parent.w);
      expect(c.y + c.h).toBeLessThanOrEqual(parent.y + parent.h);
    }
  });

  it('highlights states by id with CSS', () => {
    expect(svgHighlightCss(['a.b'])).toContain('.jy-state[data-state="a.b"]>rect');
  });
});
