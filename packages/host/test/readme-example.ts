// The host README's example, compiled with the tests: readme.test.ts checks the README shows
// this code between the markers, so the README cannot drift from a signature.
import {
  COMMITTEE_SNAPSHOT_VERSIONS,
  formationMachine,
  formationMigrations,
} from '@jiayuan/committee';
import { createHost, openSqliteStore } from '../src/index.js';

declare const input: unknown;
declare const request: { readonly id: string; readonly body: unknown };
declare const session: { readonly userId: string; readonly displayName: string };
declare function reply(status: number, body: unknown): void;
declare const bus: { publish(type: string, payload: unknown): void };

/** The README's example, as a function so that it compiles without running. */
export async function readmeExample(): Promise<void> {
  // README:start
  const host = createHost({
    store: await openSqliteStore({ path: 'jiayuan.db' }),
    // The version a machine's snapshots are at, and its migrations from older ones, come from
    // its package (or take every machine of a complex at once: COMMUNITY_MACHINES).
    machines: [
      {
        id: 'committee.formation',
        version: COMMITTEE_SNAPSHOT_VERSIONS.formation,
        machine: formationMachine,
        migrations: formationMigrations,
      },
    ],
    // A role assigned for complex "c17" acts in each of its processes ("c17/…").
    scopesOf: (processId) => [processId.split('/')[0] ?? processId],
  });
  await host.assign({
    principal: 'wang-li',
    role: 'preparatory-group',
    scope: 'c17',
    grantedBy: 'street-office-zhang',
    reason: 'preparatory group formed, street office notice no. 12',
  });
  await host.start({ machine: 'committee.formation', processId: 'c17/formation', input });

  // In a request handler: the principal is who your login says, never what the JSON claims.
  const result = await host.send('c17/formation', request.body, {
    principal: { id: session.userId, name: session.displayName },
    key: request.id,
  });
  if (!result.ok) reply(422, result.rejection.message); // e.g. sender-mismatch, time-not-accepted
  const deadlines = await host.runDeadlines();
  await host.drainOutbox((message) => bus.publish(message.type, message.payload));
  // README:end
  await deadlines.stop();
}
