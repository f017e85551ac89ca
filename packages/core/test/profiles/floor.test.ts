import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/calendar/index.js';
import type { Bar } from '../../src/fraction.js';
import { atLeast, moreThan } from '../../src/fraction.js';
import {
  defineProfile,
  minimumCalendarDays,
  ProfileFloorError,
  type ProfileInput,
  ProfileValidationError,
  shanghai,
} from '../../src/profiles/index.js';
import { copy } from './helpers.js';

const SECTIONS = ['quorum', 'ordinary', 'special'] as const;
const MEASURES = ['headcount', 'area'] as const;
type Section = (typeof SECTIONS)[number];

const FLOORS: Record<Section, { bar: Bar; cite: string; zh: string; en: string }> = {
  quorum: {
    bar: atLeast(2, 3),
    cite: 'CC-278-2',
    zh: '《民法典》第二百七十八条第二款',
    en: 'Civil Code art. 278(2)',
  },
  ordinary: {
    bar: moreThan(1, 2),
    cite: 'CC-278-2-ordinary',
    zh: '《民法典》第二百七十八条第二款',
    en: 'Civil Code art. 278(2)',
  },
  special: {
    bar: atLeast(3, 4),
    cite: 'CC-278-2-special',
    zh: '《民法典》第二百七十八条第二款',
    en: 'Civil Code art. 278(2)',
  },
};

/** Written apart from fraction.ts: is `bar` strictly easier to meet than `floor`? */
function weaker(bar: Bar, floor: Bar): boolean {
  const l = bar.fraction.num * floor.fraction.den;
  const r = floor.fraction.num * bar.fraction.den;
  if (l !== r) return l < r;
  return bar.mode === 'at-least' && floor.mode === 'more-than';
}

const barArb: fc.Arbitrary<Bar> = fc.integer({ min: 1, max: 1000 }).chain((den) =>
  fc.record({
    fraction: fc.record({ num: fc.integer({ min: 0, max: den }), den: fc.constant(den) }),
    mode: fc.constantFrom('at-least' as const, 'more-than' as const),
  }),
);

const placeArb = fc.record({
  section: fc.constantFrom(...SECTIONS),
  measure: fc.constantFrom(...MEASURES),
});

function withBar(section: Section, measure: (typeof MEASURES)[number], bar: Bar): ProfileInput {
  const p = copy(shanghai);
  p.voting[section][measure].value = bar;
  return p;
}

function floorError(f: () => unknown): ProfileFloorError {
  try {
    f();
  } catch (e) {
    if (e instanceof ProfileFloorError) return e;
    throw e;
  }
  throw new Error('expected a ProfileFloorError');
}

describe('the Civil Code floor (property)', () => {
  it('rejects any voting bar weakened below the floor, naming field and article', () => {
    fc.assert(
      fc.property(
        placeArb.chain(({ section, measure }) =>
          fc.record({
            section: fc.constant(section),
            measure: fc.constant(measure),
            bar: barArb.filter((b) => weaker(b, FLOORS[section].bar)),
          }),
        ),
        ({ section, measure, bar }) => {
          const err = floorError(() => defineProfile(withBar(section, measure, bar)));
          expect(err.field).toBe(`voting.${section}.${measure}`);
          expect(err.citation).toBe(FLOORS[section].cite);
          expect(err.violations).toHaveLength(1);
          expect(err.messages['zh-CN']).toContain(FLOORS[section].zh);
          expect(err.messages.en).toContain(FLOORS[section].en);
        },
      ),
    );
  });

  it('accepts any voting bar at or above the floor', () => {
    fc.assert(
      fc.property(
        placeArb.chain(({ section, measure }) =>
          fc.record({
            section: fc.constant(section),
            measure: fc.constant(measure),
            bar: barArb.filter((b) => !weaker(b, FLOORS[section].bar)),
          }),
        ),
        ({ section, measure, bar }) => {
          const p = defineProfile(withBar(section, measure, bar));
          expect(p.voting[section][measure].value).toEqual(bar);
        },
      ),
    );
  });

  it('reports every weakened bar when several are', () => {
    fc.assert(
      fc.property(
        fc.subarray(
          SECTIONS.flatMap((s) => MEASURES.map((m) => [s, m] as const)),
          { minLength: 1 },
        ),
        (places) => {
          const p = copy(shanghai);
          for (const [s, m] of places) p.voting[s][m].value = atLeast(0, 1);
          const err = floorError(() => defineProfile(p));
          expect(err.violations.map((v) => v.field).sort()).toEqual(
            places.map(([s, m]) => `voting.${s}.${m}`).sort(),
          );
        },
      ),
    );
  });

  it('treats the bound itself as the law does: 1/2 以上 is weaker than 过半数', () => {
    const err = floorError(() => defineProfile(withBar('ordinary', 'area', atLeast(1, 2))));
    expect(err.messages['zh-CN']).toContain('1/2以上');
    expect(err.messages['zh-CN']).toContain('过半数');
    expect(() => defineProfile(withBar('quorum', 'area', moreThan(2, 3)))).not.toThrow();
    expect(() => defineProfile(withBar('special', 'headcount', atLeast(4, 5)))).not.toThrow();
  });
});

