// The host README's "Reading a process" example, compiled with the tests: readme-reading.test.ts
// checks the README shows this code between the markers.
import { formationMachine } from '@jiayuan/committee';
import type { Host } from '../src/index.js';

declare const host: Host;
declare const session: { readonly userId: string };
declare function renderForm(type: string, title: string, schema: unknown): void;
declare function showDue(title: string, dueAt: string, overdue: boolean): void;
declare function notifyDeveloper(complexId: string): void;

/** The README's example, as a function so that it compiles without running. */
export async function readingExample(): Promise<unknown> {
  // README-reading:start
  // A process page: what this person may see and do now, in Chinese (English alongside).
  const view = await host.view('c17/formation', {
    principal: { id: session.userId },
    locale: 'zh-CN',
    log: 20,
  });
  for (const e of view.events) renderForm(e.type, e.title, e.payloadSchema);
  for (const d of view.deadlines.pending) showDue(d.title, d.dueAt, d.overdue); // …+08:00

  // The street office's list: every process's deadlines due by now, with titles.
  const due = await host.deadlines({ dueBefore: new Date() });

  // The snapshot typed by its machine; another machine's process is refused (machine-mismatch).
  const { snapshot } = await host.load('c17/formation', formationMachine);
  if (snapshot.matches('awaitingReport')) notifyDeveloper(snapshot.context.complex.id);
  // README-reading:end
  return due;
}
