import type { Area } from '../area.js';
import { AREA_SOURCES, type AreaSource, type Unit } from '../schemas/roll.js';

/** A unit's voting area and the source it was taken from. */
export interface UnitArea {
  readonly area: Area;
  readonly source: AreaSource;
}

/**
 * The area a unit votes with: the registered area; if none, the surveyed area; if none, the
 * sale-contract area (SPC 8, RULES VOTE-6).
 */
export function unitArea(unit: Pick<Unit, 'areas'>): UnitArea {
  for (const source of AREA_SOURCES) {
    const area = unit.areas[source];
    if (area !== undefined) return { area, source };
  }
  // The roll schema refuses units without any area; this only guards hand-built objects.
  throw new RangeError('unit has no area from any source (SPC 8)');
}
