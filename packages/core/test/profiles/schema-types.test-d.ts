// The profile schemas are exported with small declared types (`z.ZodType<Profile, ProfileInput>`)
// so that the published .d.ts stays small. These checks keep each hand-written interface equal
// to what its schema really parses: add a field to one without the other and this file fails.
import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { Bar } from '../../src/fraction.js';
import { BarSchema } from '../../src/fraction.js';
import {
  type bilingualExact,
  type Cited,
  type CitedPeriod,
  citedExact,
  type citedPeriodExact,
  type OptionalCitedPeriod,
  type optionalCitedPeriodExact,
  type ProfileText,
} from '../../src/profiles/cited.js';
import type { Disclosure, disclosureExact } from '../../src/profiles/disclosure.js';
import type { Firm, firmExact } from '../../src/profiles/firm.js';
import type {
  Eligibility,
  eligibilityExact,
  Formation,
  formationExact,
  PreparatoryGroup,
  preparatoryGroupExact,
  SmallCommittee,
  smallCommitteeExact,
} from '../../src/profiles/formation.js';
import type { Fund, fundExact } from '../../src/profiles/fund.js';
import {
  type JointLevel,
  JointLevelSchema,
  type JointMeetings,
  type jointMeetingsExact,
} from '../../src/profiles/joint-meetings.js';
import type { Meetings, meetingsExact } from '../../src/profiles/meetings.js';
import type { Party, partyExact } from '../../src/profiles/party.js';
import type {
  Profile,
  ProfileInput,
  ProfileSchema,
  profileExact,
} from '../../src/profiles/schema.js';
import type { StandIn, standInExact, Term, termExact } from '../../src/profiles/term.js';
import type { Voting, votingExact } from '../../src/profiles/voting.js';

describe('profile interfaces equal their schemas', () => {
  it('the profile, as parsed and as written', () => {
    expectTypeOf<z.output<typeof profileExact>>().toEqualTypeOf<Profile>();
    expectTypeOf<z.input<typeof profileExact>>().toEqualTypeOf<ProfileInput>();
    expectTypeOf<z.output<typeof ProfileSchema>>().toEqualTypeOf<Profile>();
    expectTypeOf<z.input<typeof ProfileSchema>>().toEqualTypeOf<ProfileInput>();
  });

  it('each section', () => {
    expectTypeOf<z.output<typeof votingExact>>().toEqualTypeOf<Voting>();
    expectTypeOf<z.output<typeof fundExact>>().toEqualTypeOf<Fund>();
    expectTypeOf<z.input<typeof fundExact>>().toEqualTypeOf<Fund>();
    expectTypeOf<z.output<typeof formationExact>>().toEqualTypeOf<Formation>();
    expectTypeOf<z.output<typeof preparatoryGroupExact>>().toEqualTypeOf<PreparatoryGroup>();
    expectTypeOf<z.output<typeof smallCommitteeExact>>().toEqualTypeOf<SmallCommittee>();
    expectTypeOf<z.output<typeof eligibilityExact>>().toEqualTypeOf<Eligibility>();
    expectTypeOf<z.output<typeof termExact>>().toEqualTypeOf<Term>();
    expectTypeOf<z.output<typeof standInExact>>().toEqualTypeOf<StandIn>();
    expectTypeOf<z.output<typeof meetingsExact>>().toEqualTypeOf<Meetings>();
    expectTypeOf<z.output<typeof firmExact>>().toEqualTypeOf<Firm>();
    expectTypeOf<z.output<typeof partyExact>>().toEqualTypeOf<Party>();
    expectTypeOf<z.output<typeof disclosureExact>>().toEqualTypeOf<Disclosure>();
    expectTypeOf<z.output<typeof jointMeetingsExact>>().toEqualTypeOf<JointMeetings>();
  });

  it('each section takes what it returns (no defaults or transforms)', () => {
    expectTypeOf<z.input<typeof votingExact>>().toEqualTypeOf<Voting>();
    expectTypeOf<z.input<typeof formationExact>>().toEqualTypeOf<Formation>();
    expectTypeOf<z.input<typeof preparatoryGroupExact>>().toEqualTypeOf<PreparatoryGroup>();
    expectTypeOf<z.input<typeof smallCommitteeExact>>().toEqualTypeOf<SmallCommittee>();
    expectTypeOf<z.input<typeof eligibilityExact>>().toEqualTypeOf<Eligibility>();
    expectTypeOf<z.input<typeof termExact>>().toEqualTypeOf<Term>();
    expectTypeOf<z.input<typeof standInExact>>().toEqualTypeOf<StandIn>();
    expectTypeOf<z.input<typeof meetingsExact>>().toEqualTypeOf<Meetings>();
    expectTypeOf<z.input<typeof firmExact>>().toEqualTypeOf<Firm>();
    expectTypeOf<z.input<typeof partyExact>>().toEqualTypeOf<Party>();
    expectTypeOf<z.input<typeof disclosureExact>>().toEqualTypeOf<Disclosure>();
    expectTypeOf<z.input<typeof jointMeetingsExact>>().toEqualTypeOf<JointMeetings>();
  });

  it('the cited building blocks', () => {
    expectTypeOf<z.output<typeof bilingualExact>>().toEqualTypeOf<ProfileText>();
    expectTypeOf<z.input<typeof bilingualExact>>().toEqualTypeOf<ProfileText>();
    expectTypeOf<z.output<typeof citedPeriodExact>>().toEqualTypeOf<CitedPeriod>();
    expectTypeOf<z.input<typeof citedPeriodExact>>().toEqualTypeOf<CitedPeriod>();
    expectTypeOf<z.output<typeof optionalCitedPeriodExact>>().toEqualTypeOf<OptionalCitedPeriod>();
    expectTypeOf<z.input<typeof optionalCitedPeriodExact>>().toEqualTypeOf<OptionalCitedPeriod>();

    const bar = citedExact(BarSchema.nullable());
    expectTypeOf<z.output<typeof bar>>().toEqualTypeOf<Cited<Bar | null>>();
    expectTypeOf<z.input<typeof bar>>().toEqualTypeOf<Cited<Bar | null>>();
    const levels = citedExact(z.array(JointLevelSchema));
    expectTypeOf<z.output<typeof levels>>().toEqualTypeOf<Cited<JointLevel[]>>();
    const off = citedExact(z.literal(false));
    expectTypeOf<z.output<typeof off>>().toEqualTypeOf<Cited<false>>();
  });

  it('rejects an interface that drifts from its schema', () => {
    // @ts-expect-error a field the schema does not have
    expectTypeOf<z.output<typeof votingExact>>().toEqualTypeOf<Voting & { extra: boolean }>();
    // @ts-expect-error a required field made optional
    expectTypeOf<z.output<typeof firmExact>>().toEqualTypeOf<Partial<Firm>>();
  });
});
