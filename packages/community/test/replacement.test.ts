// 另聘 across processes (FIRM-5), on the embedded SQLite store: a hiring process's owners' vote
// chooses another firm; the coordinator reports it to the contract term while its fixed term runs.
//
// SH 46 ¶1: "物业服务合同期限届满前，业主委员会应当组织召开业主大会，作出续聘或者另聘物业服务企业的决定，
// 并将决定书面通知物业服务企业。"
// CC 948 ¶1: "物业服务期限届满后，业主没有依法作出续聘或者另聘物业服务人的决定，物业服务人继续提供物业
// 服务的，原物业服务合同继续有效，但是服务期限为不定期。"
// CC 949 ¶1: "物业服务合同终止的，原物业服务人应当…退出物业服务区域，…配合新物业服务人做好交接工作".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Complex } from '../src/index.js';
import { D, ev, ROLL, tempHost } from './support.js';

let t: Awaited<ReturnType<typeof tempHost>>;
let complex: Complex;
beforeEach(async () => {
  t = await tempHost();
  complex = new Complex({ host: t.host, complexId: 'c1' });
});
afterEach(async () => t.close());

// The term's last day is 2026-12-31; it ends at its 24:00.
const ENDS = '2026-12-31T16:00:00.000Z';
const AT_EXPIRY = D('2027-01-01T00:00:00');
const SECOND_BEFORE = D('2026-12-31T23:59:59');

async function startTerm(): Promise<string> {
  const r = await complex.start('contract-term', {
    processId: 'term',
    startedAt: D('2026-03-02T09:00:00'),
    roll: ROLL,
    firm: { id: 'firm-old' },
    contract: { endsAt: ENDS },
  });
  if (!r.ok) throw new Error('start contract term');
  return r.processId;
}

/** Sends as the coordinator's caller would (trusted: a scripted history), throwing on refusal. */
async function send(processId: string, event: Record<string, unknown>) {
  const r = await complex.sendTrusted(processId, event);
  if (!r.ok) throw new Error(`${String(event.type)}: ${r.rejection.message.en}`);
  return r;
}

/** An owners' vote in a hiring process: reported, called, opened, eight of ten agree, closed at `closeAt`. */
async function vote(id: string, day: string, closesAt: string, voteId: string) {
  // Reported to the party organisation first, as the shanghai profile requires (SH-36 (十六)).
  await send(id, ev('REPORT_TO_PARTY_ORGANISATION', 'committee', D(`${day}T10:00:00`)));
  // And the housing office and the residents' committee told in writing (SH 25 ¶2).
  await send(
    id,
    ev('NOTIFY_HOUSING_OFFICE_AND_RESIDENTS_COMMITTEE', 'committee', D(`${day}T10:00:00`), {
      meetingAt: D(`${day.slice(0, 8)}20T09:00:00`),
      place: '小区会所',
      agenda: '物业服务企业',
    }),
  );
  await send(
    id,
    ev('CALL_ASSEMBLY', 'committee', D(`${day}T10:00:00`), {
      opensAt: D(`${day.slice(0, 8)}20T09:00:00`),
      closesAt,
    }),
  );
  await send(id, ev('OPEN_VOTE', 'committee', D(`${day.slice(0, 8)}20T09:00:00`), { voteId }));
  for (let n = 1; n <= 8; n++) {
    await send(
      id,
      ev('CAST_BALLOT', 'committee', D(`${day.slice(0, 8)}20T10:00:00`), {
        ballot: {
          id: `${voteId}-${n}`,
          unitId: `u${n}`,
          castBy: `o${n}`,
          choice: 'agree',
          channel: 'paper',
          at: D(`${day.slice(0, 8)}20T10:00:00`),
        },
      }),
    );
  }
  return send(id, ev('CLOSE_VOTE', 'committee', closesAt));
}

