import type { ContractTermEvent } from '../contract-term/catalog.js';
import type { DismissalEvent } from '../dismissal/catalog.js';
import type { HiringEvent } from '../hiring/catalog.js';

/** Every event type of this package's machines. */
export type FirmEventType = (HiringEvent | DismissalEvent | ContractTermEvent)['type'];
