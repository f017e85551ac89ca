import { type Fund, PROFILES } from '@jiayuan/core';

/**
 * A recorded shipped profile (`shanghai`, `beijing`, `national` by id) with a fund setting added
 * since the recording, as its profile now cites it; a host's own profile, or one that has the
 * setting, stays as recorded (a missing setting reads as off or none). For snapshot migrations.
 */
export function withShippedFundSetting(profile: unknown, key: keyof Fund): unknown {
  if (typeof profile !== 'object' || profile === null) return profile;
  const id: unknown = Reflect.get(profile, 'id');
  const fund: unknown = Reflect.get(profile, 'fund');
  if (typeof fund !== 'object' || fund === null || key in fund) return profile;
  const shipped = Object.entries(PROFILES).find(([name]) => name === id)?.[1];
  const value = shipped?.fund?.[key];
  return value === undefined ? profile : { ...profile, fund: { ...fund, [key]: value } };
}