describe('each floor names its article', () => {
  it('counting non-voters with the majority (VOTE-10), asked for by the retired key', () => {
    const p = copy(shanghai);
    // The key left the profile (only `false` was lawful); input that still asks for 从多 is
    // refused as a breach of CC 278 ¶2, not as an unknown key.
    Object.assign(p.voting, {
      countNonVotersWithMajority: { value: true, cite: ['GUIDE-2009-26-2'] },
    });
    const err = floorError(() => defineProfile(p));
    expect(err.field).toBe('voting.countNonVotersWithMajority');
    expect(err.citation).toBe('CC-278-2-ordinary');
    expect(err.messages['zh-CN']).toContain('《民法典》第二百七十八条第二款');
    expect(err.message).toContain('Civil Code art. 278(2)');
  });

  it.each([
    [
      'dismissal notice',
      (p: ProfileInput, x: Period) => (p.firm.dismissalNotice.period = x),
      { days: 59 },
      'firm.dismissalNotice',
      '《民法典》第九百四十六条第一款',
      'Civil Code art. 946(1)',
    ],
    [
      'two months can be 59 days',
      (p: ProfileInput, x: Period) => (p.firm.dismissalNotice.period = x),
      { months: 2 },
      'firm.dismissalNotice',
      '第九百四十六条',
      'art. 946',
    ],
    [
      'non-renewal notice',
      (p: ProfileInput, x: Period) => (p.firm.nonRenewalNotice.period = x),
      { days: 89 },
      'firm.nonRenewalNotice',
      '《民法典》第九百四十七条第二款',
      'Civil Code art. 947(2)',
    ],
    [
      'indefinite-term notice',
      (p: ProfileInput, x: Period) => (p.firm.indefiniteTermNotice.period = x),
      { days: 30 },
      'firm.indefiniteTermNotice',
      '《民法典》第九百四十八条第二款',
      'Civil Code art. 948(2)',
    ],
    [
      'meeting notice',
      (p: ProfileInput, x: Period) => (p.voting.meetingNotice.period = x),
      { days: 14 },
      'voting.meetingNotice',
      '《物业管理条例》第十四条第一款',
      'Property Management Regulation art. 14(1)',
    ],
    [
      'revocation window',
      (p: ProfileInput, x: Period) => (p.voting.revocationWindow.period = x),
      { months: 11 },
      'voting.revocationWindow',
      '《建筑物区分所有权解释》第十二条',
      'SPC Building Ownership Interpretation art. 12',
    ],
  ] as const)('%s', (_name, set, period, field, zh, en) => {
    const p = copy(shanghai);
    set(p, period);
    const err = floorError(() => defineProfile(p));
    expect(err.field).toBe(field);
    expect(err.messages['zh-CN']).toContain(zh);
    expect(err.messages['zh-CN']).toContain(field);
    expect(err.messages.en).toContain(en);
    expect(err.messages.en).toContain(field);
  });

  it('early-stage bidders below 3 (PMR 24)', () => {
    const p = copy(shanghai);
    p.firm.earlyStageMinBidders.value = 2;
    const err = floorError(() => defineProfile(p));
    expect(err.field).toBe('firm.earlyStageMinBidders');
    expect(err.messages.en).toContain('Property Management Regulation art. 24(2)');
  });

  it('an interim-meeting threshold above 20% curtails owners (PMR 13)', () => {
    const p = copy(shanghai);
    p.voting.interimAssemblyProposers.share.value = atLeast(1, 4);
    const err = floorError(() => defineProfile(p));
    expect(err.field).toBe('voting.interimAssemblyProposers.share');
    expect(err.violations[0]?.kind).toBe('ceiling');
    expect(err.messages['zh-CN']).toContain('《物业管理条例》第十三条第二款');
    const lower = copy(shanghai);
    lower.voting.interimAssemblyProposers.share.value = atLeast(1, 10);
    expect(() => defineProfile(lower)).not.toThrow();
  });

  it('accepts longer notices, in any unit that cannot fall short', () => {
    const p = copy(shanghai);
    p.firm.dismissalNotice.period = { months: 3 };
    p.firm.nonRenewalNotice.period = { workingDays: 90 };
    p.voting.meetingNotice.period = { days: 20 };
    expect(() => defineProfile(p)).not.toThrow();
  });
});

