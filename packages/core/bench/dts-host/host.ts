// A host's file, as dts-typecheck.mjs checks it: `@jiayuan/core` resolves through the package's
// own `exports` to the built dist/index.d.ts, and nothing is skipped (no skipLibCheck).
import { dispatch } from '@jiayuan/core';

export const send: typeof dispatch = dispatch;
