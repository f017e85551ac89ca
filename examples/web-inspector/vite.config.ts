import { defineConfig } from 'vite';
import { diagrams } from './diagrams-plugin.js';

// The page imports the packages as a host app would: from their built entries (run
// `pnpm build` at the repository root first, or install them from the registry). Diagrams are
// drawn at build time (diagrams-plugin.ts); libraries go to chunks of their own, each group split
// at 400 KB (core's citation tables and profiles alone pass 500 KB), so none is over the 500 KB
// warning and the app's own code caches apart from them.
const CHUNKS: Readonly<Record<string, readonly string[]>> = {
  react: ['react', 'react-dom', 'scheduler'],
  xstate: ['xstate', '@xstate/react', '@statelyai/inspect'],
  zod: ['zod'],
  jiayuan: ['@jiayuan/core', '@jiayuan/committee', '@jiayuan/inspect'],
};

function chunkOf(id: string): string | undefined {
  const path = id.replaceAll('\\', '/');
  for (const [chunk, names] of Object.entries(CHUNKS)) {
    if (
      names.some(
        (name) =>
          path.includes(`/node_modules/${name}/`) ||
          path.includes(`/packages/${name.replace('@jiayuan/', '')}/dist/`),
      )
    ) {
      return chunk;
    }
  }
  return undefined;
}

export default defineConfig({
  base: './',
  plugins: [diagrams()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: (id) => chunkOf(id) ?? null, maxSize: 400 * 1024 }] },
      },
    },
  },
});
