import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests run against sources: every @jiayuan/* import resolves to its package's src/index.ts,
// and a subpath entry listed here to its source (before the package's own entry, which would
// otherwise take the subpath as a path under src/index.ts).
const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url));
const subpaths = [
  { find: '@jiayuan/host/postgres', replacement: 'host/src/postgres.ts' },
  { find: '@jiayuan/core/dispatch', replacement: 'core/src/dispatch-entry/index.ts' },
];
const alias = [
  ...subpaths.map(({ find, replacement }) => ({
    find,
    replacement: fileURLToPath(new URL(`./packages/${replacement}`, import.meta.url)),
  })),
  ...readdirSync(packagesDir)
    .filter((name) => existsSync(`${packagesDir}${name}/src/index.ts`))
    .map((name) => ({
      find: `@jiayuan/${name}`,
      replacement: fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url)),
    })),
];

export default defineConfig(({ mode }) => ({
  resolve: { alias },
  test: {
    // `vitest run` also runs every benchmark once, as a smoke test (scripts/bench.ts), so a bench
    // that throws fails `pnpm test`; `vitest bench` (mode 'benchmark') times them as usual.
    include: [
      'packages/*/test/**/*.test.ts',
      'examples/*/test/**/*.test.ts',
      'packages/*/bench/**/*.bench.ts',
    ],
    env: mode === 'benchmark' ? {} : { JIAYUAN_BENCH: 'smoke' },
    // Not vitest's 5 s default: the build machine has 2 cores shared by several builds, and a
    // test that takes 1 s alone has taken over 5 s under that load. Heavy tests (property, fuzz,
    // path, scenario, PostgreSQL, Chromium) still declare their own timeout, sized at 3–5× their
    // time here (scripts/check-test-timeouts.mjs checks the property, fuzz and path tests).
    testTimeout: 30_000,
    hookTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ['packages/*/test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    benchmark: {
      include: ['packages/*/bench/**/*.bench.ts'],
    },
  },
}));
