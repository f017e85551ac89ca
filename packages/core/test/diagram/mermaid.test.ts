import { describe, expect, it } from 'vitest';
import { and, setup } from 'xstate';
import {
  graphToMermaid,
  legalRows,
  machineGraph,
  mermaidId,
  toMermaid,
} from '../../src/diagram/index.js';
import { defineCatalog } from '../../src/dispatch/index.js';
import { bilingual } from '../../src/i18n.js';

// Nesting, a final child ending its parent (onDone), eventless branches, a targetless
// transition and one declared on the machine itself.
const review = setup({
  guards: { complete: () => true, small: () => true },
  actions: { note: () => {} },
}).createMachine({
  id: 'review',
  initial: 'draft',
  on: { RESET: '.draft' },
  states: {
    draft: {
      meta: { title: bilingual('起草', 'Draft'), legal: ['SH-16-2'] },
      on: {
        SUBMIT: { target: 'checking', guard: 'complete', meta: { legal: ['CC-278-2'] } },
        NOTE: { actions: 'note' },
      },
    },
    checking: {
      meta: { title: bilingual('审查', 'Checking') },
      initial: 'queued',
      states: {
        queued: { always: [{ target: 'fast', guard: 'small' }, { target: 'slow' }] },
        fast: { type: 'final' },
        slow: { on: { DONE: 'done' } },
        done: { type: 'final' },
      },
      onDone: 'published',
    },
    published: { type: 'final', meta: { title: bilingual('已发布', 'Published') } },
  },
});

// A parallel state with two regions, a combined guard, and two guarded transitions that differ
// only by their guard.
const handover = setup({
  guards: { ready: () => true, calm: () => true },
}).createMachine({
  id: 'handover',
  initial: 'open',
  states: {
    open: {
      type: 'parallel',
      states: {
        files: {
          initial: 'pending',
          states: {
            pending: { on: { HAND_OVER: { target: 'complete', guard: and(['ready', 'calm']) } } },
            complete: { type: 'final' },
          },
        },
        service: {
          initial: 'old',
          states: {
            old: {
              on: {
                TAKE_OVER: [
                  { target: 'new', guard: { type: 'ready' } },
                  { target: 'new', guard: 'calm' },
                ],
              },
            },
            new: { type: 'final' },
          },
        },
      },
      onDone: 'closed',
    },
    closed: { type: 'final' },
  },
});

const catalog = defineCatalog({
  SUBMIT: {
    roles: ['owner'],
    description: bilingual('提交审查', 'submit for review'),
    title: bilingual('提交', 'Submit'),
  },
});

const lines = (text: string): string[] => text.split('\n');

