import type { MatterInput } from '../matter/context.js';
import type { Obligation } from './context.js';

/** What the disclosure calendar tells its host. */
export type DisclosureEmitted =
  | {
      readonly type: 'obligation-opened';
      readonly complexId: string;
      readonly obligation: Obligation;
    }
  | {
      readonly type: 'obligation-published';
      readonly complexId: string;
      readonly obligation: Obligation;
    }
  | {
      readonly type: 'obligation-overdue';
      readonly complexId: string;
      readonly obligation: Obligation;
      /**
       * Input for a `matterMachine` at the profile's lowest level (JA 二(一)4, 二(四)4): the host
       * starts it, adding its profile; `null` where the profile has no joint meetings.
       */
      readonly matter: MatterInput | null;
    };
