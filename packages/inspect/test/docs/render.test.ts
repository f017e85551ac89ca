import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogOf } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ownersVoteMachine } from '../../../../examples/web-inspector/src/machines/owners-vote.js';
import {
  compareDocs,
  docEntriesFrom,
  docsUpToDate,
  machineDocs,
  renderMachineDoc,
} from '../../src/index.js';
import { nestedMachine } from '../fixtures/nested.js';
import { readPages } from './load-docs.js';

describe('renderMachineDoc', () => {
  const page = renderMachineDoc({
    machine: ownersVoteMachine,
    catalog: catalogOf(ownersVoteMachine),
    packageName: 'sample',
  });

  it('has the diagram, states, transitions, events, deadlines and rejections in both languages', () => {
    for (const heading of [
      '## 中文',
      '### 状态图',
      '### 状态',
      '### 转换',
      '### 事件',
      '### 期限',
      '### 拒绝代码',
      '## English',
      '### Diagram',
      '### States',
      '### Transitions',
      '### Events',
      '### Deadlines',
      '### Rejection codes',
    ]) {
      expect(page).toContain(`\n${heading}\n`);
    }
    expect(page.match(/```mermaid\nstateDiagram-v2/g)).toHaveLength(2);
    expect(page).toContain('state "投票中" as ownersVote_voting');
    expect(page).toContain('state "Voting" as ownersVote_voting');
  });

  it('gives each state its meaning and citations with the key phrase', () => {
    expect(page).toContain(
      '| `voting` | 投票中 | 业主书面投票；名册与规则已冻结 | 《民法典》第二百七十八条第二款（2021-01-01文本） (`CC-278-2`): “专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决”',
    );
    expect(page).toContain(
      '| `voting` | Voting | Owners vote in writing; roll and rule are frozen | Civil Code art. 278(2) (2021-01-01 text) (`CC-278-2`)',
    );
    expect(page).toContain('| `drafting` | 方案拟定 (初始) |');
    expect(page).toContain('| `passed` | Passed (final) |');
  });

  it('lists the roles allowed to send each event and its rules', () => {
    expect(page).toContain(
      '| `CAST` | Cast a ballot | owner (`owner`) | An owner votes for a unit they own | `ballot-accepted` a ballot must match',
    );
    expect(page).toContain('| `CLOSE_VOTE` | 结束投票并计票 | 业主委员会 (`committee`) |');
    expect(page).toContain('| `TICK` | Clock tick | system (clock) (`system`) |');
  });

  it('lists deadlines, transitions with guards, and every rejection code', () => {
    expect(page).toContain('| Voting | voting runs until the closesAt given with OPEN_VOTE |');
    expect(page).toContain(
      '| 投票中 | `CLOSE_VOTE` 结束投票并计票 | `voting-period-over` | 已计票 |',
    );
    expect(page).toContain('| (any state) | `TICK` Clock tick | — | (stays) | — |');
    for (const code of [
      'process-ended',
      'unknown-event',
      'invalid-event',
      'not-permitted',
      'out-of-order',
      'not-allowed-now',
      'rule-violated',
      'machine-error',
    ]) {
      expect(page.split(`| \`${code}\` |`)).toHaveLength(3);
    }
    expect(page).toContain('`ballot-accepted`, `voting-period-over`, a machine guard refused');
  });

  it('is deterministic', () => {
    expect(
      renderMachineDoc({
        machine: ownersVoteMachine,
        catalog: catalogOf(ownersVoteMachine),
        packageName: 'sample',
      }),
    ).toBe(page);
  });
});

describe('docs check', () => {
  const write = (dir: string, pages: Record<string, string>) => {
    for (const [file, text] of Object.entries(pages)) writeFileSync(join(dir, file), text);
  };

  it('passes on freshly written pages and fails on a deliberately changed machine', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiayuan-docs-'));
    write(
      dir,
      machineDocs(docEntriesFrom({ nestedMachine: nestedMachine(), ownersVoteMachine }, 'fixture')),
    );
    const again = machineDocs(
      docEntriesFrom({ nestedMachine: nestedMachine(), ownersVoteMachine }, 'fixture'),
    );
    expect(docsUpToDate(compareDocs(again, readPages(dir)))).toBe(true);

    // The same machine with one state renamed: its page is now stale, the other is not.
    const changed = machineDocs(
      docEntriesFrom({ nestedMachine: nestedMachine(' (renamed)'), ownersVoteMachine }, 'fixture'),
    );
    const drift = compareDocs(changed, readPages(dir));
    expect(drift).toEqual({ stale: ['nested.md'], missing: [], extra: [] });
    expect(docsUpToDate(drift)).toBe(false);
    expect(changed['nested.md']).toContain('Idle (renamed)');
    expect(readFileSync(join(dir, 'nested.md'), 'utf8')).not.toContain('Idle (renamed)');
  });

  it('reports missing and extra pages', () => {
    const drift = compareDocs({ 'a.md': 'x', 'b.md': 'y' }, { 'a.md': 'x', 'c.md': 'z' });
    expect(drift).toEqual({ stale: [], missing: ['b.md'], extra: ['c.md'] });
  });

  it('takes each exported machine once and skips machines without a catalog', () => {
    const machine = nestedMachine();
    const entries = docEntriesFrom({ a: machine, b: machine, c: 1, d: null, e: {} });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.catalog).toBe(catalogOf(machine));
  });
});
