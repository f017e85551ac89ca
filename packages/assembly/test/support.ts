import { type Roll, RollSchema } from '@jiayuan/core';
import type { AgendaItem, BallotSheet } from '../src/index.js';

/** A unit of a test roll: its id, area in 0.01 m², building and parts; one owner `o-<id>`. */
export interface TestUnit {
  readonly id: string;
  readonly area: number;
  readonly building?: string;
  readonly parts?: readonly string[];
  readonly owners?: readonly string[];
}

/** A roll of delivered residential units, each with its own owner unless given. */
export function rollOf(units: readonly TestUnit[], complexId = 'c1'): Roll {
  const owners = new Set(units.flatMap((u) => u.owners ?? [`o-${u.id}`]));
  return RollSchema.parse({
    complexId,
    owners: [...owners].map((id) => ({ id })),
    units: units.map((u) => ({
      id: u.id,
      building: u.building ?? '1',
      number: u.id,
      status: 'delivered',
      owners: [...(u.owners ?? [`o-${u.id}`])],
      areas: { register: u.area },
      parts: [...(u.parts ?? [])],
    })),
  });
}

/** `n` units of `area` each, ids `u1`…`un`. */
export function equalUnits(n: number, area = 10_000): TestUnit[] {
  return Array.from({ length: n }, (_, i) => ({ id: `u${i + 1}`, area }));
}

export const OPENS = '2026-04-20T09:00:00+08:00';
export const CLOSES = '2026-04-30T17:00:00+08:00';
export const DURING = '2026-04-21T10:00:00+08:00';

/** A paper sheet of the unit's owner, cast during the window. */
export function sheet(
  unitId: string,
  answers: BallotSheet['answers'],
  o: Partial<BallotSheet> = {},
): BallotSheet {
  return {
    id: `s-${unitId}-${Object.keys(answers).join('-')}`,
    unitId,
    castBy: `o-${unitId}`,
    channel: 'paper',
    at: DURING,
    answers,
    ...o,
  };
}

export const item = (id: string, kind: AgendaItem['kind'], part?: string): AgendaItem => ({
  id,
  kind,
  title: id,
  ...(part === undefined ? {} : { part }),
});
