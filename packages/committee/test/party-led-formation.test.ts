// PARTY-5: the residential party organisation leads the committee's formation and re-election
// where the profile says so (`party.partyLedFormation`). Its guidance is a step of both
// procedures under shanghai and beijing; under national, whose texts are silent, the step is
// absent and an attempt is refused, coded and bilingual, citing the profile's own articles.
import { beijing, dispatch, national, type Profile, type Rejection, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { partyLedFormation } from '../src/group/rules.js';
import {
  ev,
  FORMATION_INPUT,
  RE_ELECTION_INPUT,
  startFormation,
  startReElection,
} from './support/fixtures.js';

const guidance = (at: string, role = 'residential-party-organisation') =>
  ev('RECORD_GUIDANCE', role, at, { text: '居民区党组织指导组建' });

function refusal(r: ReturnType<typeof dispatch>): Rejection {
  if (r.ok) throw new Error('accepted');
  return r.rejection;
}

const formation = (profile: Profile) => startFormation({ ...FORMATION_INPUT, profile });
const reElection = (profile: Profile) => startReElection({ ...RE_ELECTION_INPUT, profile });

describe('the party organisation leads formation (PARTY-5)', () => {
  // SH 6: "本市建立健全以居民区党组织为领导核心，居民委员会或者村民委员会、业主委员会、物业服务企业、
  // 业主等共同参与的住宅小区治理架构"; JA 二(二)1: "居民区党组织要在业委会的组改建中发挥主导作用，
  // 将党的领导贯穿始终".
  it('shanghai: the guidance is recorded in formation and in re-election', () => {
    const f = formation(shanghai);
    expect(dispatch(f, guidance('2026-03-03T09:00:00+08:00')).ok).toBe(true);
    expect(f.getSnapshot().context.notes).toEqual([
      {
        at: '2026-03-03T09:00:00+08:00',
        by: 'residential-party-organisation-1',
        role: 'residential-party-organisation',
        text: '居民区党组织指导组建',
      },
    ]);
    const r = reElection(shanghai);
    expect(dispatch(r, guidance('2026-06-02T09:00:00+08:00')).ok).toBe(true);
    expect(r.getSnapshot().context.notes).toHaveLength(1);
  });

  // BJ 3 ¶1: "建立健全社区党组织领导下居民委员会、村民委员会、业主委员会或者物业管理委员会、业主、
  // 物业服务人等共同参与的治理架构"; BJ 40: "…确定业主委员会委员候选人名单，报社区党组织".
  it('beijing: the guidance is recorded', () => {
    const f = formation(beijing);
    expect(dispatch(f, guidance('2026-03-03T09:00:00+08:00')).ok).toBe(true);
    expect(f.getSnapshot().context.notes).toHaveLength(1);
  });

  it('national: the step is absent — refused, coded, bilingual, citing the profile’s articles', () => {
    for (const actor of [formation(national), reElection(national)]) {
      const at =
        actor.getSnapshot().context.procedure === 'formation'
          ? '2026-03-03T09:00:00+08:00'
          : '2026-06-02T09:00:00+08:00';
      const r = refusal(dispatch(actor, guidance(at)));
      expect(r.code).toBe('rule-violated');
      expect(r.rule?.id).toBe('party-leads-formation');
      expect(r.rule?.citations).toEqual(national.party.partyLedFormation.cite);
      expect(r.message['zh-CN']).toBe('本规则未规定由居民区党组织领导业主委员会组建、换届。');
      expect(r.message.en).toBe(
        'This profile does not have the residential party organisation lead the formation or re-election of the committee.',
      );
      expect(actor.getSnapshot().context.notes).toEqual([]);
    }
  });

  it('the check reads the profile in force', () => {
    expect(partyLedFormation({ profile: shanghai })).toBe(true);
    expect(partyLedFormation({ profile: beijing })).toBe(true);
    expect(partyLedFormation({ profile: national })).toMatchObject({
      ok: false,
      citations: ['CC-277'],
    });
  });

  it('the switch alone decides: shanghai with it off refuses, national with it on records', () => {
    const off: Profile = {
      ...shanghai,
      party: {
        ...shanghai.party,
        partyLedFormation: { ...shanghai.party.partyLedFormation, value: false },
      },
    };
    const on: Profile = {
      ...national,
      party: {
        ...national.party,
        partyLedFormation: { ...national.party.partyLedFormation, value: true },
      },
    };
    const at = '2026-03-03T09:00:00+08:00';
    expect(refusal(dispatch(formation(off), guidance(at))).rule?.citations).toEqual([
      'SH-6',
      'JA-2-2',
    ]);
    expect(dispatch(formation(on), guidance(at)).ok).toBe(true);
  });
});
