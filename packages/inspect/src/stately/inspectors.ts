import { createBrowserInspector, createWebSocketInspector } from '@statelyai/inspect';
import type { SanitizeOptions } from '../sanitize.js';
import { STATELY_INSPECTOR_URL, sanitizingOptions } from './options.js';

/** The inspector `createBrowserInspector` returns. */
export type BrowserInspector = ReturnType<typeof createBrowserInspector>;
/** The inspector `createWebSocketInspector` returns. */
export type WebSocketInspector = ReturnType<typeof createWebSocketInspector>;

type StatelyBrowserOptions = NonNullable<Parameters<typeof createBrowserInspector>[0]>;

/** Options of {@link browserInspector}. */
export interface BrowserInspectorOptions extends SanitizeOptions {
  /** The inspector page; Stately's by default. */
  readonly url?: string;
  /** Start (open the inspector window) now; default `true`. */
  readonly autoStart?: boolean;
  /** The window to use; the global one by default. */
  readonly window?: StatelyBrowserOptions['window'];
}

/**
 * `@statelyai/inspect`'s browser inspector (for xstate 5; `@xstate/inspect` only works with
 * xstate 4), removing owners' personal data before anything is posted to the inspector window.
 * Pass `inspector.inspect` to `createActor(machine, { inspect })`.
 */
export function browserInspector(options: BrowserInspectorOptions = {}): BrowserInspector {
  return createBrowserInspector({
    url: options.url ?? STATELY_INSPECTOR_URL,
    autoStart: options.autoStart ?? true,
    ...(options.window === undefined ? {} : { window: options.window }),
    ...sanitizingOptions(options),
  });
}

/** Options of {@link webSocketInspector}. */
export interface WebSocketInspectorOptions extends SanitizeOptions {
  /** The relay, e.g. `ws://127.0.0.1:8080` from `startInspectorRelay`. */
  readonly url: string;
  /** Connect now; default `true`. */
  readonly autoStart?: boolean;
}

/**
 * `@statelyai/inspect`'s WebSocket inspector, for a process without a window (a server, a
 * script): it sends sanitised inspection events to a relay, which passes them to the Stately
 * inspector page. Call `inspector.stop()` when done.
 */
export function webSocketInspector(options: WebSocketInspectorOptions): WebSocketInspector {
  return createWebSocketInspector({
    url: options.url,
    autoStart: options.autoStart ?? true,
    ...sanitizingOptions(options),
  });
}
