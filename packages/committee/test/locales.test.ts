// The refusal texts live in the locale modules: both locales cover the same ids, every id is
// used by a rule, and a refusal through dispatch carries the locale's text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { atLeast, dispatch, moreThan, national } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import {
  COMMITTEE_MESSAGES,
  type CommitteeMessageArgs,
  type CommitteeMessageId,
  committeeMessage,
  en,
  zhCN,
} from '../src/locales/index.js';
import { initialStandInContext, StandInInputError } from '../src/stand-in/input.js';
import { ev, GROUP, startFormation } from './support/fixtures.js';

const D = (s: string) => `${s}+08:00`;

/** Sample params for every message; typed so that a new id without a sample fails to compile. */
const SAMPLES: { readonly [K in CommitteeMessageId]: CommitteeMessageArgs<K> } = {
  'group-member-repeated': [],
  'group-size-even': [{ size: 6 }],
  'group-owner-share-short': [{ share: atLeast(1, 2), owners: 2, size: 7 }],
  'group-leader-wrong': [{ leader: 'street' }],
  'group-developer-count': [{ required: 1, actual: 0 }],
  'group-street-count': [{ min: 1, max: 2, actual: 3 }],
  'group-residents-committee-count': [{ each: 1, total: 2, actual: 3 }],
  'group-owner-rep-ineligible': [{ memberId: 'g-o1', grounds: ['illegalConstruction'] }],
  'group-empty': [],
  'reelection-group-has-developer': [],
  'reelection-group-needs-street': [],
  'seats-at-least-one': [],
  'committee-size-unlawful': [
    {
      min: 5,
      odd: true,
      seats: 4,
      small: { size: 3, measure: 'area', atMost: 1_000_000, actual: 2_000_000 },
    },
  ],
  'delivery-exceeds-total': [],
  'owners-may-not-act-directly': [],
  'direct-action-needs-agreement': [{ owners: 3 }],
  'direct-action-not-unanimous': [{ signatories: 2, owners: 3 }],
  'signatories-exceed-owners': [{ signatories: 4, owners: 3 }],
  'report-lacks-documents': [{ missing: ['area-designation', 'fund-register'] }],
  'report-not-in-profile': [{ profile: 'beijing' }],
  'roll-first': [],
  'drafts-missing': [{ missing: ['rules-of-procedure'] }],
  'officers-repeated': [],
  'officers-not-members': [{ outsiders: ['o9'] }],
  'filing-lacks-documents': [{ missing: ['minutes'] }],
  'term-out-of-bounds': [
    {
      termEndsOn: '2029-07-20',
      elected: '2026-07-21',
      earliest: '2029-07-21',
      latest: '2031-07-21',
    },
  ],
  'facilitator-not-provided': [],
  'party-does-not-lead-formation': [],
  'owner-application-not-provided': [],
  'application-names-no-applicants': [],
  'applicants-exceed-owners': [{ owners: 12, ofOwners: 10 }],
  'applicant-area-exceeds-total': [{ area: 200, totalArea: 100 }],
  'applicants-below-share': [
    {
      headcount: atLeast(1, 20),
      areaShare: atLeast(1, 20),
      owners: 9,
      ofOwners: 200,
      area: 999_999,
      totalArea: 20_000_000,
    },
  ],
  'no-leader-step': [],
  'leader-already-appointed': [],
  'leader-not-appointed': [],
  'residents-committee-may-not-nominate': [],
  'party-may-not-nominate': [],
  'trainees-not-group-members': [{ outsiders: ['o9', 'o10'] }],
  'group-not-trained': [],
  'objected-member-not-in-group': [{ memberId: 'g-o9' }],
  'no-open-member-objection': [{ objectionId: 'obj-1' }],
  'dismissed-objection-replaces-no-one': [],
  'replacement-already-in-group': [{ memberId: 'g-o1' }],
  'stand-in-not-provided': [],
  'group-not-formed': [],
  'procedure-run-by-other-group': [{ kind: 're-election' }],
  'nomination-before-roll': [],
  'candidate-not-owner': [{ candidateId: 'x1' }],
  'candidate-already-nominated': [],
  'unknown-candidate': [{ candidateId: 'x1' }],
  'undertaking-by-candidate-only': [],
  'candidate-barred': [
    { candidateId: 'o8', grounds: ['illegalLetting'], added: ['refuses the audit'] },
  ],
  'assembly-grounds-not-allowed': [],
  'assembly-grounds-before-assembly': [],
  'too-few-candidates': [{ standing: 3, open: 5 }],
  'notice-too-short': [{ days: 15, postedOn: '2026-05-01', meetingOn: '2026-05-10' }],
  'first-meeting-too-late': [{ lastDay: '2026-06-08', period: { 'zh-CN': '60日', en: '60 days' } }],
  'no-open-objection': [],
  'meeting-not-called': [],
  'voting-before-meeting-day': [{ meetingOn: '2026-05-20' }],
  'objections-unanswered': [{ unanswered: 2 }],
  'voting-not-open': [],
  'not-on-ballot': [{ unknown: ['x1'] }],
  'candidate-named-twice': [],
  'voting-closes-before-opening': [],
  'own-ballot-only': [],
  'ballot-empty': [],
  'ballot-refused': [
    { code: 'not-owner', reason: { 'zh-CN': '不是该单元业主', en: 'not an owner of the unit' } },
  ],
  'counting-before-close': [{ closesAt: '2026-05-31T17:00:00+08:00' }],
  'handover-not-overdue': [],
  'records-already-handed-over': [],
  'filing-not-completed': [],
  'audit-scope-incomplete': [{ missing: ['maintenance-fund'] }],
  'assembly-frozen': [],
  'not-sitting-member': [{ memberId: 'o9' }],
  'no-absence-ground': [],
  'absence-below-share': [{ absent: 1, held: 4, share: atLeast(1, 2) }],
  'no-removal-vote': [],
  'no-handover-pending': [{ memberId: 'o1' }],
  'handover-not-in-profile': [{ profile: 'beijing' }],
  'by-election-not-allowed': [],
  'no-change-filing-pending': [],
  'not-members': [{ outsiders: ['o9'] }],
  'interim-proposers-short': [{ share: atLeast(1, 3), proposers: 1, members: 5 }],
  'proxies-not-allowed': [],
  'quorum-short': [{ share: moreThan(1, 2), present: 2, members: 5 }],
  'meeting-not-in-session': [],
  'agenda-not-noticed': [{ period: { days: 5 }, lastDay: '2026-03-09' }],
  'secretary-not-in-profile': [{ profile: 'beijing' }],
  'secretary-is-member': [{ personId: 'o3' }],
  'seals-held-together': [{ memberId: 'o1', seal: 'assembly-seal' }],
  'decision-already-recorded': [],
  'no-decision-to-post': [],
  'interim-already-proposed': [],
  'officers-not-recorded': [],
  'not-an-officer': [{ memberId: 'o3' }],
  'no-meeting-owed': [],
  'refusal-already-recorded': [{ memberId: 'o1' }],
  'officers-have-not-refused': [{ pending: ['o2'] }],
  'no-owners-request': [],
  'designation-not-in-profile': [{ profile: 'beijing' }],
  'convener-is-officer': [{ memberId: 'o1' }],
  'stand-in-member-repeated': [{ duplicates: ['s1'] }],
  'stand-in-chair-count': [{ chairs: 2 }],
  'governance-led-by-street': [],
  'governance-needs-owner': [],
  'management-size-unlawful': [{ min: 7, odd: true, size: 6 }],
  'management-owner-share-short': [{ share: atLeast(1, 2), owners: 3, size: 7 }],
  'management-chair-wrong': [{ chair: 'residents-committee' }],
  'stand-in-term-ended': [{ termEndsAt: '2029-03-01T00:00:00+08:00' }],
  'stand-in-filing-lacks-documents': [{ missing: ['roster'] }],
  'deliberation-already-recorded': [],
  'matter-already-recorded': [],
  'governance-takes-no-decisions': [],
  'matter-already-decided': [],
  'stand-in-attendance-not-given': [],
  'stand-in-quorum-short': [
    {
      members: moreThan(1, 2),
      present: 4,
      size: 7,
      ownerReps: moreThan(1, 2),
      ownerRepsPresent: 2,
      ownerRepsTotal: 4,
    },
  ],
  'no-decided-matter-to-post': [],
  'profile-names-no-stand-in': [{ profileId: 'national' }],
  're-election-needs-assembly': [],
  'input-for-another-procedure': [{ expected: 'formation', named: 're-election', fields: [] }],
  'input-names-unknown-procedure': [{ expected: 'stand-in' }],
  'input-invalid': [
    {
      procedure: 'formation',
      issues: { 'zh-CN': 'startAt: 无效输入', en: 'startAt: Invalid input' },
    },
  ],
};

