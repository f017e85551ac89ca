import { describe, expect, it } from 'vitest';
import { CITATIONS } from '../../src/citations/index.js';
import { atLeast, meetsBar, moreThan } from '../../src/fraction.js';
import { shanghai } from '../../src/profiles/index.js';

const p = shanghai;

describe('shanghai matches the rule book (docs/rules)', () => {
  it('VOTE-2..4: 2/3 以上 quorum, 过半数 (strict) ordinary, 3/4 以上 special', () => {
    expect(p.voting.quorum.headcount.value).toEqual(atLeast(2, 3));
    expect(p.voting.quorum.area.value).toEqual(atLeast(2, 3));
    expect(p.voting.ordinary.headcount.value).toEqual(moreThan(1, 2));
    expect(p.voting.ordinary.area.value).toEqual(moreThan(1, 2));
    expect(p.voting.special.headcount.value).toEqual(atLeast(3, 4));
    expect(p.voting.special.area.value).toEqual(atLeast(3, 4));
    // The bound itself: exactly half fails the ordinary majority, exactly 2/3 and 3/4 pass.
    expect(meetsBar(50, 100, p.voting.ordinary.area.value)).toBe(false);
    expect(meetsBar(2, 3, p.voting.quorum.area.value)).toBe(true);
    expect(meetsBar(3, 4, p.voting.special.area.value)).toBe(true);
    expect(p.voting.quorum.area.cite).toContain('CC-278-2');
  });

  it('VOTE-10, VOTE-11: no 从多; 20% of owners by headcount; 15 days notice', () => {
    // No switch for 从多: CC 278 ¶2 leaves nothing to choose (the key is retired).
    expect('countNonVotersWithMajority' in p.voting).toBe(false);
    expect(p.voting.interimAssemblyProposers.share.value).toEqual(atLeast(1, 5));
    expect(p.voting.interimAssemblyProposers.measure.value).toBe('headcount');
    expect(p.voting.meetingNotice.period).toEqual({ days: 15 });
    expect(p.voting.revote.value).toBe('last-wins');
  });

  it('VOTE-12, VOTE-14, VOTE-16', () => {
    expect(p.voting.revocationWindow.period).toEqual({ years: 1 });
    expect(p.voting.electronicChannelNeedsAdoption.value).toBe(true);
    expect(p.voting.channels.value).toContain('electronic');
    expect(p.voting.parking.value).toBe('literal');
  });

  it('FORM-1..3: 50% or 2 years; 30 days; 60 days; 7 days', () => {
    expect(p.formation.trigger.deliveredAreaShare.value).toEqual(atLeast(1, 2));
    expect(p.formation.trigger.sinceFirstDelivery.period).toEqual({ years: 2 });
    expect(p.formation.developerReport.period).toEqual({ days: 30 });
    expect(p.formation.groupFormation.period).toEqual({ days: 60 });
    expect(p.formation.groupRosterPosting.period).toEqual({ days: 7 });
  });

  it('FORM-4: odd group, owner reps ≥ 1/2, led by the 街镇', () => {
    expect(p.formation.group.oddSize.value).toBe(true);
    expect(p.formation.group.ownerRepsShare.value).toEqual(atLeast(1, 2));
    expect(p.formation.group.leader.value).toBe('street');
    expect(p.formation.group.developerReps.value).toBe(1);
    expect(p.formation.group.streetReps.value).toEqual({ min: 1, max: 2 });
  });

  it('FORM-6, FORM-7: 15 days before, within 90 days', () => {
    expect(p.formation.noticeBeforeFirstMeeting.period).toEqual({ days: 15 });
    expect(p.formation.firstMeetingWithin.period).toEqual({ days: 90 });
  });

  it('FORM-8: ≥ 5 and odd, or 3 when ≤ 10,000 m² (1,000,000 × 0.01 m²); term 3–5 years', () => {
    expect(p.formation.committeeSize.value).toEqual({ min: 5, max: null, odd: true });
    expect(p.formation.smallCommittee.value).toEqual({
      size: 3,
      measure: 'area',
      atMost: 1_000_000,
    });
    expect(p.formation.committeeTerm.value).toEqual({ minYears: 3, maxYears: 5 });
  });

  it('FORM-9: the arrears ground is off and documented as contested', () => {
    const arrears = p.eligibility.grounds.feeArrears;
    expect(arrears.value).toBe(false);
    expect(arrears.cite).toContain('SH-2020-20-2');
    expect(arrears.note?.en).toMatch(/contested/i);
    expect(p.eligibility.grounds.notExecutingDecisions.value).toBe(true);
    expect(p.eligibility.undertakingRequired.value).toBe(true);
  });

  it('FORM-11, FORM-12: 3 days; 30 days; 20 days', () => {
    expect(p.formation.electionPosting.period).toEqual({ days: 3 });
    expect(p.formation.filing.period).toEqual({ days: 30 });
    expect(p.formation.filingCompletion.period).toEqual({ days: 20 });
  });

  it('FORM-13, PARTY-7: no party-member quota, no cross-appointment by default', () => {
    expect(p.party.memberQuota.value).toEqual({ enabled: false, share: null });
    expect(p.party.crossAppointment.value).toBe(false);
  });

  it('TERM-1..4: 5 months; 60 days; freeze; 10/30/10 days', () => {
    expect(p.term.reportBeforeExpiry.period).toEqual({ months: 5 });
    expect(p.term.groupFormation.period).toEqual({ days: 60 });
    expect(p.term.group.value).toEqual({
      odd: true,
      ownerRepsShare: atLeast(1, 2),
      leader: 'street',
      developerExcluded: true,
    });
    expect(p.term.freeze.value).toEqual([
      'hire-dismiss-firm',
      'fee-change',
      'major-repair',
      'other-major',
    ]);
    expect(p.term.freeze.cite).toEqual(['SH-28-4']);
    expect(p.term.recordsToAuthority.period).toEqual({ days: 10 });
    expect(p.term.reElectionFiling.period).toEqual({ days: 30 });
    expect(p.term.authorityHandover.period).toEqual({ days: 10 });
  });

  it('TERM-5..8: absence, by-election, early re-election after 6 months, 30-day filings', () => {
    expect(p.term.departingMemberHandover.period).toEqual({ days: 10 });
    // "一半以上" includes the half (CC 1259).
    expect(p.term.absenceRemoval.value).toEqual({ share: atLeast(1, 2), within: { years: 1 } });
    expect(p.term.byElectionWhileMembers.value).toEqual(moreThan(1, 2));
    expect(p.term.earlyReElection.whenMembersFewerThan.value).toEqual({ num: 1, den: 2 });
    expect(p.term.earlyReElection.inactivity.period).toEqual({ months: 6 });
    expect(p.term.changeFiling.period).toEqual({ days: 30 });
    expect(p.disclosure.auditPosting.period).toEqual({ days: 30 });
    expect(p.formation.substitutes.value.allowed).toBe(true);
  });

  // SH 33: "业主委员会……发生变更的，业主委员会应当在三十日内……办理变更备案手续。"
  // SH 34: "按照本规定第二十三条、第二十九条、第三十三条规定，乡、镇人民政府或者街道办事处受理业主委员会
  // 备案后，应当在二十日内完成备案手续，并将备案资料抄送区房屋行政管理部门。"
  it('TERM-8, FORM-12: the committee alone files a change; the street office completes it in 20 days and copies the district', () => {
    expect(p.term.changeFilers).toEqual({ value: ['committee'], cite: ['SH-33'] });
    expect(p.term.changeFilingCompletion).toEqual({ period: { days: 20 }, cite: ['SH-34'] });
    expect(p.term.changeFilingCopiedToDistrict).toEqual({ value: true, cite: ['SH-34'] });
    // The same 20 days as the completion of the election filing (SH 23 via SH 34).
    expect(p.term.changeFilingCompletion?.period).toEqual(p.formation.filingCompletion.period);
  });

  it('TERM-9: the 物业治理委员会 stands in', () => {
    expect(p.term.standIn.value).toEqual({ kind: 'governance-committee' });
    expect(p.term.standIn.cite).toContain('SH-36-18');
  });

  it('CMTG-1..3: every 2 months, 1/3 to call, > 1/2 of all members, 3 days, monthly reception', () => {
    expect(p.meetings.regularEvery.period).toEqual({ months: 2 });
    expect(p.meetings.interimProposers.value).toEqual(atLeast(1, 3));
    expect(p.meetings.quorum.value).toEqual(moreThan(1, 2));
    expect(p.meetings.decision.value).toEqual(moreThan(1, 2));
    expect(p.meetings.proxiesAllowed.value).toBe(false);
    expect(p.meetings.decisionPosting.period).toEqual({ days: 3 });
    expect(p.meetings.receptionDay.period).toEqual({ months: 1 });
    expect(p.meetings.secretary.value).toBe(true);
  });

  it('FIRM-3..10: 3 bidders; 30 days; 90/60/60 days; 10 days; 20% and 6 months; ¥10k–100k', () => {
    expect(p.firm.earlyStageMinBidders.value).toBe(3);
    expect(p.firm.contractFiling.period).toEqual({ days: 30 });
    expect(p.firm.nonRenewalNotice.period).toEqual({ days: 90 });
    expect(p.firm.indefiniteTermNotice.period).toEqual({ days: 60 });
    expect(p.firm.dismissalNotice.period).toEqual({ days: 60 });
    expect(p.firm.dismissalNotice.cite).toEqual(['CC-946']);
    expect(p.firm.handover.period).toEqual({ days: 10 });
    expect(p.firm.temporaryFirm.value).toEqual({
      maxDuration: { months: 6 },
      ownersShareWithoutCommittee: atLeast(1, 5),
    });
    expect(p.firm.handoverFineYuan.value).toEqual({ min: 10_000, max: 100_000 });
    expect(p.firm.selectionPlanRequired.value).toBe(true);
  });

  it('PARTY-1..4: ≥ 3 full members, ≤ 5 units, committee from 7, ≤ 50 members', () => {
    expect(p.party.branchMinFullMembers.value).toBe(3);
    expect(p.party.jointBranchMaxUnits.value).toBe(5);
    expect(p.party.branchCommitteeFrom.value).toBe(7);
    expect(p.party.branchCommitteeSize.value).toEqual({ min: 3, max: 5, absoluteMax: 7 });
    expect(p.party.branchMaxMembers.value).toBe(50);
    expect(p.party.branchCommitteeTerm.value).toEqual({
      community: { years: 5 },
      other: { years: 3 },
    });
    expect(CITATIONS['PARTY-BRANCH-5'].verified).toBe(false);
  });

  it('DISC-4, DISC-6: fund every 6 months, revenue every quarter, audit by end of June', () => {
    expect(p.disclosure.maintenanceFundEvery.period).toEqual({ months: 6 });
    expect(p.disclosure.publicRevenueEvery.period).toEqual({ months: 3 });
    expect(p.disclosure.annualAuditDueBy.value).toEqual({ month: 6, day: 30 });
    expect(p.disclosure.annualAuditDueBy.note?.en).toMatch(/expired/);
    expect(p.disclosure.termEndAuditWithin.period).toEqual({ months: 1 });
  });

  it('joint meetings: four levels, escalation as policy, monthly three-party meeting', () => {
    expect(p.jointMeetings.levels.value).toEqual([
      'district',
      'street',
      'residential-area',
      'complex',
    ]);
    expect(p.jointMeetings.escalateAfter.complex.note).toBeDefined();
    expect(p.jointMeetings.threePartyMeetingEvery.period).toEqual({ months: 1 });
  });
});
