// The relay at its trust boundary: a web page from another origin cannot connect (so it cannot
// read the buffered snapshot or inject a message), and an oversized message is refused unread.
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  DEFAULT_MAX_MESSAGE_BYTES,
  type InspectorRelay,
  MESSAGE_TOO_BIG,
  startInspectorRelay,
} from '../src/node.js';

const relays: InspectorRelay[] = [];
afterEach(async () => {
  for (const relay of relays.splice(0)) await relay.close();
});

async function relay(options: Parameters<typeof startInspectorRelay>[0] = {}) {
  const r = await startInspectorRelay(options);
  relays.push(r);
  return r;
}

interface Client {
  readonly socket: WebSocket;
  readonly received: string[];
}

/** Connects (with `origin` as a browser would send it, or none as a Node process does). */
function connect(url: string, origin?: string): Promise<Client> {
  const socket = new WebSocket(url, origin === undefined ? {} : { origin });
  const received: string[] = [];
  socket.on('message', (data) => received.push(data.toString()));
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket, received }));
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`HTTP ${response.statusCode}`)),
    );
    socket.once('error', reject);
  });
}

/** Refused at the upgrade: the HTTP status, having received nothing. */
function refused(url: string, origin: string): Promise<number> {
  const socket = new WebSocket(url, { origin });
  let messages = 0;
  socket.on('message', () => messages++);
  return new Promise((resolve, reject) => {
    socket.once('open', () => reject(new Error(`${origin} was let in`)));
    socket.once('unexpected-response', (_request, response) => {
      expect(messages).toBe(0);
      resolve(response.statusCode ?? 0);
    });
    socket.once('error', reject);
  });
}

function closed(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

/** Waits until `client` has `count` messages, or 5 s. */
async function until(client: Client, count: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while (client.received.length < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('Origin allow list', { timeout: 30_000 }, () => {
  it("lets in the relay's own page (127.0.0.1 and localhost) and a Node process without Origin", async () => {
    const r = await relay();
    const viewer = await connect(r.url);
    for (const origin of [`http://127.0.0.1:${r.port}`, `http://localhost:${r.port}`]) {
      const page = await connect(r.url, origin);
      page.socket.send(`from ${origin}`);
      page.socket.close();
    }
    await until(viewer, 2);
    expect(viewer.received).toEqual([
      `from http://127.0.0.1:${r.port}`,
      `from http://localhost:${r.port}`,
    ]);
    viewer.socket.close();
  });

  it('a page from another origin is refused with 403: it gets no buffered snapshot and injects nothing', async () => {
    const r = await relay();
    const producer = await connect(r.url);
    const viewer = await connect(r.url, `http://127.0.0.1:${r.port}`);
    producer.socket.send('{"snapshot":"owners and their votes"}');
    await until(viewer, 1);
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1:${r.port + 1}`,
      `https://127.0.0.1:${r.port}`,
      `http://127.0.0.1.evil.example:${r.port}`,
      'null',
    ]) {
      expect(await refused(r.url, origin)).toBe(403);
    }
    // Nothing reached the viewer but the producer's message, and a new viewer's buffer holds
    // only that.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(viewer.received).toEqual(['{"snapshot":"owners and their votes"}']);
    const late = await connect(r.url);
    await until(late, 1);
    expect(late.received).toEqual(['{"snapshot":"owners and their votes"}']);
    for (const c of [producer, viewer, late]) c.socket.close();
  });

  it('allowedOrigins adds origins (compared as origins), and only those', async () => {
    const r = await relay({ allowedOrigins: ['http://LOCALHOST:5173/'] });
    const dev = await connect(r.url, 'http://localhost:5173');
    dev.socket.close();
    expect(await refused(r.url, 'http://localhost:5174')).toBe(403);
  });
});

describe('message size cap', { timeout: 60_000 }, () => {
  it('relays a message of exactly the limit; one byte more closes its sender with 1009, relayed to nobody', async () => {
    const r = await relay({ maxMessageBytes: 1024 });
    const viewer = await connect(r.url);
    const sender = await connect(r.url);
    sender.socket.send('a'.repeat(1024));
    await until(viewer, 1);
    expect(viewer.received.map((m) => m.length)).toEqual([1024]);
    const code = closed(sender.socket);
    sender.socket.send('b'.repeat(1025));
    expect(await code).toBe(MESSAGE_TOO_BIG);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(viewer.received.map((m) => m.length)).toEqual([1024]);
    viewer.socket.close();
  });

  it('refuses a 50 MB message under the default limit of 1 MiB: closed with 1009, not relayed, not buffered', async () => {
    expect(DEFAULT_MAX_MESSAGE_BYTES).toBe(1024 * 1024);
    const r = await relay();
    const viewer = await connect(r.url);
    const sender = await connect(r.url);
    sender.socket.send('x'.repeat(DEFAULT_MAX_MESSAGE_BYTES));
    await until(viewer, 1);
    expect(viewer.received.map((m) => m.length)).toEqual([DEFAULT_MAX_MESSAGE_BYTES]);
    const code = closed(sender.socket);
    sender.socket.send(`{"forged":"${'y'.repeat(50 * 1024 * 1024)}"}`);
    expect(await code).toBe(MESSAGE_TOO_BIG);
    const late = await connect(r.url);
    await until(late, 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(late.received.map((m) => m.length)).toEqual([DEFAULT_MAX_MESSAGE_BYTES]);
    expect(viewer.received).toHaveLength(1);
    for (const c of [viewer, late]) c.socket.close();
  });

  it('keeps at most bufferBytes of recent messages for new viewers, dropping the oldest', async () => {
    const r = await relay({ bufferBytes: 2500 });
    const sender = await connect(r.url);
    for (const c of ['1', '2', '3']) sender.socket.send(c.repeat(1000));
    const watcher = await connect(r.url);
    sender.socket.send('end');
    await until(watcher, 1);
    const late = await connect(r.url);
    await until(late, 3);
    // 3,000 bytes were sent before 'end': the first 1,000 went to keep 2,500.
    expect(late.received.map((m) => m.slice(0, 1))).toEqual(['2', '3', 'e']);
    for (const c of [sender, watcher, late]) c.socket.close();
  });
});
