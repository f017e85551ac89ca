import { existsSync } from 'node:fs';
import { COMMUNITY_MACHINES, dueItems, streetView } from '@jiayuan/community';
import type { Locale } from '@jiayuan/core';
import { createHost, type Host, openSqliteStore } from '@jiayuan/host';
import { CliError, EXIT_CODES } from '../exit-codes.js';
import { say, t } from '../i18n.js';

/** Opens a host over an existing database file. */
export async function openHost(db: string): Promise<Host> {
  if (!existsSync(db)) throw new CliError(`no database at ${db}`, EXIT_CODES.notFound);
  return createHost({ store: await openSqliteStore({ path: db }), machines: COMMUNITY_MACHINES });
}

async function snapshots(host: Host) {
  const out = [];
  for (const id of (await host.store.processIds()).sort()) {
    const stored = await host.store.load(id);
    if (stored !== undefined)
      out.push({
        processId: id,
        machine: stored.envelope.machine,
        seq: stored.seq,
        snapshot: stored.envelope.snapshot,
      });
  }
  return out;
}

function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return String(value);
  return Object.entries(value)
    .map(([k, v]) => (typeof v === 'string' ? `${k}.${v}` : `${k}.${valueText(v)}`))
    .join(',');
}

/** `jiayuan status`: every process, its machine, state and version; or one process in JSON. */
export async function runStatus(
  db: string,
  processId: string | undefined,
  locale: Locale,
  out: (s: string) => void,
): Promise<number> {
  const host = await openHost(db);
  try {
    const all = await snapshots(host);
    if (processId !== undefined) {
      const p = all.find((s) => s.processId === processId);
      if (p === undefined) throw new CliError(`no process ${processId}`, EXIT_CODES.notFound);
      out(JSON.stringify(p, null, 2));
      return EXIT_CODES.ok;
    }
    out(say(locale, t(`${db}：${all.length} 个流程`, `${db}: ${all.length} process(es)`)));
    for (const s of all) {
      const snap = s.snapshot as { status?: string; value?: unknown };
      out(
        `  ${s.processId}  ${s.machine}  ${snap.status ?? '?'}  ${valueText(snap.value)}  seq ${s.seq}`,
      );
    }
    const now = new Date().toISOString();
    const view = streetView(all, latestNow(all) ?? now);
    out(
      say(
        locale,
        t(
          `本周到期 ${view.dueThisWeek}，逾期 ${view.overdue}；党组织覆盖 ${view.coverage.organisational.covered}/${view.coverage.organisational.total}，工作覆盖 ${view.coverage.work.covered}/${view.coverage.work.total}`,
          `due this week ${view.dueThisWeek}, overdue ${view.overdue}; organisational coverage ${view.coverage.organisational.covered}/${view.coverage.organisational.total}, work coverage ${view.coverage.work.covered}/${view.coverage.work.total}`,
        ),
      ),
    );
    return EXIT_CODES.ok;
  } finally {
    await host.store.close();
  }
}

function latestNow(all: readonly { snapshot: unknown }[]): string | undefined {
  let best: string | undefined;
  for (const s of all) {
    const now = (s.snapshot as { context?: { now?: unknown } }).context?.now;
    if (typeof now === 'string' && (best === undefined || Date.parse(now) > Date.parse(best)))
      best = now;
  }
  return best;
}

/** `jiayuan due`: deadlines due within `days` of `at` (default: the latest process time) and overdue ones. */
export async function runDue(
  db: string,
  at: string | undefined,
  days: number,
  locale: Locale,
  out: (s: string) => void,
): Promise<number> {
  const host = await openHost(db);
  try {
    const all = await snapshots(host);
    const now = at ?? latestNow(all) ?? new Date().toISOString();
    const items = dueItems(all, now, days);
    out(say(locale, t(`截至 ${now}（${days} 天内）：`, `As of ${now} (within ${days} days):`)));
    if (items.length === 0) out(say(locale, t('  无到期或逾期事项', '  nothing due or overdue')));
    for (const i of items) {
      const tag =
        i.kind === 'overdue' ? say(locale, t('逾期', 'OVERDUE')) : say(locale, t('到期', 'due'));
      out(`  [${tag}] ${i.lastDay}  ${i.processId}  ${i.title[locale]}  (${i.cite.join(', ')})`);
    }
    return EXIT_CODES.ok;
  } finally {
    await host.store.close();
  }
}

/** `jiayuan send <process> <event-json>`: one event through the host; a refusal exits 4 with its reason. */
export async function runSend(
  db: string,
  processId: string,
  json: string,
  locale: Locale,
  out: (s: string) => void,
): Promise<number> {
  let event: unknown;
  try {
    event = JSON.parse(json);
  } catch (error) {
    throw new CliError(
      `event is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const host = await openHost(db);
  try {
    if ((await host.store.head(processId)) === undefined)
      throw new CliError(`no process ${processId}`, EXIT_CODES.notFound);
    const r = await host.send(processId, event);
    if (!r.ok) {
      out(`✗ [${r.rejection.code}] ${r.rejection.message[locale]}`);
      if (r.rejection.rule !== undefined)
        out(`  ${r.rejection.rule.id}: ${r.rejection.rule.citations.join(', ')}`);
      return EXIT_CODES.refused;
    }
    const snap = r.envelope.snapshot as { value?: unknown };
    out(`✓ ${processId} seq ${r.seq} → ${valueText(snap.value)}`);
    return EXIT_CODES.ok;
  } finally {
    await host.store.close();
  }
}
