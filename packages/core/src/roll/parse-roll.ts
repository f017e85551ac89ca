import { type Roll, RollSchema } from '../schemas/roll.js';
import { RollError, type RollIssue } from './roll-issue.js';

/** The outcome of {@link safeParseRoll}. */
export type RollParseResult =
  | { readonly success: true; readonly roll: Roll }
  | { readonly success: false; readonly issues: readonly RollIssue[] };

/**
 * Validates a roll: its shape (zod), then what a shape cannot say — unique unit and owner ids,
 * owners that exist, units that have an owner, parking spaces that say whether they are
 * registrable (SPC 2). Returns every issue with its path.
 */
export function safeParseRoll(input: unknown): RollParseResult {
  const parsed = RollSchema.safeParse(input);
  if (parsed.success) {
    const issues = crossRecordIssues(parsed.data);
    return issues.length === 0
      ? { success: true, roll: parsed.data }
      : { success: false, issues: issues.map(plainIssue) };
  }
  const issues = parsed.error.issues.map((issue): RollIssue => {
    const path = formatPath(issue.path);
    const unitId = unitIdAt(input, issue.path);
    return unitId === undefined
      ? { path, message: issue.message }
      : { path, unitId, message: issue.message };
  });
  // Report what the shape check cannot see as well, so one pass shows every problem.
  return {
    success: false,
    issues: [...issues, ...crossRecordIssues(looseRoll(input)).map(plainIssue)],
  };
}

// A cross-record issue as `RollIssue` reports it (without the zod path).
function plainIssue({ at: _, ...issue }: RollRecordIssue): RollIssue {
  return issue;
}

interface LooseUnit {
  readonly id?: unknown;
  readonly status?: unknown;
  readonly owners?: unknown;
  readonly kind?: unknown;
  readonly registrable?: unknown;
}

/** A roll as far as it could be read, for the checks between records. */
export interface LooseRoll {
  readonly developerId?: unknown;
  readonly owners: readonly { readonly id?: unknown }[];
  readonly units: readonly LooseUnit[];
}

function looseRoll(input: unknown): LooseRoll {
  const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (!record(input)) return { owners: [], units: [] };
  const list = (v: unknown) => (Array.isArray(v) ? v.filter(record) : []);
  return { developerId: input.developerId, owners: list(input.owners), units: list(input.units) };
}

/** A cross-record issue with its path as zod writes one (for an input schema's issues). */
export interface RollRecordIssue extends RollIssue {
  readonly at: readonly PropertyKey[];
}

/**
 * Checks between records: unique ids, owners that exist, owned units, registrable spaces (what
 * {@link safeParseRoll} adds to the shape, and `RollInputSchema` adds to a machine's input).
 */
export function crossRecordIssues(roll: LooseRoll): RollRecordIssue[] {
  const issues: RollRecordIssue[] = [];
  const push = (at: PropertyKey[], found: Omit<RollIssue, 'path'>) => {
    issues.push({ path: formatPath(at), ...found, at });
  };
  const developerId = typeof roll.developerId === 'string' ? roll.developerId : 'developer';
  const ownerIds = new Set<string>();
  roll.owners.forEach((owner, i) => {
    if (typeof owner.id !== 'string') return;
    if (ownerIds.has(owner.id)) {
      push(['owners', i, 'id'], { ownerId: owner.id, message: `duplicate owner id "${owner.id}"` });
    }
    ownerIds.add(owner.id);
  });
  const unitIds = new Set<string>();
  roll.units.forEach((unit, i) => {
    const unitId = unit.id;
    if (typeof unitId !== 'string') return;
    if (unitIds.has(unitId)) {
      push(['units', i, 'id'], { unitId, message: `duplicate unit id "${unitId}"` });
    }
    unitIds.add(unitId);
    const owners = Array.isArray(unit.owners)
      ? unit.owners.filter((o): o is string => typeof o === 'string')
      : [];
    if (owners.length === 0 && unit.status === 'delivered') {
      push(['units', i, 'owners'], {
        unitId,
        message: `delivered unit "${unitId}" has no owner of record`,
      });
    }
    const seen = new Set<string>();
    owners.forEach((ownerId, j) => {
      if (seen.has(ownerId)) {
        push(['units', i, 'owners', j], { unitId, message: `owner "${ownerId}" listed twice` });
      }
      seen.add(ownerId);
      if (ownerId !== developerId && !ownerIds.has(ownerId)) {
        push(['units', i, 'owners', j], {
          unitId,
          ownerId,
          message: `unknown owner "${ownerId}": not in the roll's owners`,
        });
      }
    });
    if (unit.kind === 'parking' && unit.registrable === undefined) {
      push(['units', i, 'registrable'], {
        unitId,
        message: `parking space "${unitId}" must say whether it is registrable as an exclusive part (SPC 2)`,
      });
    }
  });
  return issues;
}

/**
 * Validates a roll like {@link safeParseRoll} and returns it with defaults filled in.
 *
 * @throws {@link RollError} listing every issue.
 */
export function parseRoll(input: unknown): Roll {
  const result = safeParseRoll(input);
  if (!result.success) throw new RollError(result.issues);
  return result.roll;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out === '' ? '' : '.'}${String(key)}`;
  }
  return out === '' ? '(roll)' : out;
}

/** The id of the unit a zod issue points into, so the message can name the record. */
function unitIdAt(input: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'units' || typeof path[1] !== 'number') return undefined;
  if (typeof input !== 'object' || input === null) return undefined;
  const units = (input as { units?: unknown }).units;
  if (!Array.isArray(units)) return undefined;
  const unit: unknown = units[path[1]];
  if (typeof unit !== 'object' || unit === null) return undefined;
  const id = (unit as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}