const IDS = Object.keys(SAMPLES).sort() as CommitteeMessageId[];
const HAN = /\p{Script=Han}/u;
// Han characters or CJK (full-width) punctuation such as '，' and '。'.
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Every `.ts` file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('committee locales', () => {
  it('both locales have exactly the same message ids, and the samples cover them', () => {
    const zhIds = Object.keys(zhCN).sort();
    expect(Object.keys(en).sort()).toEqual(zhIds);
    expect(IDS).toEqual(zhIds);
    expect(Object.keys(COMMITTEE_MESSAGES).sort()).toEqual(['en', 'zh-CN']);
  });

  it('every template gives a non-empty text; zh-CN has Chinese, en has none', () => {
    for (const id of IDS) {
      const text = committeeMessage(id, ...SAMPLES[id]);
      expect(text['zh-CN'].trim(), id).not.toBe('');
      expect(text.en.trim(), id).not.toBe('');
      expect(text['zh-CN'], id).toMatch(HAN);
      expect(text.en, id).not.toMatch(CJK);
    }
  });

  it('renders the params in each locale: lists joined, bars formatted', () => {
    const lacks = committeeMessage('report-lacks-documents', { missing: ['a', 'b'] });
    expect(lacks).toEqual({ 'zh-CN': '书面报告缺少资料：a、b。', en: 'The report lacks: a, b.' });
    const quorum = committeeMessage('quorum-short', {
      share: moreThan(1, 2),
      present: 2,
      members: 5,
    });
    expect(quorum['zh-CN']).toBe('会议应有全体委员过半数出席，现为2/5。');
    expect(quorum.en).toBe('The meeting needs more than 1/2 of all members present; 2/5 are.');
  });

  it('every message id is used by a call in the sources, and every call names a known id', () => {
    const root = fileURLToPath(new URL('../src/', import.meta.url));
    const used = new Set<string>();
    for (const file of sources(root).filter((f) => !f.includes(join('src', 'locales')))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\b(?:fail|committeeMessage)\(\s*'([a-z-]+)'/g)) {
        used.add(match[1] as string);
      }
    }
    expect([...used].sort()).toEqual(IDS);
  });
});

