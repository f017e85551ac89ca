// Grounds of ineligibility the assembly's rules of procedure add (eligibility.assemblyMayAddGrounds).
// SH 20 ¶2: "业主大会可以依法决定增加不得担任业主委员会委员的情形。" PMR 16 ¶2: "业主委员会委员应当由
// 热心公益事业、责任心强、具有一定组织能力的业主担任。" (the specifics left to the rules of procedure,
// PMR 18: "业主大会议事规则应当就…业主委员会的组成和成员任期等事项作出约定"). BJ 39 ¶3 lists the
// conditions itself, so the Beijing profile has the switch off.
// SH 20 ¶3: "业主委员会委员候选人应当书面承诺符合前款规定的条件".
import { beijing, dispatch, national, type Profile, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { type AnyActorRef, createActor } from 'xstate';
import { ASSEMBLY_GROUNDS_MAX } from '../src/election/assembly-grounds.js';
import { membershipMachine } from '../src/membership/machine.js';
import { reElectionMachine } from '../src/reelection/machine.js';
import type { Candidate } from '../src/shared/context.js';
import type { MembershipInput } from '../src/shared/input.js';
import {
  ev,
  MEMBERSHIP_INPUT,
  RE_ELECTION_INPUT,
  RE_GROUP,
  startFormation,
} from './support/fixtures.js';
import { formationRun } from './support/formation-run.js';
import { reElectionRun } from './support/reelection-run.js';

const D = (s: string) => `${s}+08:00`;
const AUDIT = { id: 'rules-7-3', text: '拒不配合业主大会审计且未改正的' };

/** An actor in the nominating stage of an election, with the candidate it vets and who vets. */
interface Scene {
  readonly actor: AnyActorRef;
  readonly candidateId: string;
  readonly group: string;
  /** The day of the vetting; the undertaking and the report follow on the next days. */
  readonly day: string;
}

function drive(actor: AnyActorRef, steps: readonly Record<string, unknown>[]): void {
  for (const e of steps) {
    const r = dispatch(actor, e);
    if (!r.ok) throw new Error(`${String(e.type)}: ${r.rejection.message.en}`);
  }
}

/** Membership's by-election under `profile` (SH 32 ¶1), o8 nominated. */
function byElection(profile: Profile): Scene {
  const input: MembershipInput = { ...MEMBERSHIP_INPUT, substitutes: [], profile };
  const actor = createActor(membershipMachine, { input }).start();
  drive(actor, [
    ev('MEMBERSHIP_ENDS', 'street-office', D('2026-04-01T09:00:00'), {
      memberId: 'o5',
      ground: 'no-longer-owner',
    }),
    ev('START_BY_ELECTION', 'committee', D('2026-04-02T09:00:00')),
    ev('NOMINATE', 'owner', D('2026-04-03T09:00:00'), { candidateId: 'o8' }, 'o8'),
  ]);
  return { actor, candidateId: 'o8', group: 'committee', day: '2026-04-04' };
}

/**
 * The dated re-election under `profile` up to its vettings, o1 nominated and not yet signed.
 * Beijing's group is led by the residents' committee's representative (BJ 31 ¶1, applied by
 * BJ 49) and takes no records hand-over before it forms.
 */
function reElection(profile: Profile): Scene {
  const actor = createActor(reElectionMachine, {
    input: { ...RE_ELECTION_INPUT, profile },
  }).start();
  const steps = reElectionRun();
  const upTo = steps.findIndex((s) => s.type === 'VET_CANDIDATE');
  const bjGroup = RE_GROUP.map((m) => ({
    id: m.id,
    seat: m.seat,
    ...(m.seat === 'residents-committee' ? { leader: true } : {}),
  }));
  drive(
    actor,
    steps
      .slice(0, upTo)
      .filter((e) => !(e.type === 'SIGN_UNDERTAKING' && e.candidateId === 'o1'))
      .filter((e) => profile.id !== 'beijing' || e.type !== 'HAND_OVER_RECORDS')
      .map((e) =>
        profile.id === 'beijing' && e.type === 'FORM_GROUP' ? { ...e, members: bjGroup } : e,
      ),
  );
  return { actor, candidateId: 'o1', group: 're-election-group', day: '2026-09-05' };
}

const vet = (s: Scene, assemblyGrounds: unknown) =>
  dispatch(
    s.actor,
    ev('VET_CANDIDATE', s.group, D(`${s.day}T09:00:00`), {
      candidateId: s.candidateId,
      grounds: [],
      ...(assemblyGrounds === undefined ? {} : { assemblyGrounds }),
    }),
  );
const sign = (s: Scene) =>
  dispatch(
    s.actor,
    ev(
      'SIGN_UNDERTAKING',
      'owner',
      D(`${s.day}T10:00:00`),
      { candidateId: s.candidateId },
      s.candidateId,
    ),
  );
const candidate = (s: Scene) =>
  (s.actor.getSnapshot().context as { candidates: Candidate[] }).candidates.find(
    (c) => c.id === s.candidateId,
  );

const SCENES: readonly [string, Profile, string, (p: Profile) => Scene][] = [
  ['shanghai by-election', shanghai, 'SH-20-2-more', byElection],
  ['shanghai re-election', shanghai, 'SH-20-2-more', reElection],
  ['national re-election', national, 'PMR-16-2', reElection],
];

// Each scene drives a dated election up to its vettings.
describe.each(SCENES)(
  '%s: the assembly may add grounds',
  { timeout: 30_000 },
  (_, profile, cite, scene) => {
    it('the switch is on, citing its article', () => {
      expect(profile.eligibility.assemblyMayAddGrounds).toMatchObject({ value: true });
      expect(profile.eligibility.assemblyMayAddGrounds.cite).toContain(cite);
    });

    it('no added ground found: the candidate stands and signs', () => {
      const s = scene(profile);
      expect(vet(s, []).ok).toBe(true);
      expect(candidate(s)).toMatchObject({ eligible: true });
      expect(candidate(s)).not.toHaveProperty('assemblyGroundsFound');
      expect(sign(s).ok).toBe(true);
    });

    it('one added ground found: the candidate is barred, the ground named in the refusal', () => {
      const s = scene(profile);
      expect(vet(s, [AUDIT]).ok).toBe(true);
      expect(candidate(s)).toMatchObject({ eligible: false, assemblyGroundsFound: [AUDIT] });
      const r = sign(s);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.rejection.rule?.id).toBe('candidate-not-barred');
      expect(r.rejection.message['zh-CN']).toContain(`“${AUDIT.text}”（业主大会议事规则增加）`);
      expect(r.rejection.message.en).toContain(`“${AUDIT.text}” (added by the rules of procedure)`);
      expect(r.rejection.rule?.citations).toContain(cite);
      expect(r.rejection.details).toMatchObject({ assemblyGrounds: [AUDIT.id] });
    });

    it('a later vetting that finds none clears the added ground', () => {
      const s = scene(profile);
      expect(vet(s, [AUDIT]).ok).toBe(true);
      expect(vet(s, undefined).ok).toBe(true);
      expect(candidate(s)).toMatchObject({ eligible: true });
      expect(candidate(s)).not.toHaveProperty('assemblyGroundsFound');
    });

    it(`takes up to ${ASSEMBLY_GROUNDS_MAX} grounds, each id once, each text up to 2,000 characters`, () => {
      const many = (n: number) =>
        Array.from({ length: n }, (_, i) => ({ id: `g${i}`, text: `情形${i}` }));
      expect(vet(scene(profile), many(ASSEMBLY_GROUNDS_MAX)).ok).toBe(true);
      expect(vet(scene(profile), [{ id: 'g', text: 'x'.repeat(2_000) }]).ok).toBe(true);
      for (const bad of [
        many(ASSEMBLY_GROUNDS_MAX + 1),
        [AUDIT, { ...AUDIT, text: '另一情形' }],
        [{ id: '', text: '情形' }],
        [{ id: 'g', text: '' }],
        [{ id: 'g', text: 'x'.repeat(2_001) }],
        [{ id: 'g', text: '情形', extra: true }],
        [AUDIT.id],
      ]) {
        const r = vet(scene(profile), bad);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.rejection.code).toBe('invalid-event');
      }
    });
  },
);

