// The floor under host.ts: the same check with only core's own dependencies (zod, xstate).
import type { AnyActorRef } from 'xstate';
import { z } from 'zod';

export const id = z.string();
export type Actor = AnyActorRef;
