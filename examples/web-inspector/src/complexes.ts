// Sample complexes for the inspector page: small rolls with made-up owners (names and phones
// are there to show that the inspector hides them).
import type { RollInput } from '@jiayuan/core';

/** A sample complex: a name in both languages and its roll. */
export interface SampleComplex {
  readonly id: string;
  readonly name: { readonly 'zh-CN': string; readonly en: string };
  readonly roll: RollInput;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];

function complex(
  id: string,
  zh: string,
  en: string,
  buildings: number,
  perBuilding: number,
): SampleComplex {
  const owners: RollInput['owners'] = [];
  const units: RollInput['units'] = [];
  let n = 0;
  for (let b = 1; b <= buildings; b++) {
    for (let u = 1; u <= perBuilding; u++) {
      n += 1;
      const ownerId = `o${n}`;
      owners.push({
        id: ownerId,
        name: `${SURNAMES[n % SURNAMES.length]}业主${n}`,
        phone: `1380000${String(1000 + n)}`,
      });
      units.push({
        id: `u${n}`,
        building: `${b}`,
        number: `${b}-${100 + u}`,
        status: 'delivered',
        owners: [ownerId],
        areas: { register: 8000 + ((n * 373) % 4000) },
      });
    }
  }
  return { id, name: { 'zh-CN': zh, en }, roll: { complexId: id, owners, units } };
}

/** The sample complexes, smallest first. */
export const SAMPLE_COMPLEXES: readonly SampleComplex[] = [
  complex('meihao', '美好家园（6 户）', 'Meihao Jiayuan (6 units)', 2, 3),
  complex('hexie', '和谐小区（12 户）', 'Hexie Estate (12 units)', 3, 4),
];