/** A hiring process whose owners choose `firm-new`, the vote on the firm closing at `decidedAt`. */
async function hireAnotherFirm(decidedAt: string) {
  const h = await complex.start('hiring', {
    processId: 'hiring',
    startedAt: D('2026-03-02T09:00:00'),
    roll: ROLL,
  });
  if (!h.ok) throw new Error('start hiring');
  const id = h.processId;
  await send(
    id,
    ev('DRAFT_PLAN', 'committee', D('2026-03-02T10:00:00'), {
      plan: {
        creditStanding: '无不良信用记录',
        staffing: '项目经理持证',
        trackRecord: '三年以上同类项目',
        serviceContentAndFees: '二级服务，2.80元/㎡·月',
        contractTerm: '三年',
        method: 'negotiation',
      },
    }),
  );
  await vote(id, '2026-03-03', D('2026-03-31T18:00:00'), 'plan');
  await send(id, ev('POST_PLAN', 'committee', D('2026-04-01T09:00:00')));
  await send(
    id,
    ev('RECORD_BID', 'committee', D('2026-04-02T09:00:00'), {
      bid: { firmId: 'firm-new' },
    }),
  );
  await send(id, ev('CHOOSE_FIRM', 'committee', D('2026-04-03T09:00:00'), { firmId: 'firm-new' }));
  const closed = await vote(id, '2026-12-01', decidedAt, 'firm');
  return { id, closed };
}

describe('the coordinator reports 另聘 to the contract term (FIRM-5; SH 46 ¶1)', () => {
  it('a decision one second before expiry: reported, notified in writing, the contract ends at expiry', async () => {
    const term = await startTerm();
    const { id: hiring, closed } = await hireAnotherFirm(SECOND_BEFORE);
    expect(closed.ok && closed.reactions).toEqual([
      {
        kind: 'replacement-decided',
        processId: term,
        cite: ['SH-46-1', 'CC-948-1'],
        message: expect.objectContaining({ 'zh-CN': expect.stringContaining('另聘') }),
      },
    ]);
    const decided = (await complex.processes()).find((p) => p.processId === term);
    expect(decided?.value).toBe('replacementDecided');
    expect(decided?.context.ownersDecision).toEqual({
      kind: 'replace',
      at: SECOND_BEFORE,
      hiringProcessId: hiring,
      firmId: 'firm-new',
    });
    // The event came from the coordinator, as the system; nothing is reported twice.
    const log = await t.host.store.events(term);
    const reported = log
      .map((r) => r.body as { type?: string; by?: unknown })
      .filter((body) => body.type === 'REPLACEMENT_DECIDED');
    expect(reported.map((body) => body.by)).toEqual([{ id: 'community:c1', role: 'system' }]);
    expect(log.find((r) => r.key?.startsWith('replacement:'))?.key).toBe(
      `replacement:${hiring}:firm`,
    );
    const again = await send(hiring, ev('TICK', 'system', SECOND_BEFORE));
    expect(again.reactions).toEqual([]);

    const notified = await send(
      term,
      ev('NOTIFY_REPLACEMENT_DECISION', 'committee', SECOND_BEFORE),
    );
    expect(notified.state.emitted).toEqual([
      expect.objectContaining({
        type: 'notify',
        to: ['property-firm'],
        about: 'replacement-decision',
      }),
    ]);
    const ended = await send(term, ev('TICK', 'system', AT_EXPIRY));
    const snapshot = ended.state.envelope.snapshot as {
      value: unknown;
      context: { terminatedAt: string; deadlines: { handover: { due: { lastDay: string } } } };
    };
    expect(snapshot.value).toEqual({ exit: { handover: 'pending', service: 'oldFirmServing' } });
    expect(snapshot.context.terminatedAt).toBe(ENDS);
    // SH 50: ten days from the day after the termination day (CC 201).
    expect(snapshot.context.deadlines.handover.due.lastDay).toBe('2027-01-10');
  });

  it('a decision at expiry: refused by the contract term once, which is then held over (CC 948 ¶1)', async () => {
    const term = await startTerm();
    const { closed } = await hireAnotherFirm(AT_EXPIRY);
    expect(closed.ok && closed.reactions).toEqual([]);
    const refusals = await t.host.refusals(term);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]?.rejection).toMatchObject({
      code: 'rule-violated',
      rule: { id: 'replace-before-expiry', citations: ['SH-46-1', 'CC-948-1'] },
    });
    const held = await send(term, ev('TICK', 'system', AT_EXPIRY));
    expect((held.state.envelope.snapshot as { value: unknown }).value).toBe('holdover');
    // Not tried again on later reactions.
    expect(await t.host.refusals(term)).toHaveLength(1);
  });

  it('leaves a contract term alone when no hiring vote chose another firm', async () => {
    const term = await startTerm();
    const r = await send(term, ev('TICK', 'system', AT_EXPIRY));
    expect(r.reactions).toEqual([]);
    expect((r.state.envelope.snapshot as { value: unknown }).value).toBe('holdover');
  });
});
