import { bilingual, catalogOf, type Roll, RollSchema, type VoteRecord } from '@jiayuan/core';
import { committeeScenario } from './committee-scenario.js';
import { SAMPLE_COMPLEXES, type SampleComplex } from './complexes.js';
import { ownersVoteMachine } from './machines/owners-vote.js';
import { HOUR, later, type Scenario, sender } from './scenario.js';

export type { BallotForm, EventInputs, Helper, Scenario, ShownTally } from './scenario.js';

const voteCatalog = catalogOf(ownersVoteMachine)!;

const ownersVoteScenario: Scenario = {
  id: 'ownersVote',
  title: {
    'zh-CN': '业主大会表决：选聘物业（示例）',
    en: "Owners' vote: hiring a firm (sample)",
  },
  machine: ownersVoteMachine,
  catalog: voteCatalog,
  ballotEvent: 'CAST',
  input: (roll, now) => ({ roll, now }),
  event(type, at, { roll, form, serial }) {
    const by = sender(voteCatalog, type);
    switch (type) {
      case 'PROPOSE':
        return { type, at, by, title: '选聘物业服务企业' };
      case 'OPEN_VOTE':
        return { type, at, by, closesAt: later(at, 72 * HOUR) };
      case 'CAST': {
        const unit = roll.units.find((u) => u.id === form.unitId);
        const owner = unit?.owners[0] ?? 'nobody';
        const name = roll.owners.find((o) => o.id === owner)?.name;
        return {
          type,
          at,
          by: { id: owner, role: 'owner', ...(name === undefined ? {} : { name }) },
          ballot: {
            id: `ballot-${serial}`,
            unitId: form.unitId,
            castBy: owner,
            choice: form.choice,
            channel: 'paper',
            at,
          },
        };
      }
      default:
        return { type, at, by };
    }
  },
  tallies(context) {
    const vote = (context as { vote?: VoteRecord | null }).vote ?? null;
    return vote === null
      ? []
      : [{ id: 'vote', label: bilingual('选聘物业', 'Hiring a firm'), vote }];
  },
};

/** The scenarios the page offers: the committee re-election first, then the sample vote. */
export const SCENARIOS: readonly Scenario[] = [committeeScenario, ownersVoteScenario];

/** The sample complexes, parsed. */
export const COMPLEXES: readonly (SampleComplex & { readonly parsed: Roll })[] =
  SAMPLE_COMPLEXES.map((c) => ({
    ...c,
    parsed: RollSchema.parse(c.roll),
  }));

/** When the next event happens: an hour after the process clock, or a day for a clock tick. */
export function nextAt(now: string, type: string): string {
  return later(now, type === 'TICK' ? 24 * HOUR : HOUR);
}
