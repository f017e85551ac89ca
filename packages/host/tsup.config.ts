import { defineConfig } from 'tsup';

export default defineConfig({
  // The PostgreSQL store is its own entry: the main one must not import `pg` or `pg-boss`.
  entry: ['src/index.ts', 'src/postgres.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  // One copy of the shared modules for both entries in CommonJS too, so an error class thrown by
  // the PostgreSQL store is the one `instanceof` checks in the host.
  splitting: true,
});