describe('toMermaid', () => {
  it('draws nesting, initial and final markers, eventless and targetless transitions', () => {
    expect(lines(toMermaid(review))).toEqual([
      'stateDiagram-v2',
      '  state "起草" as review_draft',
      '  state "审查" as review_checking',
      '  state review_checking {',
      '    state "queued" as review_checking_queued',
      '    state "fast" as review_checking_fast',
      '    state "slow" as review_checking_slow',
      '    state "done" as review_checking_done',
      '    [*] --> review_checking_queued',
      '    review_checking_fast --> [*]',
      '    review_checking_done --> [*]',
      '  }',
      '  state "已发布" as review_published',
      '  [*] --> review_draft',
      '  review_published --> [*]',
      '  review_draft --> review_checking : SUBMIT [complete]',
      '  review_draft --> review_draft : NOTE',
      '  review_checking --> review_published : （完成）',
      '  review_checking_queued --> review_checking_fast : （自动） [small]',
      '  review_checking_queued --> review_checking_slow : （自动）',
      '  review_checking_slow --> review_checking_done : DONE',
      '',
    ]);
  });

  it('leaves out transitions declared on the machine itself, which the graph still holds', () => {
    expect(toMermaid(review)).not.toContain('RESET');
    expect(machineGraph(review).transitions.map((t) => `${t.source}:${t.event}`)).toContain(
      'review:RESET',
    );
  });

  it('separates parallel regions, marks each region, names combined and object guards', () => {
    expect(lines(toMermaid(handover, { locale: 'en' }))).toEqual([
      'stateDiagram-v2',
      '  state "open" as handover_open',
      '  state handover_open {',
      '    state "files" as handover_open_files',
      '    state handover_open_files {',
      '      state "pending" as handover_open_files_pending',
      '      state "complete" as handover_open_files_complete',
      '      [*] --> handover_open_files_pending',
      '      handover_open_files_complete --> [*]',
      '    }',
      '    --',
      '    state "service" as handover_open_service',
      '    state handover_open_service {',
      '      state "old" as handover_open_service_old',
      '      state "new" as handover_open_service_new',
      '      [*] --> handover_open_service_old',
      '      handover_open_service_new --> [*]',
      '    }',
      '  }',
      '  state "closed" as handover_closed',
      '  [*] --> handover_open',
      '  handover_closed --> [*]',
      '  handover_open --> handover_closed : (done)',
      '  handover_open_files_pending --> handover_open_files_complete : HAND_OVER [and(ready, calm)]',
      '  handover_open_service_old --> handover_open_service_new : TAKE_OVER [ready]',
      '  handover_open_service_old --> handover_open_service_new : TAKE_OVER [calm]',
      '',
    ]);
  });

  it('hides guards on request and then draws identical arrows once', () => {
    const arrows = lines(toMermaid(handover, { locale: 'en', guards: false })).filter((line) =>
      line.includes('TAKE_OVER'),
    );
    expect(arrows).toEqual([
      '  handover_open_service_old --> handover_open_service_new : TAKE_OVER',
    ]);
  });

  it('writes bilingual labels, once where both languages read the same', () => {
    const text = lines(toMermaid(review, { locale: 'bilingual', catalog }));
    expect(text).toContain('  state "起草 / Draft" as review_draft');
    expect(text).toContain('    state "queued" as review_checking_queued');
    expect(text).toContain('  review_draft --> review_checking : 提交 / Submit [complete]');
    expect(text).toContain('  review_draft --> review_draft : NOTE');
    expect(text).toContain('  review_checking --> review_published : （完成） / (done)');
    expect(text).toContain(
      '  review_checking_queued --> review_checking_fast : （自动） / (always) [small]',
    );
  });

  it('labels events from the catalog in one language and appends citations on request', () => {
    const text = lines(
      toMermaid(review, { locale: 'en', catalog, citations: true, versions: false }),
    );
    expect(text).toContain('  state "Draft 〔SH-16-2〕" as review_draft');
    expect(text).toContain('  state "Checking" as review_checking');
    expect(text).toContain('  review_draft --> review_checking : Submit [complete] 〔CC-278-2〕');
  });

  it('names the text version of each citation unless told not to', () => {
    // SH art. 16 reads the same since the 2020-12-30 text; CC 278 ¶2 is in force from 2021-01-01.
    const en = lines(toMermaid(review, { locale: 'en', catalog, citations: true }));
    expect(en).toContain('  state "Draft 〔SH-16-2 (2020-12-30 text)〕" as review_draft');
    expect(en).toContain(
      '  review_draft --> review_checking : Submit [complete] 〔CC-278-2 (2021-01-01 text)〕',
    );
    const zh = lines(toMermaid(review, { catalog, citations: true }));
    expect(zh).toContain('  state "起草 〔SH-16-2（2020-12-30文本）〕" as review_draft');
    const both = lines(toMermaid(review, { locale: 'bilingual', citations: true }));
    expect(both).toContain(
      '  state "起草 / Draft 〔SH-16-2 (2020-12-30文本 / 2020-12-30 text)〕" as review_draft',
    );
  });

  it('lists each citation of a legal row with its text version', () => {
    const timed = setup({}).createMachine({
      id: 'timed',
      initial: 'a',
      states: {
        a: {
          meta: { legal: ['SH-20-2', 'SH-6-6', 'not-a-citation'] },
          on: { GO: { target: 'b', meta: { legal: ['SH-2020-20-2'] } } },
        },
        b: {},
      },
    });
    expect(legalRows(timed)).toEqual([
      {
        where: 'state a',
        citations: ['SH-20-2', 'SH-6-6', 'not-a-citation'],
        versions: [
          { id: 'SH-20-2', version: { 'zh-CN': '2023-12-28文本', en: '2023-12-28 text' } },
          {
            id: 'SH-6-6',
            version: { 'zh-CN': '2021-07-01至2026-06-30有效', en: '2021-07-01 – 2026-06-30' },
          },
          { id: 'not-a-citation' },
        ],
      },
      {
        where: 'a on GO',
        citations: ['SH-2020-20-2'],
        versions: [
          {
            id: 'SH-2020-20-2',
            version: { 'zh-CN': '2020-12-30至2023-12-27有效', en: '2020-12-30 – 2023-12-27' },
          },
        ],
      },
    ]);
  });

  it('replaces characters Mermaid reads as syntax inside labels', () => {
    const machine = setup({}).createMachine({
      id: 'odd',
      initial: 'a',
      states: { a: { meta: { title: bilingual('甲', 'say "hi"; {x} #1\nnext') } } },
    });
    expect(lines(toMermaid(machine, { locale: 'en' }))).toContain(
      '  state "say ”hi”； ｛x｝ ＃1 next" as odd_a',
    );
  });

  it('gives the same text for the machine and for its graph read with the same catalog', () => {
    const graph = machineGraph(review, catalog);
    expect(graphToMermaid(graph, { locale: 'en' })).toBe(
      toMermaid(review, { locale: 'en', catalog }),
    );
  });
});

describe('mermaidId', () => {
  it('keeps letters, digits and underscores and replaces everything else', () => {
    expect(mermaidId('review.checking.queued')).toBe('review_checking_queued');
    expect(mermaidId('a-b c#1_2')).toBe('a_b_c_1_2');
  });
});
