/**
 * `@jiayuan/host/postgres`: the PostgreSQL store, with pg-boss as its durable deadline queue.
 * A subpath of its own, so that a host on the embedded SQLite store never loads `pg` or
 * `pg-boss`: only an import of this entry does.
 *
 * @packageDocumentation
 */

export { openPostgresStore, type PostgresStoreOptions } from './store/postgres.js';
