/** The kinds of process a complex runs, one machine each. */
export const PROCESS_KINDS = [
  'formation',
  're-election',
  'membership',
  'hiring',
  'dismissal',
  'contract-term',
  'coverage',
  'matter',
  'disclosure',
  'stand-in',
  'assembly',
  'fund-use',
  'fund-emergency',
  'fund-re-raise',
] as const;

/** One of {@link PROCESS_KINDS}. */
export type ProcessKind = (typeof PROCESS_KINDS)[number];

/**
 * The matter a process decides. Only one process per matter runs at a time: the committee's
 * formation and its re-election are one matter (who the committee is); a coverage process is
 * one per covered unit; a joint-meeting matter and an assembly meeting one per subject.
 */
export function matterKeyOf(kind: ProcessKind, subject?: string): string {
  switch (kind) {
    case 'formation':
    case 're-election':
      return 'committee';
    case 'membership':
      return 'committee-membership';
    case 'hiring':
      return 'firm-hiring';
    case 'dismissal':
      return 'firm-dismissal';
    case 'contract-term':
      return 'firm-contract';
    case 'disclosure':
      return 'disclosure';
    case 'stand-in':
      return 'stand-in';
    case 'coverage':
      return `coverage:${subject ?? 'committee'}`;
    case 'matter':
      return `matter:${subject ?? 'complex'}`;
    case 'assembly':
      return `assembly:${subject ?? 'meeting'}`;
    // One process per repair (or per account to restore): the subject names it.
    case 'fund-use':
      return `fund-use:${subject ?? 'repair'}`;
    case 'fund-emergency':
      return `fund-emergency:${subject ?? 'repair'}`;
    case 'fund-re-raise':
      return `fund-re-raise:${subject ?? 'account'}`;
  }
}

/** A parsed process id: `<complexId>/<kind>/<matterKey>#<n>`. */
export interface ProcessIdParts {
  readonly complexId: string;
  readonly kind: ProcessKind;
  readonly matterKey: string;
  readonly n: number;
}

/** The process id of the `n`-th process of `kind` on `matterKey` in a complex. */
export function processIdOf(parts: ProcessIdParts): string {
  return `${parts.complexId}/${parts.kind}/${parts.matterKey}#${parts.n}`;
}

/** Reads a process id written by {@link processIdOf}, or `null` for any other id. */
export function parseProcessId(id: string): ProcessIdParts | null {
  const m = /^(.+?)\/([a-z-]+)\/(.+)#(\d+)$/.exec(id);
  if (m === null) return null;
  const [, complexId, kind, matterKey, n] = m;
  if (complexId === undefined || kind === undefined || matterKey === undefined || n === undefined)
    return null;
  if (!(PROCESS_KINDS as readonly string[]).includes(kind)) return null;
  return { complexId, kind: kind as ProcessKind, matterKey, n: Number(n) };
}

/**
 * The wider scope a complex's process belongs to for role assignments: its complex's id (pass it
 * as the host's `scopesOf`). A committee member assigned `committee` in scope `c1` acts in every
 * process of complex `c1`; one assigned in a process id acts in that process alone.
 */
export function complexScopes(processId: string): readonly string[] {
  const parts = parseProcessId(processId);
  return parts === null ? [] : [parts.complexId];
}
