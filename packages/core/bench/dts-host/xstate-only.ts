// The floor under host-dispatch.ts: the same check with xstate alone, the one dependency the
// declarations of `@jiayuan/core/dispatch` import.
import type { AnyActorRef } from 'xstate';

export type Actor = AnyActorRef;
