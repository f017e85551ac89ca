import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { STATELY_INSPECTOR_URL } from './stately/options.js';

/** The loopback address the relay binds to; it never listens on other interfaces. */
export const RELAY_HOST = '127.0.0.1';

/** Options of {@link startInspectorRelay}. */
export interface InspectorRelayOptions {
  /** Port to listen on; `0` (default) picks a free one. */
  readonly port?: number;
  /** The inspector page the bridge page embeds; Stately's by default. */
  readonly inspectorUrl?: string;
  /** How many recent messages a newly connected client receives first (default 200). */
  readonly buffer?: number;
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
 * Unlike `@statelyai/inspect/server`, it binds to loopback and opens no browser.
 */
export async function startInspectorRelay(
  options: InspectorRelayOptions = {},
): Promise<InspectorRelay> {
  const keep = options.buffer ?? 200;
  const inspectorUrl = options.inspectorUrl ?? STATELY_INSPECTOR_URL;
  const recent: string[] = [];
  let port = 0;
  const http: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(bridgePage(port, inspectorUrl));
  });
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (socket) => {
    for (const message of recent) socket.send(message);
    socket.on('message', (data) => {
      const message = data.toString();
      recent.push(message);
      if (recent.length > keep) recent.shift();
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
