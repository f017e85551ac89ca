// A catalog rule judges an act by the law of the act's own day, not by the edition the process
// held since its previous act. SH 2020 art. 20 ¶2 barred owners in arrears ("…擅自改变物业使用性质、
// 欠交物业服务费或者专项维修资金、违法出租房屋等情形之一且未改正的，不得担任业主委员会委员",
// docs/law/shanghai-residential-property-2020.md); the 2023 text in force
// from 2023-12-28 no longer lists arrears. The process below last acted on 2023-12-01, so it holds
// the edition shanghai@2022-10-22; its next act is judged by that act's day.
import { describe, expect, it } from 'vitest';
import { and, assign, createActor, setup } from 'xstate';
import {
  actDayContext,
  actDayGuards,
  catalogGuards,
  clockKept,
  defineCatalog,
  defineRule,
  dispatch,
  type EventOf,
  type KeptSections,
  withCatalog,
} from '../../src/dispatch/index.js';
import { bilingual } from '../../src/i18n.js';
import { editionAt, type FollowedLaw, profileAt } from '../../src/profiles/history/index.js';
import type { Profile } from '../../src/profiles/index.js';
import { readLaw } from '../citations/law-files.js';

interface Context {
  readonly now: string;
  readonly profile: Profile;
  readonly law?: FollowedLaw;
  readonly seen: readonly string[];
}

const noArrearsBar = defineRule({
  id: 'no-arrears-bar',
  citations: ['SH-2020-20-2'],
  description: bilingual('欠费不再构成障碍', 'arrears no longer bar the candidate'),
  check: ({ context }: { context: Context }) =>
    !context.profile.eligibility.grounds.feeArrears.value,
});

const events = defineCatalog({
  VET: {
    roles: ['committee'],
    title: bilingual('审查', 'Vet'),
    description: bilingual('测试事件', 'A test event'),
    rules: [noArrearsBar],
    actions: ['clock'],
  },
});

const machine = (context: Context) =>
  withCatalog(
    setup({
      types: { context: {} as Context, events: {} as EventOf<typeof events> },
      guards: catalogGuards(events),
      actions: {
        clock: assign({
          now: ({ event }) => event.at,
          seen: ({ context, event }) => [...context.seen, event.at],
        }),
      },
    }).createMachine({
      id: 'actDay',
      context,
      initial: 'open',
      states: { open: { on: { VET: { guard: 'VET', actions: 'clock' } } } },
    }),
    events,
  );

const HELD = editionAt('shanghai', '2023-12-01');
const FOLLOWING: Context = {
  now: '2023-12-01T09:00:00+08:00',
  profile: HELD.profile,
  law: { follows: 'shanghai', edition: HELD.id },
  seen: [],
};

function vet(context: Context, at: string) {
  const actor = createActor(machine(context)).start();
  return dispatch(actor, { type: 'VET', at, by: { id: 'c-1', role: 'committee' } });
}

describe('a rule judges the act by the law of its own day', () => {
  it('reads the 2020 arrears bar at 23:59:59 of 2023-12-27 and the 2023 text at 00:00:00 of 12-28', () => {
    expect(readLaw('shanghai-residential-property-2020.md')).toContain(
      '欠交物业服务费或者专项维修资金、违法出租房屋等情形之一且未改正的，不得担任业主委员会委员',
    );
    expect(HELD.id).toBe('shanghai@2022-10-22');
    const before = vet(FOLLOWING, '2023-12-27T23:59:59+08:00');
    expect(before.ok ? 'ok' : before.rejection.rule?.id).toBe('no-arrears-bar');
    // The held edition still has the bar; the act's day does not.
    expect(FOLLOWING.profile.eligibility.grounds.feeArrears.value).toBe(true);
    const on = vet(FOLLOWING, '2023-12-28T00:00:00+08:00');
    expect(on.ok).toBe(true);
  });

  it('leaves a fixed profile as it is, whatever the day', () => {
    const { law: _law, ...fixed } = FOLLOWING;
    const r = vet(fixed, '2023-12-28T00:00:00+08:00');
    expect(r.ok ? 'ok' : r.rejection.rule?.id).toBe('no-arrears-bar');
    expect(profileAt('shanghai', '2023-12-28').eligibility.grounds.feeArrears.value).toBe(false);
  });

  it('judges by the held profile when the law named is not a known history', () => {
    const odd = { ...FOLLOWING, law: { follows: 'nowhere', edition: 'x' } as never };
    const r = vet(odd, '2023-12-28T00:00:00+08:00');
    expect(r.ok ? 'ok' : r.rejection.rule?.id).toBe('no-arrears-bar');
  });
});

// A machine whose context keeps a section of the profile, not the profile: it declares what it
// keeps (`keeps`), and its rules, its own transition conditions and its clock read that
// declaration. Its `grounds` key is the eligibility section; `party` is a record of its own that
// merely shares a profile section's name and must not be touched.
interface SectionContext {
  readonly now: string;
  readonly grounds: Profile['eligibility']['grounds'];
  readonly party: { readonly note: string };
  readonly law?: FollowedLaw;
  readonly accepted: readonly string[];
}

type SectionSnap = { readonly context: SectionContext };

