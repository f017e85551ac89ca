import type { Reaction } from '@jiayuan/community';
import {
  type Bilingual,
  type CitationId,
  citation,
  formatArea,
  formatCitation,
  formatTally,
  type Locale,
  type Measure,
  type TallyResult,
} from '@jiayuan/core';

/** One candidate of an election item as the meeting counted them. */
export interface CandidateLine {
  readonly name: string;
  /** Agreeing persons and area (0.01 m²) on the candidate's own vote. */
  readonly agree: Measure;
  readonly passed: boolean;
  readonly elected: boolean;
}

/** An election item's count as the meeting recorded it, for {@link Timeline.election}. */
export interface ElectionLines {
  readonly title: string;
  readonly seats: number;
  /** The item's own participation: every answer to it counts for every candidate (CC 278 ¶2). */
  readonly participation: Measure;
  readonly quorumMet: boolean;
  /** In the agenda's order. */
  readonly candidates: readonly CandidateLine[];
  /** The names of those who take the seats, in seat order (most agreeing area first). */
  readonly elected: readonly string[];
}

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

  /**
   * An election item: its participation, then each candidate's agreeing persons and area over
   * it with the meeting's verdict, then who takes the seats. The numbers and verdicts are the
   * machine's; nothing is judged here.
   */
  election(e: ElectionLines): void {
    const zh = this.#locale === 'zh-CN';
    const m = (x: Measure) =>
      zh
        ? `${x.headcount} 人、${formatArea(x.area)} m²`
        : `${x.headcount} persons, ${formatArea(x.area)} m²`;
    const p = e.participation;
    this.#out(`                  ${e.title}`);
    this.#out(
      zh
        ? `                    选举 ${e.seats} 名，候选人 ${e.candidates.length} 名；参与本项表决 ${m(p)}${e.quorumMet ? '' : '（未达参与表决要求）'}`
        : `                    ${e.seats} seats, ${e.candidates.length} candidates; taking part in this item: ${m(p)}${e.quorumMet ? '' : ' (participation not met)'}`,
    );
    this.#out(
      zh
        ? '                    每名候选人须经参与表决人数过半数且专有部分面积过半数的业主同意'
        : '                    each candidate needs more than half of the persons and of the area taking part',
    );
    this.#out(`                    ${this.articles(['CC-278-1-3', 'CC-278-2'])}`);
    for (const c of e.candidates) {
      const verdict = zh
        ? c.elected
          ? '通过，当选'
          : c.passed
            ? '通过，未当选'
            : '未通过'
        : c.elected
          ? 'passed, elected'
          : c.passed
            ? 'passed, not seated'
            : 'not passed';
      this.#out(
        zh
          ? `                    ${c.name}：同意 ${c.agree.headcount}/${p.headcount} 人、${formatArea(c.agree.area)}/${formatArea(p.area)} m²（${verdict}）`
          : `                    ${c.name}: agree ${c.agree.headcount}/${p.headcount} persons, ${formatArea(c.agree.area)}/${formatArea(p.area)} m² (${verdict})`,
      );
    }
    const elected = e.elected;
    this.#out(
      zh
        ? `                    当选：${elected.length > 0 ? elected.join('、') : '无'}`
        : `                    Elected: ${elected.length > 0 ? elected.join(', ') : 'none'}`,
    );
  }
}
