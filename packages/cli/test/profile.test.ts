// `jiayuan profile`: a profile as it stood on a day (core's profile histories).
import { describe, expect, it } from 'vitest';
import { cli } from './support.js';

describe('jiayuan profile', () => {
  it('lists the editions of a profile', async () => {
    const r = await cli(['profile', 'shanghai', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('shanghai@2023-12-28\t2023-12-28\t2026-03-22\t');
    expect(r.stdout).toContain(
      'shanghai@2026-07-01\t2026-07-01\tin force\tSH-6 expired on 2026-06-30',
    );
  });

  it('shows the arrears bar on 2023-12-27 and not on 2023-12-28 (SH art. 20 ¶2, 2020 and 2023 texts)', async () => {
    const before = await cli(['profile', 'shanghai', '--on', '2023-12-27', '--lang', 'en']);
    expect(before.code).toBe(0);
    expect(before.stdout).toContain(
      'edition: shanghai@2022-10-22 (from 2022-10-22, until 2023-12-27)',
    );
    expect(before.stdout).toMatch(/eligibility\.grounds\.feeArrears\tyes\t[^\n]*2020 text/);
    const after = await cli(['profile', 'shanghai', '--on', '2023-12-28', '--lang', 'en']);
    expect(after.stdout).toMatch(/eligibility\.grounds\.feeArrears\tno\t/);
  });

  it('speaks Chinese by default and refuses a day before the history or a bad date', async () => {
    const zh = await cli(['profile', 'beijing', '--on', '2024-03-29'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toContain('版本: beijing@2024-03-29');
    const early = await cli(['profile', 'beijing', '--on', '2024-03-28', '--lang', 'en']);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('recorded from 2024-03-29');
    const bad = await cli(['profile', 'shanghai', '--on', '2026-02-30', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect((await cli(['profile', 'tianjin'])).code).toBe(5);
  });
});
