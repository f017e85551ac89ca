import { bilingual, meetsBar } from '@jiayuan/core';
import { contextRule } from '../shared/rule.js';
import { citing, fail, type Verdict } from '../shared/verdict.js';
import type { FormationContext } from './context.js';

/** The owners applying to form the assembly, as the street office counts them (BJ 30). */
export interface Applicants {
  /** Owners who signed the application. */
  readonly owners: number;
  /** All owners of record, the base of the headcount share. */
  readonly ofOwners: number;
  /** The exclusive area the applicants hold, in 0.01 m². */
  readonly area: number;
}

/** An APPLY_TO_FORM event as the rule reads it. */
export interface Application {
  readonly by: { readonly role: string };
  readonly applicants?: Applicants | undefined;
}

/**
 * BJ 30: "百分之五以上的业主、专有部分占建筑物总面积百分之五以上的业主或者建设单位均可以…
 * 提出成立业主大会的申请" — the developer, or owners who are 5% or more of the owners, or who
 * hold 5% or more of the building's total area (以上: the bound included). Either measure
 * suffices. The residents' committee may organise such owners; its application names them too.
 * The shares are the profile's `formation.ownerApplication`; a profile without one has no
 * application (SH 14 ¶2 has the owners ask only when the developer is late).
 */
export function checkApplication(
  context: Pick<FormationContext, 'profile' | 'delivery'>,
  event: Application,
): Verdict {
  const entry = context.profile.formation.ownerApplication;
  const share = entry.value;
  if (share === null) return citing(fail('owner-application-not-provided'), entry.cite);
  if (event.by.role === 'developer') return true;
  const applicants = event.applicants;
  if (applicants === undefined) return citing(fail('application-names-no-applicants'), entry.cite);
  const { owners, ofOwners, area } = applicants;
  const totalArea = context.delivery.totalArea;
  if (owners > ofOwners) {
    return citing(fail('applicants-exceed-owners', { owners, ofOwners }), entry.cite);
  }
  if (area > totalArea) {
    return citing(fail('applicant-area-exceeds-total', { area, totalArea }), entry.cite);
  }
  if (meetsBar(owners, ofOwners, share.headcount) || meetsBar(area, totalArea, share.area)) {
    return true;
  }
  const params = {
    headcount: share.headcount,
    areaShare: share.area,
    owners,
    ofOwners,
    area,
    totalArea,
  };
  return citing(
    fail('applicants-below-share', params, { owners, ofOwners, area, totalArea }),
    entry.cite,
  );
}

/**
 * BJ 31 ¶1–2: the 街镇 reviews the application and appoints the group's leader, who then has
 * 30 days to convene the group. Only where the profile has that second step, and only once.
 */
export function checkLeaderAppointment(
  context: Pick<FormationContext, 'profile' | 'milestones'>,
): Verdict {
  const step = context.profile.formation.leaderConvenesGroup;
  if (step === undefined || step.period === null) {
    return citing(fail('no-leader-step'), context.profile.formation.groupFormation.cite);
  }
  if (context.milestones['leader-appointed' as const] !== undefined) {
    return citing(fail('leader-already-appointed'), step.cite);
  }
  return true;
}

/** BJ 31 ¶2: where the leader convenes the group, the group forms after the appointment. */
export function checkLeaderFirst(
  context: Pick<FormationContext, 'profile' | 'milestones'>,
): Verdict {
  const step = context.profile.formation.leaderConvenesGroup;
  if (step === undefined || step.period === null) return true;
  if (context.milestones['leader-appointed' as const] !== undefined) return true;
  return citing(fail('leader-not-appointed'), step.cite);
}

/** BJ 30: the applicants qualify under the profile's shares, or the developer applies. */
export const applicantsQualify = contextRule(
  'applicants-qualify',
  ['BJ-30-applicants'],
  bilingual(
    '百分之五以上的业主、专有部分占建筑物总面积百分之五以上的业主或者建设单位申请',
    'Owners who are 5% or more of the owners, or hold 5% or more of the area, or the developer, apply',
  ),
  checkApplication,
);

/** BJ 31 ¶1: the street office appoints the leader once, where the profile has the step. */
export const leaderAppointable = contextRule(
  'leader-appointable',
  ['BJ-31-1-leader', 'BJ-31-2'],
  bilingual('街镇审核后指定筹备组组长', 'The street office reviews and appoints the leader'),
  checkLeaderAppointment,
);

/** BJ 31 ¶2: the group is formed after its leader is appointed, where the profile has the step. */
export const leaderAppointedFirst = contextRule(
  'leader-appointed-first',
  ['BJ-31-2'],
  bilingual('先指定筹备组组长', 'The leader is appointed first'),
  checkLeaderFirst,
);
