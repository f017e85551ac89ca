import { defineConfig } from 'tsup';

// The declarations of `@jiayuan/core/dispatch`, built after the root's (tsup.config.ts) and on
// their own: one rollup run over both entries would share chunks between them, and a chunk the
// root also uses would import zod. Its JavaScript is the root entry's (package.json `exports`),
// so `dispatch` and `RejectionError` are the same objects whichever entry a host imports.
export default defineConfig({
  entry: { 'dispatch/index': 'src/dispatch-entry/index.ts' },
  format: ['esm', 'cjs'],
  dts: { only: true },
  clean: false,
  target: 'node20',
});
