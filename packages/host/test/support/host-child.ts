// A host in a child process for the crash and concurrency tests. Reads JSON commands from stdin,
// one per line, and answers on stdout once each is durably done (its acknowledgement).
// argv: <sqlite|postgres> <path or connection string> <clock ISO or "real"> <concurrency>
import { createInterface } from 'node:readline';
import {
  createHost,
  type HostStore,
  openSqliteStore,
  ProcessExistsError,
} from '../../src/index.js';
import { openPostgresStore } from '../../src/postgres.js';
import { petitionV1 } from './petition.js';

/** A command from the parent. */
export type ChildCommand =
  | {
      readonly op: 'start';
      readonly id: string;
      readonly processId: string;
      readonly input: unknown;
    }
  | {
      readonly op: 'send';
      readonly id: string;
      readonly processId: string;
      readonly event: unknown;
      readonly key: string;
    }
  | { readonly op: 'exit' };

/** A line the child writes. */
export type ChildReply =
  | { readonly ready: true; readonly pid: number }
  | { readonly ack: string; readonly ok: boolean; readonly code?: string }
  | { readonly failed: string; readonly error: string }
  | { readonly bye: true };

const [kind, target, clockArg, concurrencyArg] = process.argv.slice(2);
const say = (reply: ChildReply) => process.stdout.write(`${JSON.stringify(reply)}\n`);

async function main(): Promise<void> {
  if (target === undefined)
    throw new Error('usage: host-child <kind> <target> <clock> <concurrency>');
  const store: HostStore =
    kind === 'postgres'
      ? await openPostgresStore({ connectionString: target, poolSize: 8 })
      : await openSqliteStore({ path: target, synchronous: 'normal' });
  const fixed = clockArg === undefined || clockArg === 'real' ? undefined : new Date(clockArg);
  const host = createHost({
    store,
    machines: [petitionV1],
    ...(fixed === undefined ? {} : { clock: () => fixed }),
  });
  const loop = await host.runDeadlines({ intervalMs: 5 });
  const limit = Math.max(1, Number(concurrencyArg ?? '1'));
  const queue: ChildCommand[] = [];
  let active = 0;
  let exiting = false;

  const perform = async (command: ChildCommand): Promise<void> => {
    if (command.op === 'start') {
      try {
        await host.start({
          machine: 'petition',
          input: command.input,
          processId: command.processId,
        });
      } catch (error) {
        if (!(error instanceof ProcessExistsError)) throw error;
      }
      say({ ack: command.id, ok: true });
    } else if (command.op === 'send') {
      const result = await host.sendTrusted(command.processId, command.event, { key: command.key });
      say(
        result.ok
          ? { ack: command.id, ok: true }
          : { ack: command.id, ok: false, code: result.rejection.code },
      );
    }
  };
  const pump = (): void => {
    while (active < limit && queue.length > 0) {
      const command = queue.shift()!;
      if (command.op === 'exit') {
        exiting = true;
        continue;
      }
      active++;
      perform(command)
        .catch((error: unknown) =>
          say({ failed: 'id' in command ? command.id : '', error: String(error) }),
        )
        .finally(() => {
          active--;
          pump();
        });
    }
    if (exiting && active === 0 && queue.length === 0) {
      exiting = false;
      void loop
        .stop()
        .then(() => host.close())
        .then(() => {
          say({ bye: true });
          process.exit(0);
        });
    }
  };
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() === '') return;
    queue.push(JSON.parse(line) as ChildCommand);
    pump();
  });
  say({ ready: true, pid: process.pid });
}

main().catch((error: unknown) => {
  say({ failed: 'main', error: String(error) });
  process.exit(1);
});
