// Bundles host-child.ts once (esbuild; libsql and the pg drivers stay external) and runs it.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { ChildCommand, ChildReply } from './host-child.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const packageDir = fileURLToPath(new URL('../../', import.meta.url));
let bundled: Promise<string> | undefined;

/** The child script, bundled into the package's node_modules cache (so its externals resolve). */
export function childScript(): Promise<string> {
  bundled ??= (async () => {
    const outDir = `${packageDir}node_modules/.cache/jiayuan-host-test`;
    mkdirSync(outDir, { recursive: true });
    const outfile = `${outDir}/host-child-${process.pid}.mjs`;
    await build({
      entryPoints: [`${here}host-child.ts`],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      tsconfig: fileURLToPath(new URL('../../../../tsconfig.json', import.meta.url)),
      external: ['libsql', 'pg', 'pg-boss'],
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
      logLevel: 'silent',
    });
    return outfile;
  })();
  return bundled;
}

/** A running child host. */
export interface ChildHost {
  readonly process: ChildProcess;
  /** Resolves when the child has opened its store. */
  readonly ready: Promise<void>;
  /** Resolves with the exit code or signal when the child ends. */
  readonly exited: Promise<string>;
  send(command: ChildCommand): void;
  /** Every acknowledgement so far, by command id. */
  readonly acks: Map<string, Extract<ChildReply, { ack: string }>>;
  /** Failures the child reported. */
  readonly failures: string[];
  /** Resolves once `count` acknowledgements arrived (or the child ended). */
  waitForAcks(count: number): Promise<void>;
}

/** Starts a child host; see host-child.ts for the arguments. */
export async function spawnChild(args: readonly string[]): Promise<ChildHost> {
  const script = await childScript();
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const acks = new Map<string, Extract<ChildReply, { ack: string }>>();
  const failures: string[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  const exited = new Promise<string>((resolve) => {
    child.on('exit', (code, signal) => {
      for (const w of waiters.splice(0)) w.resolve();
      onReady();
      resolve(signal ?? String(code));
    });
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const reply = JSON.parse(line) as ChildReply;
    if ('ready' in reply) onReady();
    else if ('ack' in reply) {
      acks.set(reply.ack, reply);
      for (const w of waiters.filter((w) => acks.size >= w.count)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    } else if ('failed' in reply) failures.push(`${reply.failed}: ${reply.error}`);
  });
  child.stdin!.on('error', () => {});
  return {
    process: child,
    ready,
    exited,
    acks,
    failures,
    send: (command) => {
      if (child.stdin!.writable) child.stdin!.write(`${JSON.stringify(command)}\n`);
    },
    waitForAcks: (count) =>
      acks.size >= count || child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ count, resolve })),
  };
}
