// Committee processes that follow Shanghai's law as it changes (core's profile histories): each
// act is judged by the edition in force on its own Shanghai day.
//
// SH art. 20 ¶2, 2020 text: "…擅自改变物业使用性质、欠交物业服务费或者专项维修资金、违法出租房屋等情形之一
// 且未改正的，不得担任业主委员会委员。" The 2023-12-28 text no longer lists the arrears.
// SH-6, final clause: "本意见自2021年7月1日起施行，有效期至2026年6月30日。"
import { addDays, dispatch, localDateOf } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { CommitteeInputError, formationMachine, reElectionMachine } from '../src/index.js';
import { FORMATION_INPUT, RE_ELECTION_INPUT, where } from './support/fixtures.js';
import { formationRun } from './support/formation-run.js';
import { reElectionRun } from './support/reelection-run.js';

type Step = Record<string, unknown>;
const DAY_MS = 86_400_000;

function run(actor: ReturnType<typeof createActor>, steps: readonly Step[]) {
  for (const [i, step] of steps.entries()) {
    const result = dispatch(actor, step);
    if (!result.ok) {
      throw new Error(`step ${i} ${String(step.type)}: ${result.rejection.message.en}`);
    }
  }
}

describe('a formation that follows the law (started 2026-03-02, filed after SH-6 expired)', () => {
  it('goes through every edition from the 2023 text to the one without SH-6, each event accepted', {
    timeout: 60_000,
  }, () => {
    const actor = createActor(formationMachine, {
      input: { ...FORMATION_INPUT, profile: { follows: 'shanghai' } },
    }).start();
    expect(actor.getSnapshot().context.law?.edition).toBe('shanghai@2023-12-28');
    const editions = new Set<string>();
    for (const step of formationRun()) {
      run(actor, [step]);
      const { law } = actor.getSnapshot().context;
      if (law !== undefined) editions.add(law.edition);
    }
    expect(where(actor)).toBe('established');
    expect([...editions]).toEqual([
      'shanghai@2023-12-28',
      'shanghai@2026-03-23',
      'shanghai@2026-06-04',
      'shanghai@2026-07-01',
    ]);
    // The filing (after 06-30) is judged without SH-6: the joint review rests on SH-36 (四).
    const { profile } = actor.getSnapshot().context;
    expect(profile.formation.candidateJointReview.cite).toEqual(['SH-36-4-report']);
    expect(profile.laws).not.toContain('SH-6');
  });
});

// Every instant and day of a value moved by `days` (whole weeks keep each weekday).
function shifted<T>(value: T, days: number): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/.test(v)) {
        const moved = new Date(Date.parse(v) + days * DAY_MS + 8 * 3_600_000);
        return `${moved.toISOString().slice(0, 19)}+08:00`;
      }
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return addDays(v as never, days);
      return v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}

describe('a formation started in 2026-05 that reaches its filing after SH-6 expired', () => {
  // The dated formation nine weeks later: started 2026-05-04 under the edition of SH-36 (in force
  // from 2026-03-23, SH-6 still in force), filed in 2026-08, after SH-6's last day (06-30).
  it('starts under SH-6 and SH-36, and is filed under SH-36 alone', { timeout: 60_000 }, () => {
    const input = shifted(FORMATION_INPUT, 63);
    expect(input.startAt).toBe('2026-05-04T09:00:00+08:00');
    const actor = createActor(formationMachine, {
      input: { ...input, profile: { follows: 'shanghai' } },
    }).start();
    expect(actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-03-23');
    expect(actor.getSnapshot().context.profile.laws).toContain('SH-6');
    // At the start the candidates' joint review rests on SH-36 (四) and SH-6 (八) together.
    expect(actor.getSnapshot().context.profile.formation.candidateJointReview.cite).toEqual([
      'SH-36-4-report',
      'SH-6-8',
    ]);
    const editions = new Set<string>();
    for (const step of shifted(formationRun(), 63)) {
      run(actor, [step]);
      const { law } = actor.getSnapshot().context;
      if (law !== undefined) editions.add(law.edition);
    }
    expect(where(actor)).toBe('established');
    expect([...editions]).toEqual([
      'shanghai@2026-03-23',
      'shanghai@2026-06-04',
      'shanghai@2026-07-01',
    ]);
    const { profile } = actor.getSnapshot().context;
    expect(profile.formation.candidateJointReview.cite).toEqual(['SH-36-4-report']);
    expect(profile.laws).not.toContain('SH-6');
  });
});

describe('a re-election whose vetting straddles the 2023-12-28 amendment of SH art. 20 ¶2', () => {
  // The shared re-election run, moved back so that its vetting falls on 2023-12-27: every event
  // keeps its spacing; the vetting itself at 23:59:59 of 12-27 or 00:00:00 of 12-28.
  const VET_DAY = '2023-12-27';
  const original = reElectionRun();
  const vetIndex = original.findIndex((s) => s.type === 'VET_CANDIDATE');
  const shift = Date.parse('2023-12-27T09:00:00+08:00') - Date.parse('2026-09-05T09:00:00+08:00');
  const moved = (at: string) => new Date(Date.parse(at) + shift).toISOString();
  const days = Math.round(shift / DAY_MS);

  function vetOnce(vetAt: string, profile: unknown) {
    const actor = createActor(reElectionMachine, {
      input: {
        ...RE_ELECTION_INPUT,
        startAt: moved(RE_ELECTION_INPUT.startAt),
        termEndsOn: addDays(RE_ELECTION_INPUT.termEndsOn, days),
        profile,
      } as never,
    }).start();
    const before = original.slice(0, vetIndex).map((s) => ({ ...s, at: moved(String(s.at)) }));
    run(actor, before);
    const vet = original[vetIndex] as Step;
    run(actor, [{ ...vet, candidateId: 'o1', grounds: ['feeArrears'], at: vetAt }]);
    const { context } = actor.getSnapshot();
    return {
      eligible: context.candidates.find((c) => c.id === 'o1')?.eligible,
      edition: context.law?.edition,
    };
  }

  it('bars a candidate in arrears at 23:59:59 of 12-27 and not at 00:00:00 of 12-28', {
    timeout: 60_000,
  }, () => {
    expect(localDateOf(moved(String(original[vetIndex]?.at)))).toBe(VET_DAY);
    expect(vetOnce('2023-12-27T23:59:59+08:00', { follows: 'shanghai' })).toEqual({
      eligible: false,
      edition: 'shanghai@2022-10-22',
    });
    expect(vetOnce('2023-12-28T00:00:00+08:00', { follows: 'shanghai' })).toEqual({
      eligible: true,
      edition: 'shanghai@2023-12-28',
    });
    // With the fixed `shanghai` profile (as written, the arrears ground off) the 2023 vetting
    // does not bar: the day's law is what the followed process applies.
    expect(vetOnce('2023-12-27T23:59:59+08:00', undefined).eligible).toBe(true);
  });

  it('refuses a start before the history with a coded input error naming the profile', () => {
    const errors: unknown[] = [];
    const early = createActor(reElectionMachine, {
      input: {
        ...RE_ELECTION_INPUT,
        startAt: '2022-10-21T23:59:59+08:00',
        profile: { follows: 'shanghai' },
      },
    });
    early.subscribe({ error: (e) => errors.push(e) });
    early.start();
    expect(errors[0]).toBeInstanceOf(CommitteeInputError);
    expect(errors[0]).toMatchObject({ code: 'invalid-input', fields: ['profile'] });
  });
});
