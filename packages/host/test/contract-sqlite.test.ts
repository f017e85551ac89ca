import { runContract } from './support/contract.js';
import { sqliteHarness } from './support/sqlite-harness.js';

runContract('embedded SQLite (libsql)', sqliteHarness);
