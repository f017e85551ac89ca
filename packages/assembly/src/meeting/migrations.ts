/**
 * The shape version of the assembly meeting's persisted snapshots. A host stores it with every
 * snapshot (e.g. `@jiayuan/host`'s registry `version`) and upgrades older ones with
 * {@link assemblyMigrations}.
 *
 * - 1: the first shape.
 * - 2: the context keeps the re-election freeze (`freeze`, SH 28 ¶4).
 * - 3: the context keeps owners' court challenges of the decision and the court's revocation
 *   (`challenges`, `revocation`; CC 280 ¶2, SPC 12).
 * - 4: the context keeps the changes of ownership recorded (`transfers`), and the votes what
 *   each did to the items and the answers it took out (`ballots.transfers`, `ballots.voided`;
 *   CC 214, CC 273 ¶2).
 * - 5: the context keeps the rules of procedure in force at the start (`rules`, CC 278 ¶1 (一)),
 *   and the votes the transfer policy they opened with (`ballots.transferPolicy`).
 * - 6: the context keeps the committee's filing of a change of the rules decided at the count
 *   (`rulesFiling`; SH 33, BJ 50).
 * - 7: an agenda item may hold an election (`election`: seats and candidates, CC 278 ¶1 (三)), a
 *   sheet answer the candidates it chooses, and an item's outcome each candidate's standing and
 *   who is elected (`decision.outcomes[].election`).
 * - 8: the filing of a rules change keeps who filed (`rulesFiling.filer`: the committee, or the
 *   stand-in under BJ 50) and the street office's completion (`rulesFiling.completion`, SH 34).
 */
export const ASSEMBLY_SNAPSHOT_VERSION = 8;

/** Version 1 → 2: a meeting recorded before the freeze existed is not frozen. */
function addFreeze(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('meetingId' in context)) {
    throw new Error('assembly migration: not a persisted snapshot (no context with meetingId)');
  }
  if ('freeze' in context) return snapshot;
  return {
    ...(snapshot as object),
    context: { ...context, freeze: { active: false, changedAt: null } },
  };
}

/** Version 2 → 3: a meeting recorded before challenges existed has none, and stands. */
function addChallenges(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('meetingId' in context)) {
    throw new Error('assembly migration: not a persisted snapshot (no context with meetingId)');
  }
  if ('challenges' in context) return snapshot;
  return {
    ...(snapshot as object),
    context: { ...context, challenges: [], revocation: null },
  };
}

/** Version 3 → 4: a meeting recorded before transfers existed has recorded none. */
function addTransfers(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('meetingId' in context)) {
    throw new Error('assembly migration: not a persisted snapshot (no context with meetingId)');
  }
  if ('transfers' in context) return snapshot;
  const ballots: unknown = Reflect.get(context, 'ballots');
  return {
    ...(snapshot as object),
    context: {
      ...context,
      transfers: [],
      ...(typeof ballots === 'object' && ballots !== null
        ? { ballots: { ...ballots, transfers: [], voided: [] } }
        : {}),
    },
  };
}

/**
 * Version 4 → 5: a meeting recorded before the record of the rules existed was started with none
 * (its `electronicAdopted` stays as given); open votes keep the policy the profile they hold
 * says — the one they were checked against until then.
 */
function addRules(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('meetingId' in context)) {
    throw new Error('assembly migration: not a persisted snapshot (no context with meetingId)');
  }
  if ('rules' in context) return snapshot;
  const ballots: unknown = Reflect.get(context, 'ballots');
  const profile: unknown = Reflect.get(context, 'profile');
  const voting: unknown =
    typeof profile === 'object' && profile !== null ? Reflect.get(profile, 'voting') : null;
  const switchValue: unknown =
    typeof voting === 'object' && voting !== null
      ? Reflect.get(voting, 'transferDuringWindow')
      : undefined;
  const held: unknown =
    typeof switchValue === 'object' && switchValue !== null
      ? Reflect.get(switchValue, 'value')
      : undefined;
  const transferPolicy = held === 'roll-frozen' ? 'roll-frozen' : 'old-ballot-stands';
  return {
    ...(snapshot as object),
    context: {
      ...context,
      rules: null,
      ...(typeof ballots === 'object' && ballots !== null
        ? { ballots: { ...ballots, transferPolicy } }
        : {}),
    },
  };
}

/**
 * Version 5 → 6: a meeting recorded before the filing existed has filed nothing here. A meeting
 * counted then starts no filing deadline now: the period may have run, and whether the committee
 * filed outside the meeting is not known to it.
 */
function addRulesFiling(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('meetingId' in context)) {
    throw new Error('assembly migration: not a persisted snapshot (no context with meetingId)');
  }
  if ('rulesFiling' in context) return snapshot;
  return { ...(snapshot as object), context: { ...context, rulesFiling: null } };
}

/**
 * Version 6 → 7: a meeting recorded before election items has none, so nothing changes; the
 * version says that a snapshot from 7 on may hold them.
 */
function allowElections(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('meetingId' in context)) {
    throw new Error('assembly migration: not a persisted snapshot (no context with meetingId)');
  }
  return snapshot;
}

/**
 * Version 7 → 8: only the committee could file before, so a recorded filing is the committee's,
 * not yet completed. No completion deadline starts: the office's period may have run, and
 * whether it completed the filing outside the meeting is not known to it.
 */
function addFilingCompletion(snapshot: unknown): unknown {
  const context: unknown =
    typeof snapshot === 'object' && snapshot !== null ? Reflect.get(snapshot, 'context') : null;
  if (typeof context !== 'object' || context === null || !('meetingId' in context)) {
    throw new Error('assembly migration: not a persisted snapshot (no context with meetingId)');
  }
  const filing: unknown = Reflect.get(context, 'rulesFiling');
  if (typeof filing !== 'object' || filing === null || 'completion' in filing) return snapshot;
  return {
    ...(snapshot as object),
    context: { ...context, rulesFiling: { ...filing, filer: 'committee', completion: null } },
  };
}

/**
 * Upgrades of persisted assembly snapshots, keyed by the version they upgrade from (as
 * `@jiayuan/host`'s `MachineEntry.migrations` takes them).
 */
export const assemblyMigrations = {
  1: addFreeze,
  2: addChallenges,
  3: addTransfers,
  4: addRules,
  5: addRulesFiling,
  6: allowElections,
  7: addFilingCompletion,
} as const;