describe('refusals through dispatch carry the locale texts', () => {
  /** A formation actor waiting for the preparatory group. */
  function awaitingGroup() {
    const a = startFormation();
    dispatch(
      a,
      ev('RECORD_DELIVERY', 'developer', D('2026-03-10T09:00:00'), {
        deliveredArea: 2_000_000,
        totalArea: 2_000_000,
      }),
    );
    dispatch(
      a,
      ev('DEVELOPER_REPORT', 'developer', D('2026-03-11T09:00:00'), {
        documents: [
          'area-designation',
          'management-premises',
          'owner-register',
          'delivery-dates',
          'fund-register',
        ],
      }),
    );
    return a;
  }

  it('an even-sized preparatory group is refused with the group-size-even text', () => {
    const a = awaitingGroup();
    const even = dispatch(
      a,
      ev('FORM_GROUP', 'street-office', D('2026-03-12T09:00:00'), { members: GROUP.slice(1) }),
    );
    expect(even.ok).toBe(false);
    if (even.ok) return;
    expect(even.rejection.code).toBe('rule-violated');
    expect(even.rejection.message).toEqual({
      'zh-CN': zhCN['group-size-even']({ size: 6 }),
      en: en['group-size-even']({ size: 6 }),
    });
    expect(even.rejection.message['zh-CN']).toBe('小组人数应当为单数，现为6人。');
    expect(even.rejection.message.en).toBe(
      'The group must have an odd number of members; it has 6.',
    );
    expect(even.rejection.details).toEqual({ size: 6 });
  });

  it('a delivery larger than the total is refused with the delivery-exceeds-total text', () => {
    const a = startFormation();
    const refused = dispatch(
      a,
      ev('RECORD_DELIVERY', 'developer', D('2026-03-10T09:00:00'), {
        deliveredArea: 2_000_001,
        totalArea: 2_000_000,
      }),
    );
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.rejection.message).toEqual(committeeMessage('delivery-exceeds-total'));
    expect(refused.rejection.message['zh-CN']).toBe(zhCN['delivery-exceeds-total']());
    expect(refused.rejection.message.en).toBe(en['delivery-exceeds-total']());
  });

  it('a stand-in on a profile without one fails with the locale text', () => {
    let caught: unknown;
    try {
      initialStandInContext({
        complexId: 'c1',
        startAt: D('2026-03-02T09:00:00'),
        profile: national,
        reason: 'formation',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StandInInputError);
    expect((caught as StandInInputError).messages).toEqual(
      committeeMessage('profile-names-no-stand-in', { profileId: national.id }),
    );
  });
});
