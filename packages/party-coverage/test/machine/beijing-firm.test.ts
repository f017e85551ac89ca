// BJ 3 ¶2: "推动在物业服务企业、业主委员会、物业管理委员会中建立党组织，发挥党建引领作用" — party organisations
// in firms, by the ordinary forms; the Jing'an notice's alliance, 双培养 and 党建入章 (JA 二(三)) are not in it.
import { PROFILES } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { census, day, start } from '../support.js';

const firmProject = (profile = PROFILES.beijing) =>
  start({ kind: 'firm-project', profile, ...census(3) });

describe('beijing: party organisations in firms, no alliance, 双培养 or 党建入章 (BJ 3 ¶2)', () => {
  it('the switch is off and cites BJ 3 ¶2', () => {
    expect(PROFILES.beijing.party.firmPartyBuilding).toMatchObject({
      value: false,
      cite: ['BJ-3-2'],
    });
    expect(PROFILES.shanghai.party.firmPartyBuilding.value).toBe(true);
  });

  it('a firm project with 3 full members forms its branch', () => {
    const h = firmProject();
    expect(
      h.send('APPROVE_BRANCH', 'higher-party-organisation', day(1), { branchId: 'b1' }).ok,
    ).toBe(true);
    expect(h.actor.getSnapshot().context.form).toBe('branch');
  });

  it('the alliance, 双培养 and 党建入章 are refused citing BJ 3 ¶2; under shanghai accepted', () => {
    const h = firmProject();
    const sends = [
      () => h.send('ALLIANCE_JOINED', 'property-firm', day(1), { allianceId: 'a1' }),
      () =>
        h.send('DUAL_TRAINING_RECORDED', 'property-firm', day(1), {
          membersIntoCoreStaff: 1,
          coreStaffIntoMembers: 0,
        }),
      () => h.send('ARTICLES_AMENDED', 'property-firm', day(1), { evidence: 'e' }),
    ];
    for (const send of sends) {
      const r = send();
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.rejection.rule).toEqual({ id: 'firm-project-only', citations: ['BJ-3-2'] });
      expect(r.rejection.message.en).toContain('does not enable firm party building');
    }
    const sh = firmProject(PROFILES.shanghai);
    expect(sh.send('ALLIANCE_JOINED', 'property-firm', day(1), { allianceId: 'a1' }).ok).toBe(true);
  });
});
