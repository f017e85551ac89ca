// Owners acting as assembly and committee themselves (FORM-1, SH 13 ¶2): only one owner, or few
// owners all agreeing in writing; the owner count and the agreement are recorded.
//
// SH 13 ¶2: "但只有一个业主的，或者业主人数较少且经全体业主一致同意，决定不成立业主大会的，由业主
// 共同履行业主大会、业主委员会职责。" (PMR 10 has the same words.)
import { dispatch, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { ev, FORMATION_INPUT, startFormation, where } from './support/fixtures.js';

const D = (s: string) => `${s}+08:00`;
const AT = D('2026-03-05T09:00:00');

function act(payload: Record<string, unknown>, input = FORMATION_INPUT) {
  const actor = startFormation(input);
  const before = actor.getSnapshot();
  const result = dispatch(actor, ev('OWNERS_ACT_DIRECTLY', 'street-office', AT, payload));
  return { actor, before, result };
}

const agreement = (signatories: number) => ({ reference: 'c1/协议#1', signatories });

describe('owners act directly (SH 13 ¶2, FORM-1)', () => {
  it('"只有一个业主的": one owner acts alone, no agreement needed; the count is recorded', () => {
    const { actor, result } = act({ owners: 1 });
    expect(result.ok).toBe(true);
    expect(where(actor)).toBe('ownersActDirectly');
    expect(actor.getSnapshot().context.ownersActing).toEqual({
      at: AT,
      owners: 1,
      agreement: null,
    });
  });

  it('two or more owners without a written agreement are refused (经全体业主一致同意)', () => {
    const { actor, before, result } = act({ owners: 3 });
    expect(result.ok).toBe(false);
    expect(result.ok || result.rejection.rule?.id).toBe('owners-all-agree');
    expect(result.ok || result.rejection.rule?.citations).toContain('SH-13-2-few-owners');
    expect(result.ok || result.rejection.message['zh-CN']).toContain('全体业主');
    expect(actor.getSnapshot()).toBe(before);
  });

  it('all three owners signing is unanimous; one signature fewer is not', () => {
    const short = act({ owners: 3, agreement: agreement(2) });
    expect(short.result.ok || short.result.rejection.rule?.id).toBe('owners-all-agree');
    expect(short.result.ok || short.result.rejection.message.en).toMatch(/2 of the 3 owners/);
    expect(where(short.actor)).toBe('awaitingTrigger');

    const all = act({ owners: 3, agreement: agreement(3) });
    expect(all.result.ok).toBe(true);
    expect(where(all.actor)).toBe('ownersActDirectly');
    expect(all.actor.getSnapshot().context.ownersActing).toEqual({
      at: AT,
      owners: 3,
      agreement: { reference: 'c1/协议#1', signatories: 3 },
    });
  });

  it('more signatories than owners is an inconsistent record, refused', () => {
    const { result } = act({ owners: 3, agreement: agreement(4) });
    expect(result.ok || result.rejection.rule?.id).toBe('owners-all-agree');
    expect(result.ok || result.rejection.message.en).toMatch(/4 signatories.*3 owners/);
  });

  it('a single owner with an agreement signed by someone else as well is refused', () => {
    const { result } = act({ owners: 1, agreement: agreement(2) });
    expect(result.ok || result.rejection.rule?.id).toBe('owners-all-agree');
  });

  it('also after the trigger, while the developer reports', () => {
    const actor = startFormation();
    dispatch(
      actor,
      ev('RECORD_DELIVERY', 'developer', D('2026-03-03T09:00:00'), {
        deliveredArea: 2_000_000,
        totalArea: 2_000_000,
      }),
    );
    expect(where(actor)).toBe('awaitingReport.onTime');
    const none = dispatch(actor, ev('OWNERS_ACT_DIRECTLY', 'street-office', AT, { owners: 2 }));
    expect(none.ok).toBe(false);
    const both = dispatch(
      actor,
      ev('OWNERS_ACT_DIRECTLY', 'street-office', AT, { owners: 2, agreement: agreement(2) }),
    );
    expect(both.ok).toBe(true);
    expect(where(actor)).toBe('ownersActDirectly');
  });

  it('a profile without the clause refuses even one owner', () => {
    const off = {
      ...shanghai,
      formation: {
        ...shanghai.formation,
        fewOwnersActDirectly: { ...shanghai.formation.fewOwnersActDirectly, value: false },
      },
    };
    const { result } = act({ owners: 1 }, { ...FORMATION_INPUT, profile: off });
    expect(result.ok || result.rejection.rule?.id).toBe('few-owners-allowed');
  });
});
