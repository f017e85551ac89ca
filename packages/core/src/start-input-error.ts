import type { Bilingual } from './i18n.js';

/**
 * A machine's refusal of its start input: the base of every package's input error
 * (`CommitteeInputError`, `FirmInputError`, `AssemblyInputError`, …). The actor stops in error
 * with it and the process does not start. A host reports any of them the same way: a stable
 * `code`, the reason in both languages, and the input fields at fault (dotted paths, as
 * core's `issueSummary` gives them).
 *
 * @example
 * const actor = createActor(formationMachine, { input });
 * actor.subscribe({ error: (e) => { if (e instanceof StartInputError) show(e.code, e.messages, e.fields) } });
 */
export class StartInputError<TCode extends string = string> extends Error {
  override readonly name: string = 'StartInputError';
  constructor(
    /** Stable code of the refusal. */
    readonly code: TCode,
    /** The reason in both languages. */
    readonly messages: Bilingual,
    /** The input fields at fault (dotted paths); empty when the refusal is of the input as a whole. */
    readonly fields: readonly string[] = [],
    /** `cause`: the error behind the refusal (zod's, or core's `ProfileDateError`). */
    options?: ErrorOptions,
  ) {
    super(`${code}: ${messages.en} / ${messages['zh-CN']}`, options);
  }
}
