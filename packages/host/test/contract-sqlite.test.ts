import { runContract } from './support/contract.js';
import { runProfileContract } from './support/contract-profiles.js';
import { sqliteHarness } from './support/sqlite-harness.js';

runContract('embedded SQLite (libsql)', sqliteHarness);
runProfileContract('embedded SQLite (libsql)', sqliteHarness);
