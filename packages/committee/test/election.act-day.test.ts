// The election's own transition conditions judge an act by the profile of its own day, as its
// catalog's rules do: `jointReviewRequired` routes the reported list to the joint review where
// the profile of the report's day asks for one (issue 17).
//
// SH-36 (四): "业主大会筹备组…应当将候选人名单…报街道…联审" — the registry's key phrase for SH-36-4-report;
// both SH-36 (四) and SH-6 (八) keep the joint review on every Shanghai day so far. The history is
// replaced here by one whose edition of 2026-06-10 (inside shanghai@2026-06-04) has no joint review:
// a list reported at 23:59:59 of 06-09 goes to the joint review, one at 00:00:00 of 06-10 is listed.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { formationMachine } from '../src/index.js';
import { FORMATION_INPUT, where } from './support/fixtures.js';
import { formationRun } from './support/formation-run.js';

// Hoisted above the imports, so the shared setup is loaded inside the factory.
vi.mock('../../core/src/profiles/history/shanghai.js', async (importOriginal) => {
  const { withExtraEdition } = await import('../../core/test/support/extra-edition.js');
  return withExtraEdition(importOriginal, {
    heldFrom: '2026-06-04',
    from: '2026-06-10',
    change: (held) => ({
      formation: { ...held.formation, candidateJointReview: { value: false, cite: ['SH-21-1'] } },
    }),
    summary: { 'zh-CN': '测试：不再联审候选人', en: 'Test: no joint review of candidates' },
  });
});

// The dated formation up to its report of the candidates (vetted on 06-05).
function upToReport() {
  const actor = createActor(formationMachine, {
    input: { ...FORMATION_INPUT, profile: { follows: 'shanghai' } },
  }).start();
  for (const step of formationRun()) {
    if (step.type === 'REPORT_CANDIDATES') break;
    const r = dispatch(actor, step);
    if (!r.ok) throw new Error(`${String(step.type)}: ${r.rejection.message.en}`);
  }
  expect(actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-06-04');
  expect(actor.getSnapshot().context.profile.formation.candidateJointReview.value).toBe(true);
  return actor;
}

const report = (at: string) => ({
  type: 'REPORT_CANDIDATES',
  at,
  by: { id: 'g-1', role: 'preparatory-group' },
});

describe("the election's own conditions read the profile of the act's day", () => {
  it('sends a list reported at 23:59:59 of 06-09 to the joint review', { timeout: 30_000 }, () => {
    const actor = upToReport();
    expect(dispatch(actor, report('2026-06-09T23:59:59+08:00')).ok).toBe(true);
    expect(where(actor)).toContain('jointReview');
  });

  it('lists the candidates reported at 00:00:00 of 06-10, whose edition has no joint review', {
    timeout: 30_000,
  }, () => {
    const actor = upToReport();
    actor.send(report('2026-06-10T00:00:00+08:00') as never);
    expect(where(actor)).toContain('listed');
    expect(where(actor)).not.toContain('jointReview');
    expect(actor.getSnapshot().context.law?.edition).toBe('shanghai@2026-06-10');
  });
});
