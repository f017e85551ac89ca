import type { Reaction } from '@jiayuan/community';
import {
  type Bilingual,
  type CitationId,
  citation,
  formatCitation,
  formatTally,
  type Locale,
  type TallyResult,
} from '@jiayuan/core';

/** Writes the demo's timeline in one language. */
export class Timeline {
  readonly #locale: Locale;
  readonly #out: (line: string) => void;

  constructor(locale: Locale, out: (line: string) => void) {
    this.#locale = locale;
    this.#out = out;
  }

  /** A section heading. */
  heading(text: Bilingual): void {
    this.#out('');
    this.#out(`== ${text[this.#locale]} ==`);
  }

  /** A plain line. */
  line(text: Bilingual | string): void {
    this.#out(typeof text === 'string' ? text : text[this.#locale]);
  }

  /** One step: its local date and time, what happened, and the articles it rests on. */
  step(at: string, text: Bilingual, cites: readonly CitationId[]): void {
    const when = `${at.slice(0, 10)} ${at.slice(11, 16)}`;
    this.#out(`${when}  ${text[this.#locale]}`);
    if (cites.length > 0) this.#out(`                  ${this.articles(cites)}`);
  }

  /** The articles, formatted for people: `《民法典》第二百七十八条第二款` / `Civil Code art. 278(2)`. */
  articles(cites: readonly CitationId[]): string {
    const sep = this.#locale === 'zh-CN' ? '；' : '; ';
    const label = this.#locale === 'zh-CN' ? '依据：' : 'Basis: ';
    // Topic variants of one paragraph (e.g. SH-15-2 and its leader rule) read the same: once.
    const texts = [...new Set(cites.map((id) => formatCitation(citation(id), this.#locale)))];
    return `${label}${texts.join(sep)}`;
  }

  /** What the community coordinator did after a step. */
  reactions(reactions: readonly Reaction[]): void {
    for (const r of reactions) {
      this.#out(`                  ↳ ${r.message[this.#locale]} (${r.processId})`);
      if (r.cite.length > 0) this.#out(`                    ${this.articles(r.cite)}`);
    }
  }

  /** A tally and its explanation, indented. */
  tally(title: Bilingual, result: TallyResult): void {
    this.#out(`                  ${title[this.#locale]}`);
    for (const l of formatTally(result, this.#locale).split('\n'))
      this.#out(`                    ${l}`);
  }
}
