import {
  type AgendaItem,
  decidedVersions,
  emptyRulesRecord,
  type ItemOutcome,
  type RulesRecord,
  recordDecidedVersion,
  rulesInForce,
} from '@jiayuan/assembly';

/** What the coordinator reads of an assembly meeting's context. */
interface MeetingContext {
  readonly meetingId?: unknown;
  readonly call?: { readonly items?: readonly AgendaItem[] } | null;
  readonly decision?: {
    readonly countedAt: string;
    readonly outcomes: readonly ItemOutcome[];
  } | null;
  readonly revocation?: { readonly items: readonly string[] } | null;
}

/**
 * A complex's record of its rules of procedure and management statute (RULES VOTE-19), rebuilt
 * from its assembly meetings: every item that proposed a version and passed at a count, in the
 * order decided, less the items a court or the authority revoked (CC 280 ¶2, PMR 19 ¶2). A
 * version the record refuses (out of its number order) is left out.
 */
export function rulesRecordOf(
  complexId: string,
  meetings: readonly { readonly context: Readonly<Record<string, unknown>> }[],
): RulesRecord {
  const decided = meetings.flatMap(({ context }) => {
    const c = context as MeetingContext;
    const items = c.call?.items;
    if (typeof c.meetingId !== 'string' || items === undefined || !c.decision) return [];
    const revoked = new Set(c.revocation?.items ?? []);
    return decidedVersions(
      c.meetingId,
      items.filter((i) => !revoked.has(i.id)),
      c.decision.outcomes,
      c.decision.countedAt,
    );
  });
  decided.sort((a, b) => Date.parse(a.decidedAt) - Date.parse(b.decidedAt));
  let record = emptyRulesRecord(complexId);
  for (const version of decided) {
    const r = recordDecidedVersion(record, version);
    if (r.ok) record = r.record;
  }
  return record;
}

/**
 * An assembly meeting's start input with the rules of procedure in force at its `startedAt`
 * (from the decision on, for later meetings only). An input that names its own `rules` or
 * `electronicAdopted`, or that is not an object, is left as given (the machine validates it).
 */
export function withRulesInForce(input: unknown, record: RulesRecord): unknown {
  if (typeof input !== 'object' || input === null) return input;
  if ('rules' in input || 'electronicAdopted' in input) return input;
  const startedAt: unknown = Reflect.get(input, 'startedAt');
  if (typeof startedAt !== 'string' || Number.isNaN(Date.parse(startedAt))) return input;
  const rules = rulesInForce(record, startedAt);
  return rules === null ? input : { ...input, rules };
}
