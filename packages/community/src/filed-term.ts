import type { CitationId } from '@jiayuan/core';
import type { ProcessSummary } from './complex.js';

/** The term's last day a committee filed (SH 20 ¶1), and the process that filed it. */
export interface FiledTerm {
  readonly termEndsOn: string;
  readonly processId: string;
  /** The articles that set the term under the profile of that process (`formation.committeeTerm`). */
  readonly cite: readonly CitationId[];
}

/** The citations of the term in a stored context's profile, or SH 20 ¶1's. */
function termCite(context: Readonly<Record<string, unknown>>): readonly CitationId[] {
  const profile = context.profile as
    | { formation?: { committeeTerm?: { cite?: readonly CitationId[] } } }
    | undefined;
  const cite = profile?.formation?.committeeTerm?.cite;
  return cite !== undefined && cite.length > 0 ? cite : ['SH-20-1-term'];
}

/**
 * The term the sitting committee filed: that of the formation or re-election of the complex that
 * filed last (SH 20 ¶1, SH 23), or `null` when none kept one (a filing recorded before the term
 * was kept names none).
 */
export function filedTermOf(all: readonly ProcessSummary[]): FiledTerm | null {
  let latest: { readonly term: FiledTerm; readonly at: number } | null = null;
  for (const p of all) {
    if (p.kind !== 'formation' && p.kind !== 're-election') continue;
    const termEndsOn = p.context.filedTermEndsOn;
    const filed = (p.context.milestones as Readonly<Record<string, unknown>> | undefined)?.filed;
    if (typeof termEndsOn !== 'string' || typeof filed !== 'string') continue;
    const at = Date.parse(filed);
    if (latest === null || at >= latest.at)
      latest = { term: { termEndsOn, processId: p.processId, cite: termCite(p.context) }, at };
  }
  return latest?.term ?? null;
}

/** What {@link withFiledTerm} gives: the input to start with, or the two days that disagree. */
export type FiledTermInput =
  | { readonly ok: true; readonly input: unknown }
  | { readonly ok: false; readonly given: string; readonly filed: FiledTerm };

/**
 * A re-election's start input with the outgoing term's end taken from the filing where there is
 * one: an input that names none gets the filed day; one that names another is refused, since
 * the term runs as the rules of procedure set it and the committee filed it (SH 20 ¶1). Without
 * a filed term, or for an input that is not an object, the input is passed on as it is (the
 * machine's own input check then answers).
 */
export function withFiledTerm(input: unknown, filed: FiledTerm | null): FiledTermInput {
  if (filed === null || typeof input !== 'object' || input === null) return { ok: true, input };
  const given: unknown = Reflect.get(input, 'termEndsOn');
  if (given === undefined) return { ok: true, input: { ...input, termEndsOn: filed.termEndsOn } };
  if (given === filed.termEndsOn || typeof given !== 'string') return { ok: true, input };
  return { ok: false, given, filed };
}
