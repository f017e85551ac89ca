import {
  ASSEMBLY_SNAPSHOT_VERSION,
  assemblyMachine,
  assemblyMigrations,
  FUND_EMERGENCY_SNAPSHOT_VERSION,
  FUND_RE_RAISE_SNAPSHOT_VERSION,
  FUND_USE_SNAPSHOT_VERSION,
  fundEmergencyMachine,
  fundEmergencyMigrations,
  fundReRaiseMachine,
  fundReRaiseMigrations,
  fundUseMachine,
  fundUseMigrations,
} from '@jiayuan/assembly';
import {
  COMMITTEE_SNAPSHOT_VERSIONS,
  formationMachine,
  formationMigrations,
  membershipMachine,
  membershipMigrations,
  reElectionMachine,
  reElectionMigrations,
  standInMachine,
} from '@jiayuan/committee';
import type { MachineEntry } from '@jiayuan/host';
import {
  DISCLOSURE_SNAPSHOT_VERSION,
  disclosureMachine,
  disclosureMigrations,
  matterMachine,
} from '@jiayuan/joint-meeting';
import {
  COVERAGE_SNAPSHOT_VERSION,
  coverageMachine,
  coverageMigrations,
} from '@jiayuan/party-coverage';
import {
  contractTermMachine,
  contractTermMigrations,
  dismissalMachine,
  dismissalMigrations,
  FIRM_SNAPSHOT_VERSIONS,
  hiringMachine,
  hiringMigrations,
} from '@jiayuan/property-firm';

/** The host machine ids of the processes a complex runs. */
export const MACHINE_IDS = {
  formation: 'committee.formation',
  reElection: 'committee.re-election',
  membership: 'committee.membership',
  hiring: 'firm.hiring',
  dismissal: 'firm.dismissal',
  contractTerm: 'firm.contract-term',
  coverage: 'party.coverage',
  matter: 'joint.matter',
  disclosure: 'joint.disclosure',
  standIn: 'committee.stand-in',
  assembly: 'assembly.meeting',
  fundUse: 'fund.use',
  fundEmergency: 'fund.emergency',
  fundReRaise: 'fund.re-raise',
} as const;

/** One of the {@link MACHINE_IDS} values. */
export type MachineId = (typeof MACHINE_IDS)[keyof typeof MACHINE_IDS];

/**
 * The registry entries to pass to `createHost({ machines })` so a host can run every process
 * of a complex, at each machine's snapshot version with the migrations from older ones (bump
 * the version with a migration when a machine's snapshots change shape).
 */
export const COMMUNITY_MACHINES: readonly MachineEntry[] = [
  {
    id: MACHINE_IDS.formation,
    version: COMMITTEE_SNAPSHOT_VERSIONS.formation,
    machine: formationMachine,
    migrations: formationMigrations,
  },
  {
    id: MACHINE_IDS.reElection,
    version: COMMITTEE_SNAPSHOT_VERSIONS.reElection,
    machine: reElectionMachine,
    migrations: reElectionMigrations,
  },
  {
    id: MACHINE_IDS.membership,
    version: COMMITTEE_SNAPSHOT_VERSIONS.membership,
    machine: membershipMachine,
    migrations: membershipMigrations,
  },
  {
    id: MACHINE_IDS.hiring,
    version: FIRM_SNAPSHOT_VERSIONS.hiring,
    machine: hiringMachine,
    migrations: hiringMigrations,
  },
  {
    id: MACHINE_IDS.dismissal,
    version: FIRM_SNAPSHOT_VERSIONS.dismissal,
    machine: dismissalMachine,
    migrations: dismissalMigrations,
  },
  {
    id: MACHINE_IDS.contractTerm,
    version: FIRM_SNAPSHOT_VERSIONS.contractTerm,
    machine: contractTermMachine,
    migrations: contractTermMigrations,
  },
  {
    id: MACHINE_IDS.coverage,
    version: COVERAGE_SNAPSHOT_VERSION,
    machine: coverageMachine,
    migrations: coverageMigrations,
  },
  { id: MACHINE_IDS.matter, version: 1, machine: matterMachine },
  {
    id: MACHINE_IDS.disclosure,
    version: DISCLOSURE_SNAPSHOT_VERSION,
    machine: disclosureMachine,
    migrations: disclosureMigrations,
  },
  {
    id: MACHINE_IDS.standIn,
    version: COMMITTEE_SNAPSHOT_VERSIONS.standIn,
    machine: standInMachine,
  },
  {
    id: MACHINE_IDS.assembly,
    version: ASSEMBLY_SNAPSHOT_VERSION,
    machine: assemblyMachine,
    migrations: assemblyMigrations,
  },
  {
    id: MACHINE_IDS.fundUse,
    version: FUND_USE_SNAPSHOT_VERSION,
    machine: fundUseMachine,
    migrations: fundUseMigrations,
  },
  {
    id: MACHINE_IDS.fundEmergency,
    version: FUND_EMERGENCY_SNAPSHOT_VERSION,
    machine: fundEmergencyMachine,
    migrations: fundEmergencyMigrations,
  },
  {
    id: MACHINE_IDS.fundReRaise,
    version: FUND_RE_RAISE_SNAPSHOT_VERSION,
    machine: fundReRaiseMachine,
    migrations: fundReRaiseMigrations,
  },
];
