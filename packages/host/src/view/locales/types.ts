/** The arguments of a read (`host.view`, `host.deadlines`, `host.load`) that can be wrong. */
export type ReadField =
  | 'processId'
  | 'principal'
  | 'locale'
  | 'log'
  | 'dueBefore'
  | 'status'
  | 'limit'
  | 'machine';

/**
 * The read model's refusal texts, one template per message id, in each locale. Parameters carry
 * raw values, so each locale words them itself.
 */
export interface ReadMessageTemplates {
  readonly 'machine-mismatch': (params: {
    readonly processId: string;
    readonly runs: string;
    readonly asked: string;
  }) => string;
  readonly 'invalid-read': (params: { readonly field: ReadField }) => string;
}
