// The street office in real Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
// the chair, three owners and the firm sign in and carry the dismissal from the proposal through
// the vote (the firm's forged ballot refused for its role) to the hand-over. The screenshot of
// the open vote goes to docs/street-office.png with UPDATE_DOCS=1, else to a temp dir.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '@jiayuan/host';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStreetOffice, type StreetOffice } from '../src/app.js';
import { TestClock } from './flow.js';

const CHROMIUM = '/usr/bin/chromium';
const DOCS_SCREENSHOT = new URL('../../../docs/street-office.png', import.meta.url).pathname;

describe('street office in Chromium', () => {
  let dir = '';
  let office: StreetOffice;
  let browser: Browser | undefined;
  let base = '';
  let processPath = '';
  const clock = new TestClock('2026-09-01T09:00:00');

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: run scripts/setup.sh (apt-get install -y chromium)`);
    }
    dir = mkdtempSync(join(tmpdir(), 'street-office-e2e-'));
    office = await createStreetOffice({
      store: await openSqliteStore({ path: join(dir, 'office.db') }),
      clock: clock.read,
    });
    base = await office.app.listen({ host: '127.0.0.1', port: 0 });
    const id = (await office.complex.processes())[0]?.processId ?? '';
    processPath = `/p/${encodeURIComponent(id)}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await office?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh browser context signed in as `account`, on the process page. */
  async function signIn(account: string): Promise<Page> {
    const context = await (browser as Browser).newContext({
      viewport: { width: 1300, height: 1100 },
    });
    const page = await context.newPage();
    await page.goto(`${base}/signin`);
    await page.fill('input[name="account"]', account);
    await page.fill('input[name="password"]', 'jiayuan');
    await Promise.all([page.waitForURL(`${base}/`), page.click('button:has-text("Sign in")')]);
    await page.goto(`${base}${processPath}`);
    return page;
  }

  async function submit(page: Page, type: string, fields: Record<string, string> = {}) {
    const form = page.locator(`form[data-event="${type}"]`);
    for (const [name, value] of Object.entries(fields)) {
      await form.locator(`[name="${name}"]`).fill(value);
    }
    await Promise.all([page.waitForLoadState('load'), form.locator('button').click()]);
    await page.waitForSelector('[data-testid="accepted"], [data-testid="refusal"]');
    return (
      (await page
        .locator('[data-testid="accepted"], [data-testid="refusal"]')
        .first()
        .textContent()) ?? ''
    );
  }

  it('carries a dismissal through the vote to the hand-over', { timeout: 300_000 }, async () => {
    const chair = await signIn('chair-chen');
    expect(await chair.getByTestId('who').textContent()).toContain('陈静');
    expect(await submit(chair, 'PROPOSE_DISMISSAL')).toContain('已受理');
    clock.set('2026-09-02T10:00:00');
    await chair.reload();
    expect(await submit(chair, 'REPORT_TO_PARTY_ORGANISATION')).toContain('已受理');
    expect(
      await submit(chair, 'NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', {
        'f.meetingAt': '2026-09-18T09:00:00',
        'f.place': '小区会所',
        'f.agenda': '解聘物业服务企业',
      }),
    ).toContain('已受理');
    // 15 days' notice (SH 25 ¶2) counted from the day after (CC 201) runs 09-03 to 09-17, a last
    // day that may be the meeting's own: an opening on 09-16 is a day short.
    const short = await submit(chair, 'CALL_ASSEMBLY', {
      'f.opensAt': '2026-09-16T09:00:00',
      'f.closesAt': '2026-09-30T18:00:00',
    });
    expect(short).toContain('未受理');
    expect(
      await submit(chair, 'CALL_ASSEMBLY', {
        'f.opensAt': '2026-09-18T09:00:00',
        'f.closesAt': '2026-09-30T18:00:00',
      }),
    ).toContain('已受理');
    clock.set('2026-09-18T09:00:00');
    await chair.reload();
    expect(await submit(chair, 'OPEN_VOTE', { 'f.voteId': 'dismissal-vote' })).toContain('已受理');

    // Nine of twelve owners agree, one disagrees: 10/12 heads take part (≥ 2/3, CC 278 ¶2).
    clock.set('2026-09-20T20:00:00');
    const numbers = [
      '1-101',
      '1-201',
      '1-301',
      '1-401',
      '1-501',
      '1-601',
      '2-101',
      '2-201',
      '2-301',
      '2-401',
    ];
    for (const [i, number] of numbers.entries()) {
      const owner = await signIn(`owner-${number}`);
      const form = owner.locator('form[data-event="CAST_BALLOT"]');
      await form.locator(`input[value="${i === 0 ? 'disagree' : 'agree'}"]`).check();
      await Promise.all([owner.waitForLoadState('load'), form.locator('button').click()]);
      expect(await owner.getByTestId('accepted').textContent()).toContain('已受理');
      await owner.context().close();
    }

    // The firm sees no ballot form; a forged one is refused for its role.
    const firm = await signIn('firm-anju');
    expect(await firm.locator('form[data-event="CAST_BALLOT"]').count()).toBe(0);
    // Posted with the firm's own session, as a tampered page would post it.
    await firm.request.post(`${base}${processPath}/send`, {
      form: {
        type: 'CAST_BALLOT',
        'f.ballot':
          '{"id":"b","unitId":"unit-2-601","castBy":"owner-2-601","choice":"disagree","channel":"electronic"}',
      },
      maxRedirects: 0,
    });
    await firm.goto(`${base}${processPath}`);
    await firm.waitForSelector('[data-testid="refusal"]');
    expect(await firm.getByTestId('refusal-code').textContent()).toBe('not-permitted');

    await chair.reload();
    expect(await chair.getByTestId('tally').textContent()).toContain('收到表决票 10 张');
    await chair.screenshot({
      path: process.env.UPDATE_DOCS === '1' ? DOCS_SCREENSHOT : join(dir, 'street-office.png'),
      fullPage: false,
    });

    clock.set('2026-10-01T09:00:00');
    await chair.reload();
    expect(await submit(chair, 'CLOSE_VOTE')).toContain('已受理');
    expect(await chair.getByTestId('tally').textContent()).toContain('通过 passed');
    clock.set('2026-10-02T10:00:00');
    await chair.reload();
    expect(
      await submit(chair, 'SERVE_DISMISSAL_NOTICE', { 'f.effectiveAt': '2026-12-02T00:00:00' }),
    ).toContain('已受理');

    clock.set('2026-12-02T00:00:00');
    await office.tick();
    clock.set('2026-12-05T10:00:00');
    await firm.goto(`${base}${processPath}`);
    for (const item of [
      'documents',
      'maintenance-records',
      'public-revenue-balance',
      'management-premises',
    ]) {
      const form = firm.locator('form[data-event="HAND_OVER_ITEM"]');
      await form.locator('select[name="f.item"]').selectOption(JSON.stringify(item));
      await form.locator('[name="f.receipt"]').fill(`R-${item}`);
      await Promise.all([firm.waitForLoadState('load'), form.locator('button').click()]);
      expect(await firm.getByTestId('accepted').textContent()).toContain('已受理');
    }
    expect(await firm.getByTestId('missed').textContent()).toBe('');
  });
});