const arrearsNoBar = defineRule({
  id: 'arrears-no-bar',
  citations: ['SH-2020-20-2'],
  description: bilingual('欠费不再构成障碍', 'arrears no longer bar the candidate'),
  check: ({ context }: SectionSnap) => !context.grounds.feeArrears.value,
});

const KEEPS: KeptSections<SectionContext> = { grounds: (profile) => profile.eligibility.grounds };

const sectionEvents = (keeps: KeptSections<SectionContext> | undefined) =>
  defineCatalog(
    {
      VET: {
        roles: ['committee'],
        title: bilingual('审查', 'Vet'),
        description: bilingual('测试事件', 'A test event'),
        rules: [arrearsNoBar],
        actions: ['clock'],
      },
      NOTE: {
        roles: ['committee'],
        title: bilingual('记录', 'Note'),
        description: bilingual('测试事件', 'A test event'),
        actions: ['clock'],
      },
    },
    keeps === undefined ? {} : { keeps },
  );

function sectionMachine(keeps: KeptSections<SectionContext> | undefined) {
  const catalog = sectionEvents(keeps);
  return withCatalog(
    setup({
      types: { context: {} as SectionContext, events: {} as EventOf<typeof catalog> },
      guards: {
        ...catalogGuards(catalog),
        ...actDayGuards(
          {
            /** A transition's own condition reading the kept section. */
            arrearsBar: ({ context }: { context: SectionContext }) =>
              context.grounds.feeArrears.value,
          },
          catalog.keeps,
        ),
      },
      actions: {
        clock: assign(({ context, event }) => ({
          ...clockKept(keeps ?? {}, context, event.at),
          accepted: [...context.accepted, event.type],
        })),
      },
    }).createMachine({
      id: 'sections',
      context: {
        now: FOLLOWING.now,
        grounds: HELD.profile.eligibility.grounds,
        party: { note: 'own record' },
        law: FOLLOWING.law,
        accepted: [],
      },
      initial: 'open',
      states: {
        open: {
          on: {
            VET: { guard: 'VET', actions: 'clock' },
            NOTE: [
              { guard: and(['NOTE', 'arrearsBar']), target: 'barred', actions: 'clock' },
              { guard: 'NOTE', target: 'free', actions: 'clock' },
            ],
          },
        },
        barred: {},
        free: {},
      },
    }),
    catalog,
  );
}

const LAST_SECOND = '2023-12-27T23:59:59+08:00';
const FIRST_SECOND = '2023-12-28T00:00:00+08:00';
const by = { id: 'c-1', role: 'committee' } as const;

describe('a machine that keeps a section of the profile declares it', () => {
  it('judges by the section of the act day: dispatch, actor.send and snapshot.can', () => {
    const before = createActor(sectionMachine(KEEPS)).start();
    const refused = dispatch(before, { type: 'VET', at: LAST_SECOND, by });
    expect(refused.ok ? 'ok' : refused.rejection.rule?.id).toBe('arrears-no-bar');
    // Refused, the process still holds the 2022 edition and its arrears bar.
    expect(before.getSnapshot().context.law?.edition).toBe('shanghai@2022-10-22');

    const on = createActor(sectionMachine(KEEPS)).start();
    expect(on.getSnapshot().can({ type: 'VET', at: LAST_SECOND, by })).toBe(false);
    expect(on.getSnapshot().can({ type: 'VET', at: FIRST_SECOND, by })).toBe(true);
    on.send({ type: 'VET', at: FIRST_SECOND, by });
    const { context } = on.getSnapshot();
    expect(context.accepted).toEqual(['VET']);
    // The clock took the same declaration: the section of 2023-12-28, the own `party` untouched.
    expect(context.law?.edition).toBe('shanghai@2023-12-28');
    expect(context.grounds.feeArrears.value).toBe(false);
    expect(context.party).toEqual({ note: 'own record' });
    expect(Object.hasOwn(context, 'profile')).toBe(false);
  });

  it("judges the machine's own transition conditions by the section of the act day", () => {
    const before = createActor(sectionMachine(KEEPS)).start();
    before.send({ type: 'NOTE', at: LAST_SECOND, by });
    expect(before.getSnapshot().value).toBe('barred');
    const on = createActor(sectionMachine(KEEPS)).start();
    on.send({ type: 'NOTE', at: FIRST_SECOND, by });
    expect(on.getSnapshot().value).toBe('free');
  });

  it('without the declaration the held section judges the first act of the new day', () => {
    const undeclared = createActor(sectionMachine(undefined)).start();
    const r = dispatch(undeclared, { type: 'VET', at: FIRST_SECOND, by });
    expect(r.ok ? 'ok' : r.rejection.rule?.id).toBe('arrears-no-bar');
    undeclared.send({ type: 'NOTE', at: FIRST_SECOND, by });
    expect(undeclared.getSnapshot().value).toBe('barred');
  });

  it('leaves a fixed section as it is', () => {
    const { law: _law, ...fixed } = createActor(sectionMachine(KEEPS)).getSnapshot().context;
    expect(actDayContext(fixed, FIRST_SECOND, sectionEvents(KEEPS).keeps)).toBe(fixed);
    expect(clockKept(KEEPS, fixed as SectionContext, FIRST_SECOND)).toEqual({ now: FIRST_SECOND });
  });
});