describe('schema errors', () => {
  function validationError(input: unknown): ProfileValidationError {
    try {
      defineProfile(input as ProfileInput);
    } catch (e) {
      if (e instanceof ProfileValidationError) return e;
      throw e;
    }
    throw new Error('expected a ProfileValidationError');
  }

  it('name the path of a bad bar', () => {
    const p = copy(shanghai);
    p.voting.quorum.area.value = { fraction: { num: 3, den: 2 }, mode: 'at-least' };
    const err = validationError(p);
    expect(err.issues.map((i) => i.path)).toContain('voting.quorum.area.value.fraction');
    expect(err.message).toContain('voting.quorum.area.value.fraction');
  });

  it('reject unknown citation ids', () => {
    const p = copy(shanghai) as unknown as { firm: { handover: { cite: string[] } } };
    p.firm.handover.cite = ['SH-999'];
    const err = validationError(p);
    expect(err.issues[0]?.path).toBe('firm.handover.cite.0');
    expect(err.issues[0]?.message).toContain('SH-999');
  });

  it('reject an uncited entry without a note', () => {
    const p = copy(shanghai);
    p.firm.handover = { period: { days: 10 }, cite: [] };
    expect(validationError(p).issues[0]?.path).toBe('firm.handover.cite');
  });

  it('reject unknown fields, bad periods and a missing section', () => {
    const extra = { ...copy(shanghai), extra: 1 };
    expect(validationError(extra).issues[0]?.message).toMatch(/extra/);
    const p = copy(shanghai);
    (p.firm.handover as { period: unknown }).period = { days: 0 };
    expect(validationError(p).issues[0]?.path).toMatch(/^firm\.handover\.period/);
    const { term: _term, ...noTerm } = copy(shanghai);
    expect(validationError(noTerm).issues[0]?.path).toBe('term');
  });
});

describe('minimumCalendarDays', () => {
  it('gives the shortest span of a period', () => {
    expect(minimumCalendarDays({ days: 60 })).toBe(60);
    expect(minimumCalendarDays({ workingDays: 5 })).toBe(5);
    expect(minimumCalendarDays({ months: 1 })).toBe(28);
    expect(minimumCalendarDays({ months: 2 })).toBe(59);
    expect(minimumCalendarDays({ months: 12 })).toBe(365);
    expect(minimumCalendarDays({ years: 1 })).toBe(365);
  });
});
