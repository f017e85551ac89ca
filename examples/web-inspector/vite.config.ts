import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page runs the packages from source, so it needs no build of them first.
const src = (name: string) =>
  fileURLToPath(new URL(`../../packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  base: './',
  resolve: {
    alias: {
      '@jiayuan/committee': src('committee'),
      '@jiayuan/core': src('core'),
      '@jiayuan/inspect': src('inspect'),
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { chunkSizeWarningLimit: 4000 },
});
