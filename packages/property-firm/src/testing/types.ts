import type { FirmEvent } from '../shared/setup.js';

/** Every event type of this package's machines. */
export type FirmEventType = FirmEvent['type'];
