// FIRM-3, PMR 24 ¶2: an early-stage appointment needs at least three bidders, or the district
// housing bureau's approval of a negotiated appointment.
import { CITATIONS, DEFAULT_PROFILE, RULE_CITATIONS } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { hiringMachine } from '../src/index.js';
import { createActor, ev, hiringInput, refuse, send } from './support.js';

const AT = '2026-03-05T10:00:00+08:00';

function earlyStage(bidders: number) {
  const actor = createActor(hiringMachine, {
    input: hiringInput({ stage: 'early-stage' }),
  }).start();
  for (let i = 1; i <= bidders; i++) {
    send(
      actor,
      ev('RECORD_BID', 'developer', AT, { bid: { firmId: `firm-${i}`, platformRef: `SH-${i}` } }),
    );
  }
  return actor;
}

describe('early-stage bidders (PMR 24 ¶2)', () => {
  it('cites an article that exists: PMR 24 ¶2, “投标人少于3个”, under FIRM-3', () => {
    expect(CITATIONS['PMR-24']).toMatchObject({ law: 'PMR', article: 24, paragraph: 2 });
    expect(CITATIONS['PMR-24'].keyPhrase).toContain('投标人少于3个');
    expect(RULE_CITATIONS['FIRM-3']).toContain('PMR-24');
    expect(DEFAULT_PROFILE.firm.earlyStageMinBidders).toEqual({ value: 3, cite: ['PMR-24'] });
  });

  it('two bidders, no approval: the choice is refused with rule-violated citing PMR 24', () => {
    const actor = earlyStage(2);
    expect(actor.getSnapshot().value).toBe('selection');
    const r = refuse(actor, ev('CHOOSE_FIRM', 'developer', AT, { firmId: 'firm-1' }));
    expect(r.code).toBe('rule-violated');
    expect(r.rule).toEqual({ id: 'early-stage-bidders', citations: ['PMR-24'] });
    expect(r.message['zh-CN']).toContain('投标人少于三个');
    expect(r.message.en).toContain('fewer than three bidders');
    expect(actor.getSnapshot().value).toBe('selection');
    expect(actor.getSnapshot().context.chosenFirm).toBeNull();
  });

  it('two bidders, choosing one of them, still refused; the third bid makes it acceptable', () => {
    const actor = earlyStage(2);
    expect(refuse(actor, ev('CHOOSE_FIRM', 'developer', AT, { firmId: 'firm-2' })).rule?.id).toBe(
      'early-stage-bidders',
    );
    send(
      actor,
      ev('RECORD_BID', 'developer', AT, { bid: { firmId: 'firm-3', platformRef: 'SH-3' } }),
    );
    send(actor, ev('CHOOSE_FIRM', 'developer', AT, { firmId: 'firm-2' }));
    expect(actor.getSnapshot().value).toBe('contracting');
  });

  it('exactly three bidders: the choice is accepted without approval', () => {
    const actor = earlyStage(3);
    const r = send(actor, ev('CHOOSE_FIRM', 'developer', AT, { firmId: 'firm-3' }));
    expect(r.ok).toBe(true);
    expect(actor.getSnapshot().value).toBe('contracting');
    expect(actor.getSnapshot().context.chosenFirm).toBe('firm-3');
    expect(actor.getSnapshot().context.negotiationApproval).toBeNull();
  });

  it('at three bidders the district has nothing to approve', () => {
    const actor = earlyStage(3);
    const r = refuse(actor, ev('APPROVE_NEGOTIATION', 'district-housing-bureau', AT, { ref: 'x' }));
    expect(r.code).toBe('rule-violated');
    expect(r.rule).toEqual({ id: 'approval-when-few-bidders', citations: ['PMR-24'] });
  });

  it('two bidders with the district’s approval: accepted', () => {
    const actor = earlyStage(2);
    send(
      actor,
      ev('APPROVE_NEGOTIATION', 'district-housing-bureau', AT, { ref: '静房〔2026〕1号' }),
    );
    expect(actor.getSnapshot().context.negotiationApproval).toEqual({
      at: AT,
      ref: '静房〔2026〕1号',
    });
    send(actor, ev('CHOOSE_FIRM', 'developer', AT, { firmId: 'firm-2' }));
    expect(actor.getSnapshot().value).toBe('contracting');
  });
});
