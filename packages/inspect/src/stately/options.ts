import type { AnyEventObject, MachineContext } from 'xstate';
import {
  type SanitizeOptions,
  sanitizeContext,
  sanitizeEvent,
  withPseudonymKey,
} from '../sanitize.js';

/** Stately's own names, stately.ai/inspect being the default inspector page. */
export const STATELY_INSPECTOR_URL = 'https://stately.ai/inspect';

/** The sanitising part of `@statelyai/inspect`'s options. */
export interface SanitizingInspectorOptions {
  readonly sanitizeContext: (context: MachineContext) => MachineContext;
  readonly sanitizeEvent: (event: AnyEventObject) => AnyEventObject;
}

/**
 * `sanitizeContext` and `sanitizeEvent` for `@statelyai/inspect`'s inspectors, removing owners'
 * personal data unless `showPersonalData` is set. One pseudonym key serves both, for the
 * whole session, so ids in events and contexts join.
 */
export function sanitizingOptions(given: SanitizeOptions = {}): SanitizingInspectorOptions {
  const options = withPseudonymKey(given);
  return {
    sanitizeContext: (context) => sanitizeContext(context, options),
    sanitizeEvent: (event) => sanitizeEvent(event, options),
  };
}
