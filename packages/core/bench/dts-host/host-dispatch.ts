// A host's file importing `dispatch` from `@jiayuan/core/dispatch`, whose declarations name no
// zod type: dts-typecheck.mjs checks it beside host.ts (the root entry) and fails if its program
// loads any of zod's declaration files.
import { dispatch } from '@jiayuan/core/dispatch';

export const send: typeof dispatch = dispatch;
