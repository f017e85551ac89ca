// The 2027 assembly's election item in the demo: its candidates, how the generated owners answer
// it, and the meeting's count of it as the timeline prints it.
import type { Measure } from '@jiayuan/core';
import type { ElectionLines } from './timeline.js';

/** The candidates for the two substitute seats of the 2027 assembly (CC 278 ¶1 (三)). */
export const SUBSTITUTES = [
  { id: 'cand-chen', name: '陈志强' },
  { id: 'cand-liu', name: '刘秀英' },
  { id: 'cand-yang', name: '杨建华' },
] as const;

/**
 * A sheet's answer to the substitutes' election, from the unit's flat type and a draw `p` in
 * 0–999: a few abstain; owners of the small flats (under 100 m²) and 65% of the middle ones
 * (under 130 m²) choose 杨建华 and one of the other two; the rest choose 陈志强 and 刘秀英,
 * some of them opposing 杨建华. So 杨建华 has more than half of the persons taking part but not
 * of their area (CC 278 ¶2), and the other two take the seats.
 */
export function substituteAnswer(
  u: {
    readonly areas: {
      readonly register?: number;
      readonly survey?: number;
      readonly contract?: number;
    };
  },
  p: number,
): unknown {
  if (p < 30) return 'abstain';
  const area = u.areas.register ?? u.areas.survey ?? u.areas.contract ?? 0;
  const [chen, liu, yang] = SUBSTITUTES.map((c) => c.id);
  if (area < 10_000 || (area < 13_000 && p < 680))
    return { approve: p % 2 === 0 ? [chen, yang] : [liu, yang] };
  return p < 800 ? { approve: [chen, liu] } : { approve: [chen, liu], oppose: [yang] };
}

/** An item's outcome as the meeting's decision records it (the fields the demo prints). */
export interface CountedOutcome {
  readonly itemId: string;
  readonly participation: Measure;
  readonly quorumMet: boolean;
  readonly election?: {
    readonly results: readonly {
      readonly candidateId: string;
      readonly passed: boolean;
      readonly agreeArea: number;
      readonly agreeHeadcount: number;
    }[];
    readonly elected: readonly string[];
  };
}

/** The meeting's count of an election item, with the candidates' names from the agenda. */
export function electionLines(
  title: string,
  election: {
    readonly seats: number;
    readonly candidates: readonly { id: string; name: string }[];
  },
  outcome: CountedOutcome,
  counted: NonNullable<CountedOutcome['election']>,
): ElectionLines {
  const nameOf = (id: string) => election.candidates.find((c) => c.id === id)?.name ?? id;
  return {
    title,
    seats: election.seats,
    participation: outcome.participation,
    quorumMet: outcome.quorumMet,
    candidates: election.candidates.map((c) => {
      const r = counted.results.find((x) => x.candidateId === c.id);
      return {
        name: c.name,
        agree: { headcount: r?.agreeHeadcount ?? 0, area: r?.agreeArea ?? 0 },
        passed: r?.passed ?? false,
        elected: counted.elected.includes(c.id),
      };
    }),
    elected: counted.elected.map(nameOf),
  };
}