describe('beijing re-election: the assembly adds no grounds (BJ 39 ¶3)', {
  timeout: 30_000,
}, () => {
  it('the switch is off, citing BJ 39 ¶3', () => {
    expect(beijing.eligibility.assemblyMayAddGrounds).toMatchObject({
      value: false,
      cite: ['BJ-39-3'],
    });
  });

  it('one added ground is refused, coded and bilingual, citing the profile; none is taken', () => {
    const s = reElection(beijing);
    const refused = vet(s, [AUDIT]);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.rejection.code).toBe('rule-violated');
    expect(refused.rejection.rule?.id).toBe('assembly-grounds-allowed');
    expect(refused.rejection.rule?.citations).toEqual(['BJ-39-3']);
    expect(refused.rejection.message.en).toContain('does not let the assembly add grounds');
    expect(refused.rejection.message['zh-CN']).toContain('不允许业主大会增加');
    expect(candidate(s)).toMatchObject({ eligible: null });
    expect(vet(s, []).ok).toBe(true);
    expect(candidate(s)).toMatchObject({ eligible: true });
    expect(sign(s).ok).toBe(true);
  });
});

describe('the first election comes before any assembly', { timeout: 30_000 }, () => {
  it('formation refuses added grounds under shanghai, takes none', () => {
    const actor = startFormation();
    const steps = formationRun();
    const firstVet = steps.findIndex((s) => s.type === 'VET_CANDIDATE');
    for (const e of steps.slice(0, firstVet)) {
      const r = dispatch(actor, e);
      if (!r.ok) throw new Error(`${String(e.type)}: ${r.rejection.message.en}`);
    }
    const vetting = steps[firstVet] as Record<string, unknown>;
    const refused = dispatch(actor, { ...vetting, assemblyGrounds: [AUDIT] });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.rejection.rule?.id).toBe('assembly-grounds-allowed');
    expect(refused.rejection.message.en).toContain('before any assembly');
    expect(refused.rejection.message['zh-CN']).toContain('业主大会尚未成立');
    expect(dispatch(actor, { ...vetting, assemblyGrounds: [] }).ok).toBe(true);
  });
});
