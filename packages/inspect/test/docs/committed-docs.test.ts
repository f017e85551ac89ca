import { describe, expect, it } from 'vitest';
import { compareDocs, machineDocs } from '../../src/index.js';
import { DOCS_DIR, docPackages, loadEntries, readPages } from './load-docs.js';

describe('docs/machines', () => {
  it('is up to date with the machines (regenerate with `node scripts/generate-docs.mjs`)', async () => {
    const generated = machineDocs(await loadEntries(docPackages()));
    expect(compareDocs(generated, readPages(DOCS_DIR))).toEqual({
      stale: [],
      missing: [],
      extra: [],
    });
  }, 60_000);
});
