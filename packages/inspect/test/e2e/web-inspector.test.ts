// End to end in real Chromium (Debian's /usr/bin/chromium, driven by playwright-core): build the
// example, serve it on 127.0.0.1, click through a complete committee election (screenshot taken
// mid-election; written to docs/ with UPDATE_DOCS=1, else to a temp dir) and a complete sample
// owners' vote.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExample, serve } from './serve.js';

const CHROMIUM = '/usr/bin/chromium';
const DOCS_SCREENSHOT = new URL('../../../../docs/web-inspector.png', import.meta.url).pathname;
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('web inspector in Chromium', () => {
  let context: BrowserContext | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  let profile: string | undefined;
  let dist: string | undefined;
  let screenshot = DOCS_SCREENSHOT;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} is missing: the end-to-end test needs Debian's chromium; run scripts/setup-chromium.sh (as root: apt-get update && apt-get install -y chromium)`,
      );
    }
    dist = await buildExample();
    server = await serve(dist);
    profile = mkdtempSync(join(tmpdir(), 'jiayuan-chromium-'));
    // The committed screenshot changes only on request, so a test run leaves docs/ untouched.
    screenshot =
      process.env.UPDATE_DOCS === '1' ? DOCS_SCREENSHOT : join(profile, 'web-inspector.png');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1400, height: 1000 },
    });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    for (const dir of [profile, dist])
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  const state = (page: Page) => page.getByTestId('state').textContent();
  const buttons = async (page: Page) =>
    (
      await page
        .locator('[data-testid^="send-"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')))
    ).sort();

  it('ships no chunk over 500 KB and no layout engine (the diagrams are drawn at build time)', () => {
    const assets = join(dist as string, 'assets');
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const sizes = Object.fromEntries(scripts.map((f) => [f, statSync(join(assets, f)).size]));
    expect(scripts.length).toBeGreaterThan(1);
    expect(Object.entries(sizes).filter(([, bytes]) => bytes > 500 * 1024)).toEqual([]);
    expect(scripts.some((f) => f.startsWith('elk'))).toBe(false);
  });

  it('clicks through a complete committee election: nominate, review, list, call, vote, count', async () => {
    const page = await context!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server!.url);
    expect(await page.getByTestId('machine').inputValue()).toBe('committeeReElection');
    await page.getByTestId('complex').selectOption('meihao');
    await expect.poll(() => state(page)).toContain('等待业主委员会书面报告');
    await expect.poll(() => page.locator('[data-testid="diagram"] svg').count()).toBe(1);
    expect(await buttons(page)).toContain('send-REPORT_TERM_END');
    expect(await buttons(page)).not.toContain('send-NOMINATE');

    // The four dated steps before the election, each dispatched: report, group, roll, seats.
    await page.getByTestId('helper-fast-forward').click();
    await expect.poll(() => state(page)).toContain('提名与资格审查');
    const okCount = () => page.getByTestId('log').locator('li.ok').count();
    expect(await okCount()).toBe(4);
    expect(await page.locator('style').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('assembly.nominating')]),
    );
    expect(await buttons(page)).toEqual(
      expect.arrayContaining(['send-NOMINATE', 'send-SIGN_UNDERTAKING', 'send-VET_CANDIDATE']),
    );
    expect(await buttons(page)).not.toContain('send-CAST_BALLOT');

    // Four candidates for three seats: the editor is prefilled with the next owner; the fourth
    // nomination is edited by hand to name o5.
    for (const id of ['o1', 'o2', 'o3']) {
      await expect.poll(() => page.getByTestId('payload-NOMINATE').inputValue()).toContain(id);
      await page.getByTestId('send-NOMINATE').click();
    }
    await page.getByTestId('payload-NOMINATE').fill('{"candidateId":"o5"}');
    await page.getByTestId('send-NOMINATE').click();
    for (let i = 0; i < 4; i++) await page.getByTestId('send-SIGN_UNDERTAKING').click();
    for (let i = 0; i < 4; i++) await page.getByTestId('send-VET_CANDIDATE').click();
    await expect.poll(okCount).toBe(16);

    await page.getByTestId('send-REPORT_CANDIDATES').click();
    await expect.poll(() => state(page)).toContain('候选人联审');
    await page.getByTestId('send-JOINT_REVIEW').click();
    await expect.poll(() => state(page)).toContain('候选人名单已确定');
    await page.getByTestId('send-POST_NOTICE').click();
    await expect.poll(() => state(page)).toContain('会议已公告');
    await page.getByTestId('send-OPEN_ELECTION').click();
    await expect.poll(() => state(page)).toContain('投票表决');
    expect(await buttons(page)).toEqual(
      expect.arrayContaining(['send-CAST_BALLOT', 'send-CLOSE_ELECTION']),
    );

    // Counting before voting closes is refused, with the reason in both languages.
    await page.getByTestId('send-CLOSE_ELECTION').click();
    const rejection = page.getByTestId('rejection');
    await expect.poll(() => rejection.textContent()).toContain('rule-violated');
    expect(await rejection.textContent()).toContain('此前不能结束计票');
    expect(await rejection.textContent()).toContain('it cannot be counted before');

    // One ballot by hand (prefilled: unit u1 approving the first three), then four samples.
    expect(await page.getByTestId('payload-CAST_BALLOT').inputValue()).toContain('"unitId":"u1"');
    await page.getByTestId('send-CAST_BALLOT').click();
    await page.getByTestId('helper-sample-ballots').click();
    await expect.poll(okCount).toBe(25);
    const tally = page.getByTestId('tally');
    await expect.poll(() => tally.locator('[data-testid^="tally-"]').count()).toBe(4);
    expect(await page.getByTestId('tally-o1').textContent()).toContain('5/6');
    expect(await page.getByTestId('tally-o5').textContent()).toContain('要求过半数：未达到');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);

    await page.getByTestId('send-TICK').click();
    await page.getByTestId('send-CLOSE_ELECTION').click();
    await expect.poll(() => state(page)).toContain('推选主任、副主任');
    expect(await page.getByTestId('result').textContent()).toBe('当选委员：o1、o2、o3');
    expect(await page.getByTestId('tally-o3').textContent()).toContain('表决通过');
    const log = await page.getByTestId('log').locator('li').allTextContents();
    expect(log.filter((line) => line.includes('rule-violated'))).toHaveLength(1);
    expect(log).toHaveLength(28);

    await page.getByTestId('locale').click();
    await expect
      .poll(() => page.getByTestId('result').textContent())
      .toBe('Elected members: o1, o2, o3');
    expect(await state(page)).toContain('Choosing officers');
    expect(errors).toEqual([]);
  }, 180_000);

  it('runs a complete vote: allowed events only, bilingual refusals, log, tally, zh/en', async () => {
    const page = await context!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server!.url);
    await page.getByTestId('machine').selectOption('ownersVote');
    await page.getByTestId('complex').selectOption('meihao');

    await expect.poll(() => state(page)).toBe('方案拟定');
    await expect.poll(() => page.locator('[data-testid="diagram"] svg').count()).toBe(1);
    // The current state is highlighted in the live diagram.
    expect(await page.locator('style').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('data-state="ownersVote.drafting"')]),
    );
    expect(await buttons(page)).toEqual(['send-PROPOSE', 'send-TICK']);

    await page.getByTestId('send-PROPOSE').click();
    await expect.poll(() => state(page)).toBe('已公告');
    await page.getByTestId('send-OPEN_VOTE').click();
    await expect.poll(() => state(page)).toBe('投票中');
    expect(await buttons(page)).toEqual(['send-CAST', 'send-CLOSE_VOTE', 'send-TICK']);

    // Closing before the period is over is refused, with the reason in both languages.
    await page.getByTestId('send-CLOSE_VOTE').click();
    const rejection = page.getByTestId('rejection');
    await expect.poll(() => rejection.textContent()).toContain('rule-violated');
    expect(await rejection.textContent()).toContain('尚不能结束投票');
    expect(await rejection.textContent()).toContain('it cannot close yet');

    // Any input typed as JSON goes through dispatch too: the wrong role is refused, in both languages.
    await page.getByTestId('json-editor').click();
    await page.getByTestId('draft').fill(
      JSON.stringify({
        type: 'CLOSE_VOTE',
        at: '2026-03-02T12:00:00Z',
        by: { id: 'x', role: 'owner' },
      }),
    );
    await page.getByTestId('submit-draft').click();
    await expect.poll(() => rejection.textContent()).toContain('not-permitted');
    expect(await rejection.textContent()).toContain('业主委员会');
    expect(await rejection.textContent()).toContain("owners' committee");

    // Four of six owners agree; a second ballot for the same unit by the same owner supersedes.
    for (const unit of ['u1', 'u2', 'u3', 'u4']) {
      await page.getByTestId('unit').selectOption(unit);
      await page.getByTestId('choice').selectOption('agree');
      await page.getByTestId('send-CAST').click();
    }
    await page.getByTestId('unit').selectOption('u5');
    await page.getByTestId('choice').selectOption('disagree');
    await page.getByTestId('send-CAST').click();
    await expect.poll(() => page.getByTestId('log').locator('li.ok').count()).toBe(7);
    await expect.poll(() => page.getByTestId('tally').textContent()).toContain('同意');

    for (let day = 0; day < 3; day++) await page.getByTestId('send-TICK').click();
    await page.getByTestId('send-CLOSE_VOTE').click();
    await expect.poll(() => state(page)).toBe('通过');
    expect(await buttons(page)).toEqual([]);
    expect(await page.getByTestId('tally').textContent()).toMatch(/通过/);
    const log = await page.getByTestId('log').locator('li').allTextContents();
    expect(log.filter((line) => line.includes('rule-violated'))).toHaveLength(1);
    expect(log).toHaveLength(13);

    await page.getByTestId('locale').click();
    await expect.poll(() => state(page)).toBe('Passed');
    expect(await page.locator('[data-testid="diagram"] svg text').allTextContents()).toEqual(
      expect.arrayContaining(['Voting [3]']),
    );
    expect(await page.getByTestId('tally').textContent()).toMatch(/passed/i);
    expect(errors).toEqual([]);
  }, 120_000);
});
