// The committee posts its members' own fee payments where the profile says so (DISC-5).
//
// BJ 44 ¶1 (八): "定期向业主通报工作情况，每半年公示业主委员会委员、候补委员交纳物业费、停车费情况".
// CC 201: "开始的当日不计入，自下一日开始计算"; CC 202: "按照年、月计算期间的，到期月的对应日为期间的最后一日";
// CC 203: "期间的最后一日的截止时间为二十四时".
import { readFileSync } from 'node:fs';
import { beijing, dispatch, national, PROFILES } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor, type Snapshot } from 'xstate';
import {
  DISCLOSURE_SNAPSHOT_VERSION,
  type DisclosureContext,
  disclosureMachine,
  disclosureMigrations,
} from '../../src/index.js';
import { dInput, refusal, startCalendar } from './support.js';

const DUTY = 'committee-fee-payments';
const at = (day: string, time = '10:00:00') => `${day}T${time}+08:00`;

describe('BJ 44 ¶1 (八): every half year', () => {
  it('the profile sets six months, cited to BJ 44', () => {
    expect(beijing.disclosure.committeeFeePaymentEvery).toEqual({
      period: { months: 6 },
      cite: ['BJ-44'],
    });
  });

  it('opened 03-02, the first falls due by 24:00 of 09-02 (03-03 … 09-02)', () => {
    const h = startCalendar({ profile: beijing });
    expect(h.obligation(DUTY)).toMatchObject({
      status: 'due',
      dueAt: '2026-09-02T16:00:00.000Z',
      cite: ['BJ-44'],
    });
  });

  it('posted at 23:59:59 of 09-02: on time; at 00:00:00 of 09-03: late', () => {
    const onTime = startCalendar({ profile: beijing });
    expect(
      onTime.send('PUBLISH', 'committee', at('2026-09-02', '23:59:59'), {
        duty: DUTY,
        evidence: 'board',
      }).ok,
    ).toBe(true);
    expect(onTime.obligation(DUTY, 1)).toMatchObject({ status: 'published', late: false });
    const late = startCalendar({ profile: beijing });
    late.send('PUBLISH', 'committee', at('2026-09-03', '00:00:00'), {
      duty: DUTY,
      evidence: 'board',
    });
    expect(late.obligation(DUTY, 1)).toMatchObject({ status: 'published', late: true });
  });

  it('a TICK at 00:00:00 of 09-03 makes it overdue, not one at 23:59:59 of 09-02', () => {
    const h = startCalendar({ profile: beijing });
    h.send('TICK', 'system', at('2026-09-02', '23:59:59'));
    expect(h.obligation(DUTY)?.status).toBe('due');
    h.send('TICK', 'system', at('2026-09-03', '00:00:00'));
    expect(h.obligation(DUTY)?.status).toBe('overdue');
  });

  it('posted 04-10, the next is due within half a year of it: 24:00 of 10-10', () => {
    const h = startCalendar({ profile: beijing });
    h.send('PUBLISH', 'committee', at('2026-04-10'), { duty: DUTY, evidence: 'board' });
    expect(h.obligation(DUTY, 2)).toMatchObject({
      status: 'due',
      dueAt: '2026-10-10T16:00:00.000Z',
    });
  });

  it('the committee posts, not the firm', () => {
    const h = startCalendar({ profile: beijing });
    const r = refusal(
      h.send('PUBLISH', 'property-firm', at('2026-04-10'), { duty: DUTY, evidence: 'board' }),
    );
    expect(r.rule?.id).toBe('publisher-of-duty');
    expect(r.rule?.citations).toEqual(['BJ-44']);
  });

  it('shanghai and national set no period: no such duty', () => {
    for (const profile of [PROFILES.shanghai, national]) {
      expect(profile.disclosure.committeeFeePaymentEvery.period).toBeNull();
      const h = startCalendar({ profile });
      expect(h.obligation(DUTY)).toBeUndefined();
    }
  });
});

describe('disclosure snapshot version 3 → 4', () => {
  // test/fixtures/v3-disclosure-snapshots.json: a beijing calendar recorded at version 3 (no
  // fee-payment duty), its clock at 2026-05-01 10:00 after the committee posted its decisions.
  const V3: Readonly<
    Record<string, { readonly snapshot: { readonly context: DisclosureContext } }>
  > = JSON.parse(
    readFileSync(new URL('../fixtures/v3-disclosure-snapshots.json', import.meta.url), 'utf8'),
  );

  it('is at version 4 or later with migrations from 1, 2 and 3', () => {
    expect(DISCLOSURE_SNAPSHOT_VERSION).toBeGreaterThanOrEqual(4);
    expect(Object.keys(disclosureMigrations)).toEqual(expect.arrayContaining(['1', '2', '3']));
  });

  it('opens the duty at the snapshot’s clock, 05-01: due by 24:00 of 11-01; the rest as recorded', () => {
    const before = V3['beijing-may']!.snapshot;
    expect(before.context.plans.some((p) => p.duty === DUTY)).toBe(false);
    const after = disclosureMigrations[3](before) as { context: DisclosureContext };
    expect(after.context.obligations.slice(0, -1)).toEqual(before.context.obligations);
    expect(after.context.obligations.at(-1)).toMatchObject({
      id: `${DUTY}#1`,
      status: 'due',
      openedAt: at('2026-05-01'),
      dueAt: '2026-11-01T16:00:00.000Z',
    });
    const actor = createActor(disclosureMachine, {
      snapshot: after as unknown as Snapshot<unknown>,
      input: dInput({ profile: beijing }),
    }).start();
    const tick = (t: string) =>
      dispatch(actor, { type: 'TICK', at: t, by: { id: 's', role: 'system' } });
    tick(at('2026-11-01', '23:59:59'));
    expect(actor.getSnapshot().context.obligations.at(-1)?.status).toBe('due');
    tick(at('2026-11-02', '00:00:00'));
    expect(actor.getSnapshot().context.obligations.at(-1)?.status).toBe('overdue');
  });

  it('leaves a shanghai snapshot as it was', () => {
    const h = startCalendar();
    const snap = h.actor.getPersistedSnapshot();
    expect(disclosureMigrations[3](snap)).toBe(snap);
  });
});
