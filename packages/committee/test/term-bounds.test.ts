// FORM-8: the committee's term, set by the rules of procedure, is checked when the committee files.
//
// SH 20 ¶1: "业主委员会的任期为三年到五年" (the rules of procedure set it within these bounds).
// A term of N years runs from the election and ends on the same date N years on (CC 201 ¶1
// "开始的当日不计入，自下一日开始计算", CC 202 "到期月的对应日为期间的最后一日").
import { dispatch, national, shanghai } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { formationEvents, formationMachine, reElectionEvents } from '../src/index.js';
import { checkTerm } from '../src/seating/rules.js';
import { FORMATION_INPUT } from './support/fixtures.js';
import { formationRun } from './support/formation-run.js';

const steps = formationRun();
const fileAt = steps.findIndex((e) => e.type === 'FILE');
const FILE = steps[fileAt] ?? {};

/** The formation just before the committee files: elected on 2026-07-21 (Shanghai). */
function beforeFiling(input = FORMATION_INPUT) {
  const actor = createActor(formationMachine, { input }).start();
  for (const event of steps.slice(0, fileAt)) {
    const r = dispatch(actor, event);
    if (!r.ok) throw new Error(`${String(event.type)}: ${r.rejection.message.en}`);
  }
  return actor;
}

const file = (termEndsOn: string) => ({ ...FILE, termEndsOn });

describe('FORM-8: the term filed is three to five years from the election (SH 20 ¶1)', () => {
  it('the committee was elected on 2026-07-21', () => {
    const elected = beforeFiling().getSnapshot().context.milestones.elected;
    expect(elected).toBe('2026-07-21T17:00:00+08:00');
  });

  it.each([
    ['2029-07-20', false, 'one day short of three years'],
    ['2029-07-21', true, 'exactly three years'],
    ['2029-07-22', true, 'three years and a day'],
    ['2031-07-20', true, 'a day short of five years'],
    ['2031-07-21', true, 'exactly five years'],
    ['2031-07-22', false, 'five years and a day'],
  ] as const)('a term ending on %s: accepted %s (%s)', (termEndsOn, accepted, _what) => {
    const actor = beforeFiling();
    const result = dispatch(actor, file(termEndsOn));
    expect(result.ok).toBe(accepted);
    if (result.ok) {
      expect(actor.getSnapshot().context.milestones.filed).toBe(FILE.at);
      return;
    }
    expect(result.rejection.code).toBe('rule-violated');
    expect(result.rejection.rule).toEqual({
      id: 'term-within-bounds',
      citations: ['SH-20-1-term'],
    });
    expect(result.rejection.message['zh-CN']).toContain('2029-07-21 至 2031-07-21');
    expect(result.rejection.message.en).toContain(
      `between 2029-07-21 and 2031-07-21, not on ${termEndsOn}`,
    );
    expect(actor.getSnapshot().context.milestones.filed).toBeUndefined();
  });

  it('the bounds are the profile’s: three to five years in shanghai, none in national', () => {
    expect(shanghai.formation.committeeTerm.value).toEqual({ minYears: 3, maxYears: 5 });
    expect(shanghai.formation.committeeTerm.cite).toEqual(['SH-20-1-term']);
    expect(national.formation.committeeTerm.value).toBeNull();
  });

  it('a filing must name the term: without it, a coded refusal and nothing filed', () => {
    const { termEndsOn: _named, ...unnamed } = FILE as Record<string, unknown>;
    const actor = beforeFiling();
    const r = dispatch(actor, unnamed);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rejection.code).toBe('invalid-event');
      expect(r.rejection.issues?.map((i) => i.path)).toEqual(['termEndsOn']);
    }
    expect(actor.getSnapshot().context.milestones.filed).toBeUndefined();
    expect(actor.getSnapshot().context.filedTermEndsOn).toBeNull();
  });

  it('keeps the term as filed', () => {
    const actor = beforeFiling();
    expect(dispatch(actor, file('2031-07-21')).ok).toBe(true);
    expect(actor.getSnapshot().context.filedTermEndsOn).toBe('2031-07-21');
  });

  it('national sets no bounds: any day passes the rule (shanghai’s bound refuses it)', () => {
    const milestones = { elected: '2026-07-21T17:00:00+08:00' };
    expect(checkTerm({ profile: national, milestones }, { termEndsOn: '2040-01-01' })).toBe(true);
    expect(checkTerm({ profile: shanghai, milestones }, { termEndsOn: '2040-01-01' })).not.toBe(
      true,
    );
  });

  it('refuses a malformed date with a coded error, not a crash', () => {
    const r = dispatch(beforeFiling(), file('2029-02-30'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rejection.code).toBe('invalid-event');
  });

  it('is the same rule on the re-election’s filing', () => {
    for (const catalog of [formationEvents, reElectionEvents]) {
      const rules = catalog.events.FILE?.rules?.map((r) => r.id);
      expect(rules).toContain('term-within-bounds');
    }
  });
});
