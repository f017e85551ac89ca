// Who serves after the contract ends, as the profile's firm.keepsServingUntilHandover says.
//
// CC 950: "物业服务合同终止后，在业主或者业主大会选聘的新物业服务人或者决定自行管理的业主接管之前，原物业服务人
// 应当继续处理物业服务事项，并可以请求业主支付该期间的物业费。" Every shipped profile keeps the old firm
// serving; a host's profile that does not leaves no one serving until a temporary firm (SH 52 ¶1
// "物业服务企业退出且业主大会尚未选聘新物业服务企业的，由业主委员会报…选定物业服务企业提供临时服务") or the
// successor takes over.
import { beijing, DEFAULT_PROFILE, defineProfile, national, type Profile } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { contractTermMachine, dismissalMachine } from '../src/index.js';
import { baseInput, createActor, ev, send, termInput } from './support.js';

// The last day of the term is 2026-12-31: it ends at its 24:00, 2027-01-01T00:00:00+08:00.
const ENDS = '2026-12-31T16:00:00.000Z';
const SECOND_BEFORE = '2026-12-31T23:59:59+08:00';
const AT_EXPIRY = '2027-01-01T00:00:00+08:00';

const stops = defineProfile({
  ...DEFAULT_PROFILE,
  id: 'shanghai-old-firm-stops',
  firm: {
    ...DEFAULT_PROFILE.firm,
    keepsServingUntilHandover: {
      value: false,
      cite: [],
      note: { 'zh-CN': '测试用：原物业不继续服务。', en: 'For the test: the old firm stops.' },
    },
  },
});

/** A firm's non-renewal notice, then the TICK `at`. */
function leaving(profile: Profile, at: string) {
  const actor = createActor(contractTermMachine, { input: termInput(ENDS, { profile }) }).start();
  send(actor, ev('NOTIFY_NON_RENEWAL', 'property-firm', '2026-09-01T10:00:00+08:00'));
  send(actor, ev('TICK', 'system', at));
  return actor;
}

describe('CC 950: the old firm serves until it is replaced', () => {
  it('every shipped profile keeps it serving, cited to CC 950', () => {
    for (const p of [DEFAULT_PROFILE, beijing, national]) {
      expect(p.firm.keepsServingUntilHandover).toEqual({ value: true, cite: ['CC-950'] });
    }
  });

  it('at expiry the old firm still serves: 24:00 of 12-31 and after', () => {
    const actor = leaving(DEFAULT_PROFILE, AT_EXPIRY);
    expect(actor.getSnapshot().value).toEqual({
      exit: { handover: 'pending', service: 'oldFirmServing' },
    });
    expect(actor.getSnapshot().context.caretaker).toMatchObject({
      kind: 'old-firm',
      firmId: 'firm-old',
    });
  });
});

describe('a profile that does not keep it serving', () => {
  it('one second before expiry the old firm serves; at expiry no one does', () => {
    const before = leaving(stops, SECOND_BEFORE);
    expect(before.getSnapshot().value).toBe('firmLeaving');
    expect(before.getSnapshot().context.caretaker).toMatchObject({ kind: 'old-firm' });

    const at = leaving(stops, AT_EXPIRY);
    expect(at.getSnapshot().value).toEqual({ exit: { handover: 'pending', service: 'unserved' } });
    expect(at.getSnapshot().context.caretaker).toBeNull();
  });

  it('a temporary firm is then requested and appointed, or the successor takes over', () => {
    const actor = leaving(stops, AT_EXPIRY);
    send(actor, ev('REQUEST_TEMPORARY_FIRM', 'committee', '2027-01-02T10:00:00+08:00'));
    send(
      actor,
      ev('APPOINT_TEMPORARY_FIRM', 'street-office', '2027-01-03T10:00:00+08:00', { firmId: 't' }),
    );
    expect(actor.getSnapshot().context.caretaker).toMatchObject({
      kind: 'temporary-firm',
      firmId: 't',
    });
    const direct = leaving(stops, AT_EXPIRY);
    send(
      direct,
      ev('SUCCESSOR_TAKES_OVER', 'committee', '2027-01-02T10:00:00+08:00', { firmId: 'n' }),
    );
    expect(direct.getSnapshot().value).toMatchObject({ exit: { service: 'successorServing' } });
  });

  it('a dismissal reads it too: no one serves once the notice takes effect', () => {
    const actor = createActor(dismissalMachine, { input: baseInput({ profile: stops }) }).start();
    const snapshot = dismissalMachine.resolveState({
      value: 'noticeRunning',
      context: {
        ...actor.getSnapshot().context,
        notices: [
          {
            kind: 'dismissal',
            by: 'committee',
            servedAt: '2026-04-02T10:00:00+08:00',
            effectiveAt: '2026-06-02T00:00:00+08:00',
          },
        ],
      },
    });
    const restored = createActor(dismissalMachine, { snapshot, input: baseInput() }).start();
    send(restored, ev('TICK', 'system', '2026-06-01T23:59:59+08:00'));
    expect(restored.getSnapshot().value).toBe('noticeRunning');
    send(restored, ev('TICK', 'system', '2026-06-02T00:00:00+08:00'));
    expect(restored.getSnapshot().value).toMatchObject({ terminated: { service: 'unserved' } });
    expect(restored.getSnapshot().context.caretaker).toBeNull();
  });
});
