import type { ContractTermEvent } from './contract-term/catalog.js';
import type { ContractTermContext } from './contract-term/context.js';
import type { DismissalEvent } from './dismissal/catalog.js';
import type { DismissalContext } from './dismissal/context.js';
import type { HiringEvent } from './hiring/catalog.js';
import type { HiringContext } from './hiring/context.js';
import type { ContractTermInput, DismissalInput, HiringInput } from './shared/input.js';

/** The context of any machine of this package (each machine has its own; see them). */
export type FirmContext = HiringContext | DismissalContext | ContractTermContext;

/** An event of any machine of this package, from their catalogs (each machine takes its own). */
export type FirmEvent = HiringEvent | DismissalEvent | ContractTermEvent;

/** The input of any machine of this package (each machine refuses the others'). */
export type FirmInput = HiringInput | DismissalInput | ContractTermInput;
