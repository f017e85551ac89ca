// A ballot sheet's cell for an election item, read into the answer the assembly counts
// (packages/assembly/src/ballot/election.ts, `SheetAnswerSchema`).
import type { SheetAnswer } from '@jiayuan/assembly';
import type { BallotCandidate } from './ballot-items.js';
import { CHOICE } from './tally.js';

/** Separators of the names in one cell: `；` `;` `、` `,` `，`, full-width and half-width. */
const NAME_SEPARATORS = /[;；、,，]/;

/** A name as compared with the candidates': full-width folded (NFKC), trimmed. */
const key = (name: string) => name.normalize('NFKC').trim();

/**
 * The answer a cell gives an election item: the candidates it names (`王某；李某`), each by the
 * name or id `--items` gives it; `弃权` abstains and `废票` is spoilt on every candidate. A name
 * that is no candidate is kept as written, a name written twice twice, and more names than
 * seats all of them: the assembly's own check then refuses the sheet with its code
 * (`unknown-candidate`, `candidate-twice`, `too-many-candidates`), as the meeting refuses the
 * same sheet. `同意` or `反对` alone is kept as that choice, which the check refuses
 * (`answer-mismatch`): an election is answered by names.
 */
export function electionAnswer(cell: string, candidates: readonly BallotCandidate[]): SheetAnswer {
  const byName = new Map<string, string>();
  for (const c of candidates) {
    byName.set(key(c.id), c.id);
    byName.set(key(c.name), c.id);
  }
  const whole = key(cell);
  if (!byName.has(whole)) {
    const choice = CHOICE(whole);
    if (choice !== undefined) return choice;
  }
  const names = cell
    .split(NAME_SEPARATORS)
    .map(key)
    .filter((n) => n !== '');
  return { approve: names.map((n) => byName.get(n) ?? n) };
}
