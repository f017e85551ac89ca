// Runs the street office on 127.0.0.1:`PORT` (default 3000) over the store `openStore` picks.
// Sign in as clerk-wang, chair-chen, firm-anju or owner-1-101 … owner-2-601, password `jiayuan`.
// Deadlines are delivered, and processes moved to the clock, every minute while it runs.
import { createStreetOffice } from './app.js';
import { openStore } from './store.js';

const port = Number(process.env.PORT ?? 3000);
const office = await createStreetOffice({ store: await openStore(), deadlineIntervalMs: 60_000 });
const address = await office.app.listen({ host: '127.0.0.1', port });
console.log(`street office on ${address} (password: jiayuan)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void office.close().then(() => process.exit(0));
  });
}
