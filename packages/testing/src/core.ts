// The one place this package's sources import @jiayuan/core.
export {
  type ActorRef,
  type Ballot,
  CHANNELS,
  CHOICES,
  type Channel,
  type Choice,
  type Owner,
  type ParkingRule,
  ROLES,
  type Role,
  type Roll,
  type Unit,
  type UnitAreas,
} from '@jiayuan/core';
