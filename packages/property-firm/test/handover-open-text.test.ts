// Issue 18: the `handover-open` refusal says when the hand-over starts under the profile in force
// and cites that profile's articles; under `beijing` it names no Shanghai article.
//
// BJ 76 ¶1: "业主共同决定解聘物业服务人的，物业服务人应当自接到通知之日起三十日内履行下列交接义务，并且退出物业
// 管理区域". SH 50: "物业服务企业应当自物业服务合同终止之日起十日内，向建设单位或者业主委员会移交下列资料和财物".
// CC 949 ¶1: "物业服务合同终止的，原物业服务人应当在约定期限或者合理期限内退出物业服务区域". BJ 75 ¶2: "在合同
// 权利义务延续期间，任何一方提出终止合同的，应当提前六十日书面告知对方".
import { beijing, DEFAULT_PROFILE, national, type Profile } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { contractTermMachine } from '../src/index.js';
import { createActor, ev, refuse, send, termInput } from './support.js';

// The term's last day is 2026-12-31; with no decision by then the contract runs on (CC 948 ¶1).
const ENDS = '2026-12-31T16:00:00.000Z';
const AT_EXPIRY = '2027-01-01T00:00:00+08:00';
const T = (day: string, time = '10:00:00') => `${day}T${time}+08:00`;
const ITEM = { item: 'documents', receipt: 'r' };

/**
 * Held over, then the firm's own notice on 2027-01-05 ending the indefinite term at 00:00 of
 * 03-07 (60 days: 01-06 … 03-06): a notice the firm gives, not one it receives, so under every
 * shipped profile the hand-over opens at the end, not before.
 */
function firmEnds(profile: Profile) {
  const actor = createActor(contractTermMachine, { input: termInput(ENDS, { profile }) });
  actor.start();
  send(actor, ev('TICK', 'system', AT_EXPIRY));
  send(
    actor,
    ev('END_INDEFINITE_TERM', 'property-firm', T('2027-01-05'), {
      effectiveAt: T('2027-03-07', '00:00:00'),
    }),
  );
  return actor;
}

const early = (profile: Profile) =>
  refuse(firmEnds(profile), ev('HAND_OVER_ITEM', 'property-firm', T('2027-01-20'), ITEM));

describe('handover-open says when the hand-over starts under the profile in force', () => {
  it('beijing: from the owners’ notice, else the end; BJ 76 ¶1 alone', { timeout: 30_000 }, () => {
    const r = early(beijing);
    expect(r.rule).toEqual({ id: 'handover-open', citations: ['BJ-76'] });
    expect(r.message).toEqual({
      'zh-CN':
        '移交尚未开始：依「北京」配置，移交期限自物业服务人接到业主解聘通知之日起算，未接到通知的自物业服务合同终止之日起算（《北京市物业管理条例》第七十六条第一款）。',
      en: 'The hand-over has not begun: under the Beijing profile it counts from the firm’s receipt of the owners’ notice ending its service, or else from the contract’s end (Beijing Property Management Regulation art. 76(1)).',
    });
  });

  it('shanghai: from the contract’s end, SH 50', { timeout: 30_000 }, () => {
    const r = early(DEFAULT_PROFILE);
    expect(r.rule).toEqual({ id: 'handover-open', citations: ['SH-50'] });
    expect(r.message).toEqual({
      'zh-CN':
        '移交尚未开始：依「上海」配置，移交期限自物业服务合同终止之日起算（《上海市住宅物业管理规定》第五十条）。',
      en: 'The hand-over has not begun: under the Shanghai profile it counts from the contract’s end (Shanghai Residential Property Regulation art. 50).',
    });
  });

  it('national: from the contract’s end, CC 949', { timeout: 30_000 }, () => {
    const r = early(national);
    expect(r.rule).toEqual({ id: 'handover-open', citations: ['CC-949'] });
    expect(r.message).toEqual({
      'zh-CN':
        '移交尚未开始：依「全国」配置，移交期限自物业服务合同终止之日起算（《民法典》第九百四十九条第一款）。',
      en: 'The hand-over has not begun: under the National profile it counts from the contract’s end (Civil Code art. 949(1)).',
    });
  });

  it('beijing: refused one second before the end (23:59:59 of 03-06), taken at 00:00 of 03-07', {
    timeout: 30_000,
  }, () => {
    const actor = firmEnds(beijing);
    send(actor, ev('TICK', 'system', T('2027-03-06', '23:59:59')));
    expect(
      refuse(actor, ev('HAND_OVER_ITEM', 'property-firm', T('2027-03-06', '23:59:59'), ITEM)).rule
        ?.id,
    ).toBe('handover-open');
    send(actor, ev('TICK', 'system', T('2027-03-07', '00:00:00')));
    send(actor, ev('HAND_OVER_ITEM', 'property-firm', T('2027-03-07', '00:00:00'), ITEM));
    expect(actor.getSnapshot().context.handover?.documents.status).not.toBe('pending');
  });
});
