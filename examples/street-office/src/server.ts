// Runs the street office on 127.0.0.1: `PORT` (default 3000), `JIAYUAN_DB` (default
// ./street-office.db, SQLite). Sign in as clerk-wang, chair-chen, owner-1-101 … with password
// `jiayuan`. The host's scheduler delivers deadlines every minute while the server runs.
import { openSqliteStore } from '@jiayuan/host';
import { createStreetOffice } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const store = await openSqliteStore({ path: process.env.JIAYUAN_DB ?? 'street-office.db' });
const office = await createStreetOffice({ store, deadlineIntervalMs: 60_000 });
await office.app.listen({ host: '127.0.0.1', port });
console.log(`street office on http://127.0.0.1:${port} (password: jiayuan)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void office.close().then(() => process.exit(0));
  });
}
