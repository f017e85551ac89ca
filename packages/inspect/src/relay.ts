import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { STATELY_INSPECTOR_URL } from './stately/options.js';

/** The loopback address the relay binds to; it never listens on other interfaces. */
export const RELAY_HOST = '127.0.0.1';

/** The largest message the relay accepts by default: 1 MiB. A larger one closes its sender. */
export const DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;

/** How many bytes of recent messages the relay keeps for new viewers by default: 16 MiB. */
export const DEFAULT_BUFFER_BYTES = 16 * 1024 * 1024;

/** The close code a sender gets for a message over the limit (RFC 6455 §7.4.1, "too big"). */
export const MESSAGE_TOO_BIG = 1009;

/** Options of {@link startInspectorRelay}. */
export interface InspectorRelayOptions {
  /** Port to listen on; `0` (default) picks a free one. */
  readonly port?: number;
  /** The inspector page the bridge page embeds; Stately's by default. */
  readonly inspectorUrl?: string;
  /** How many recent messages a newly connected client receives first (default 200). */
  readonly buffer?: number;
  /**
   * The most bytes those recent messages may take together (default
   * {@link DEFAULT_BUFFER_BYTES}); the oldest go first.
   */
  readonly bufferBytes?: number;
  /**
   * The largest message accepted, in bytes (default {@link DEFAULT_MAX_MESSAGE_BYTES}). A larger
   * one is not read: its sender is closed with {@link MESSAGE_TOO_BIG} and nobody receives it.
   */
  readonly maxMessageBytes?: number;
  /**
   * Browser origins allowed to connect besides the relay's own page (`http://127.0.0.1:<port>`
   * and `http://localhost:<port>`), e.g. `['http://localhost:5173']` for a dev server. A
   * connection from any other origin is refused at the upgrade with HTTP 403. A client that
   * sends no `Origin` (a Node process, as `webSocketInspector` is) is not a web page and is let in.
   */
  readonly allowedOrigins?: readonly string[];
}

/** A running relay. */
export interface InspectorRelay {
  /** `ws://127.0.0.1:<port>`: give it to `webSocketInspector({ url })`. */
  readonly url: string;
  /** `http://127.0.0.1:<port>`: open it in a browser to see the Stately inspector. */
  readonly pageUrl: string;
  readonly port: number;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

/**
 * Starts a WebSocket relay on 127.0.0.1 only: each message from one client goes to every other
 * client, and the HTTP page at `pageUrl` embeds the Stately inspector and feeds it the messages.
 * Unlike `@statelyai/inspect/server`, it binds to loopback and opens no browser. Loopback is not
 * enough against a web page in the same browser, so connections are checked against an allow
 * list of origins, and message size is capped.
 */
export async function startInspectorRelay(
  options: InspectorRelayOptions = {},
): Promise<InspectorRelay> {
  const keep = options.buffer ?? 200;
  const keepBytes = options.bufferBytes ?? DEFAULT_BUFFER_BYTES;
  const inspectorUrl = options.inspectorUrl ?? STATELY_INSPECTOR_URL;
  const recent: string[] = [];
  let recentBytes = 0;
  let port = 0;
  const http: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(bridgePage(port, inspectorUrl));
  });
  const extra = new Set((options.allowedOrigins ?? []).map(normalOrigin));
  const wss = new WebSocketServer({
    server: http,
    // ws checks a frame's declared length before reading it: an oversized message is never
    // buffered, and its sender is closed with 1009.
    maxPayload: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
    verifyClient: ({ origin }: { origin: string | undefined }, done) => {
      const allowed =
        origin === undefined ||
        origin === `http://${RELAY_HOST}:${port}` ||
        origin === `http://localhost:${port}` ||
        extra.has(normalOrigin(origin));
      if (allowed) done(true);
      else done(false, 403, 'origin not allowed');
    },
  });
  wss.on('connection', (socket) => {
    for (const message of recent) socket.send(message);
    socket.on('error', () => {
      // A message over the limit ends here (ws has already closed the socket with 1009).
    });
    socket.on('message', (data) => {
      const message = data.toString();
      recent.push(message);
      recentBytes += Buffer.byteLength(message);
      while (recent.length > keep || (recentBytes > keepBytes && recent.length > 0)) {
        recentBytes -= Buffer.byteLength(recent.shift() ?? '');
      }
      for (const client of wss.clients) {
        if (client !== socket && client.readyState === WebSocket.OPEN) client.send(message);
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, RELAY_HOST, () => resolve());
  });
  port = (http.address() as AddressInfo).port;
  return {
    url: `ws://${RELAY_HOST}:${port}`,
    pageUrl: `http://${RELAY_HOST}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => http.close(() => resolve()));
      }),
  };
}

/** The address a relay listens on (for tests and logs). */
export function relayAddress(relay: InspectorRelay): string {
  return new URL(relay.pageUrl).hostname;
}

// Origins compare as scheme://host:port, lower case, without a trailing slash.
function normalOrigin(origin: string): string {
  try {
    return new URL(origin).origin.toLowerCase();
  } catch {
    return origin.toLowerCase();
  }
}

function bridgePage(port: number, inspectorUrl: string): string {
  const src = JSON.stringify(inspectorUrl);
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>jiayuan inspector relay</title>
<style>html,body{height:100%;margin:0}iframe{width:100%;height:100%;border:0}</style></head>
<body><iframe id="inspector"></iframe>
<script>
const iframe = document.getElementById('inspector');
iframe.src = ${src};
const buffer = [];
let connected = false;
window.addEventListener('message', (e) => {
  if (e.data && e.data.type === '@statelyai.connected') {
    connected = true;
    for (const event of buffer.splice(0)) iframe.contentWindow.postMessage(event, '*');
  }
});
const ws = new WebSocket('ws://${RELAY_HOST}:${port}');
ws.onmessage = (event) => {
  const data = JSON.parse(event.data);
  if (connected) iframe.contentWindow.postMessage(data, '*');
  else buffer.push(data);
};
</script></body></html>`;
}
