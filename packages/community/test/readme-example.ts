// The root README's hosted example, compiled with the tests: readme.test.ts checks the README
// shows this code between the markers.

import { createHost, openSqliteStore } from '@jiayuan/host';
import { COMMUNITY_MACHINES, complexScopes } from '../src/index.js';

declare const input: unknown;

/** The README's example, as a function so that it compiles without running. */
export async function readmeExample(): Promise<void> {
  // README:start
  const host = createHost({
    store: await openSqliteStore({ path: 'jiayuan.db' }),
    machines: COMMUNITY_MACHINES,
    scopesOf: complexScopes, // a role in complex "c1" acts in each of its processes
  });
  // Who holds which role is data the host keeps, with who granted it and why.
  await host.assign({
    principal: 'clerk-li',
    role: 'committee',
    scope: 'c1',
    grantedBy: 'street-office-zhang',
    reason: 'counting clerk, committee minutes 2026-03',
  });
  const id = 'c1/dismissal/firm-dismissal#1';
  await host.start({ machine: 'firm.dismissal', processId: id, input });
  // The sender is the signed-in user and the time the host's clock, never what the JSON says;
  // a paper ballot keyed in later keeps the time written on it (at most now + 2 minutes).
  const ballot = {
    type: 'CAST_BALLOT',
    ballot: {
      id: 'b-812',
      unitId: '3-1-1502',
      castBy: 'o-812',
      choice: 'agree',
      channel: 'paper',
      at: '2026-03-25T15:00:00+08:00',
    },
  };
  const result = await host.send(id, ballot, { principal: { id: 'clerk-li' } });
  if (!result.ok) console.log(result.rejection.code, result.rejection.message['zh-CN']);
  // README:end
  await host.close();
}
