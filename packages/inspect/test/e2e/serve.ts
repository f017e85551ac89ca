// Builds the web inspector example with Vite and serves the result on 127.0.0.1.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';

export const EXAMPLE_DIR = new URL('../../../../examples/web-inspector/', import.meta.url).pathname;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Runs `vite build` for the example into a fresh folder and returns it. */
export async function buildExample(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'jiayuan-web-inspector-'));
  const vite = join(EXAMPLE_DIR, 'node_modules', '.bin', 'vite');
  if (!existsSync(vite))
    throw new Error(`vite is not installed in ${EXAMPLE_DIR}; run pnpm install`);
  await promisify(execFile)(
    vite,
    ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: EXAMPLE_DIR,
      timeout: 180_000,
    },
  );
  return out;
}

/** Serves a folder's files on 127.0.0.1 at a free port. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
