// The levels, and how long a matter stays at each, come from the profile. The Jing'an notice
// (JA 二(一)) sets four levels — "建立区、街镇、居民区、住宅小区四级工作联席会议制度"; the Beijing
// regulation and the national texts have no joint meetings, so a matter cannot start under them.
import { beijing, DEFAULT_PROFILE, defineProfile, national } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { levelsOf, MatterInputError, matterMachine } from '../../src/index.js';
import { day, input, start } from '../support.js';

function startError(o: Parameters<typeof input>[0]) {
  const errors: unknown[] = [];
  const actor = createActor(matterMachine, { input: input(o) });
  actor.subscribe({ error: (e) => errors.push(e) });
  actor.start();
  return { errors, status: actor.getSnapshot().status };
}

/** A host's profile with two levels: the complex, then the street. */
const twoLevels = defineProfile({
  ...DEFAULT_PROFILE,
  id: 'two-levels',
  jointMeetings: {
    ...DEFAULT_PROFILE.jointMeetings,
    levels: { value: ['street', 'complex'], cite: ['JA-2-1'] },
  },
});

describe('joint-meeting levels from the profile', () => {
  it('beijing and national have none: the start is refused with a coded bilingual error', () => {
    for (const profile of [beijing, national]) {
      expect(profile.jointMeetings.levels.value).toEqual([]);
      const { errors, status } = startError({ profile });
      expect(status).toBe('error');
      expect(errors[0]).toBeInstanceOf(MatterInputError);
      const e = errors[0] as MatterInputError;
      expect(e.code).toBe('no-joint-meetings');
      expect(e.messages.en).toContain(`The ${profile.name.en} profile has no joint-meeting levels`);
      expect(e.messages['zh-CN']).toContain(`配置「${profile.name['zh-CN']}」没有联席会议层级`);
    }
  });

  it('shanghai keeps the four levels, raised at the complex', () => {
    expect(levelsOf(DEFAULT_PROFILE.jointMeetings)).toEqual([
      'complex',
      'residential-area',
      'street',
      'district',
    ]);
    expect(start().actor.getSnapshot().context.level).toBe('complex');
  });

  it('a level the profile does not use is refused at start', () => {
    const { errors } = startError({ profile: twoLevels, level: 'district' });
    expect(errors[0]).toMatchObject({ code: 'level-not-in-profile' });
  });

  it('two levels: the complex goes up to the street, after 15 days to the second, and stops there', () => {
    const h = start({ profile: twoLevels });
    // 15 days from T0 (03-02): 03-03 … 03-17, run out at 24:00 of 03-17.
    expect(h.actor.getSnapshot().context.deadlines.escalation?.due.lastDay).toBe('2026-03-17');
    h.send('TICK', 'system', '2026-03-17T23:59:59+08:00');
    expect(h.actor.getSnapshot().context.level).toBe('complex');
    h.send('TICK', 'system', '2026-03-18T00:00:00+08:00');
    const c = h.actor.getSnapshot().context;
    expect(c.level).toBe('street');
    expect(c.escalations.at(-1)).toMatchObject({ from: 'complex', to: 'street' });
    // The street is this profile's last level: no escalation period runs there.
    expect(c.deadlines.escalation).toBeUndefined();
    h.meet(day(20));
    const r = h.send('ESCALATE', 'street-party-committee', day(21), {
      toLevel: 'district',
      reason: 'r',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rejection.message.en).toContain("this profile's last resort");
  });
});

describe('conveners from the profile', () => {
  const ownConvener = defineProfile({
    ...DEFAULT_PROFILE,
    id: 'own-convener',
    jointMeetings: {
      ...DEFAULT_PROFILE.jointMeetings,
      conveners: { value: { complex: 'residential-party-organisation' }, cite: ['JA-2-1'] },
    },
  });
  const meeting = {
    participants: [
      'committee-members',
      'building-leaders',
      'firm-representative',
      'owner-representatives',
    ],
    minutes: '纪要',
  };

  it('the profile’s convener holds the complex meeting; the notice’s is refused, citing the profile', () => {
    const h = start({ profile: ownConvener });
    const r = h.send('HOLD_MEETING', 'committee-chair', day(1), meeting);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.rule?.id).toBe('convener-of-level');
      expect(r.rejection.details).toMatchObject({
        convener: 'residential-party-organisation',
        cite: ['JA-2-1'],
      });
    }
    expect(h.send('HOLD_MEETING', 'residential-party-organisation', day(1), meeting).ok).toBe(true);
  });

  it('a level the profile leaves out keeps the notice’s convener (JA 二(一)4: 业委会主任)', () => {
    const h = start();
    expect(h.send('HOLD_MEETING', 'committee-chair', day(1), meeting).ok).toBe(true);
  });
});

describe('participants from the profile', () => {
  // JA 二(一)4: "住宅小区工作联席会议制度。会议由业委会主任牵头，业委会成员、楼组长、物业企业代表、业主代表等
  // 相关人员参加" — the notice's list holds where the profile names none; a host's profile may name
  // its own, cited.
  const ownParticipants = defineProfile({
    ...DEFAULT_PROFILE,
    id: 'own-participants',
    jointMeetings: {
      ...DEFAULT_PROFILE.jointMeetings,
      participants: {
        value: {
          complex: ['committee-members', 'firm-representative', 'residents-committee-director'],
        },
        cite: ['JA-2-1'],
      },
    },
  });
  const held = (participants: string[]) => ({ participants, minutes: '纪要' });
  const own = ['committee-members', 'firm-representative', 'residents-committee-director'];

  it('all the profile’s three attend: held; one of them short: refused, naming her and citing the profile', () => {
    const short = start({ profile: ownParticipants });
    const r = short.send('HOLD_MEETING', 'committee-chair', day(1), held(own.slice(0, 2)));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.rule?.id).toBe('required-participants');
      expect(r.rejection.details).toEqual({
        missing: ['residents-committee-director'],
        cite: ['JA-2-1'],
      });
    }
    const h = start({ profile: ownParticipants });
    expect(h.send('HOLD_MEETING', 'committee-chair', day(1), held(own)).ok).toBe(true);
  });

  it('the notice’s four are not asked for where the profile names its own', () => {
    const h = start({ profile: ownParticipants });
    const r = h.send(
      'HOLD_MEETING',
      'committee-chair',
      day(1),
      held([
        'committee-members',
        'building-leaders',
        'firm-representative',
        'owner-representatives',
      ]),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.rejection.details).toMatchObject({ missing: ['residents-committee-director'] });
  });

  it('a level the profile leaves out keeps the notice’s: one of the four short is refused', () => {
    const h = start();
    const four = [
      'committee-members',
      'building-leaders',
      'firm-representative',
      'owner-representatives',
    ];
    const r = h.send('HOLD_MEETING', 'committee-chair', day(1), held(four.slice(0, 3)));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.rejection.details).toEqual({
        missing: ['owner-representatives'],
        cite: ['JA-2-1-4'],
      });
    expect(start().send('HOLD_MEETING', 'committee-chair', day(1), held(four)).ok).toBe(true);
  });
});
