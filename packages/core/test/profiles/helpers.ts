import type { Profile, ProfileInput } from '../../src/profiles/index.js';

/** A mutable deep copy of a profile, to derive variants from. */
export function copy(profile: Profile): ProfileInput {
  return structuredClone(profile) as ProfileInput;
}

/** Every `cite` array in a profile, with the path it sits at. */
export function citeLists(node: unknown, path = ''): Array<{ path: string; cite: unknown[] }> {
  if (typeof node !== 'object' || node === null) return [];
  const out: Array<{ path: string; cite: unknown[] }> = [];
  const record = node as Record<string, unknown>;
  if (Array.isArray(record.cite)) out.push({ path, cite: record.cite });
  for (const [k, v] of Object.entries(record)) {
    if (k !== 'cite') out.push(...citeLists(v, path === '' ? k : `${path}.${k}`));
  }
  return out;
}
