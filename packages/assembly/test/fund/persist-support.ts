import { fundEmergencyMachine, fundReRaiseMachine, fundUseMachine } from '../../src/index.js';
import { harness } from './support.js';

/** Each fund machine brought to a state in the middle of its procedure, as recorded in the fixtures. */
export function midway() {
  const use = harness(fundUseMachine, {
    useId: 'u1',
    complexId: 'c1',
    startedAt: '2026-06-01T09:00:00+08:00',
  });
  use.send('PROPOSE_PLAN', 'committee', '2026-06-02T10:00:00+08:00', {
    title: '3号楼电梯更新',
    part: 'B3',
    estimateFen: 42_000_000,
    documents: '方案',
  });
  use.send('REVIEW_PRICE', 'property-firm', '2026-06-10T10:00:00+08:00', {
    reportId: '审价-1',
    reviewedFen: 40_500_000,
  });
  const emergency = harness(fundEmergencyMachine, {
    repairId: 'r1',
    complexId: 'c1',
    startedAt: '2026-05-06T08:00:00+08:00',
    assemblyFormed: true,
  });
  emergency.send('REPORT_EMERGENCY', 'property-firm', '2026-05-06T10:00:00+08:00', {
    kind: 'lift-stopped',
    plan: '更换曳引机',
    estimateFen: 18_000_000,
    evidence: '整改通知书',
  });
  const reRaise = harness(fundReRaiseMachine, {
    fundId: 'f1',
    complexId: 'c1',
    firstCollectionFen: 300_000_000,
    startedAt: '2026-01-05T09:00:00+08:00',
  });
  reRaise.send('BALANCE_REPORTED', 'system', '2026-02-02T10:00:00+08:00', {
    balanceFen: 89_999_999,
  });
  return { use, emergency, reRaise };
}
