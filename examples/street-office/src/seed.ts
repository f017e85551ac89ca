// The people of one street and its complexes, with the roles the street office has granted them.
// Nobody chooses a role: a role is an assignment the host keeps (and audits), bound at sign-in.
import type { Role, RollInput } from '@jiayuan/core';

/** A role the street office granted, for one complex. */
export interface Grant {
  readonly role: Role;
  /** The complex id: the role holds in each of its processes. */
  readonly scope: string;
}

/** A person who may sign in, and the roles the street office granted them. */
export interface Person {
  /** The principal id the host knows them by (for an owner, their owner id on the roll). */
  readonly id: string;
  readonly name: string;
  /** What they do, shown beside their name. */
  readonly title: { readonly 'zh-CN': string; readonly en: string };
  readonly grants: readonly Grant[];
}

/** A complex of the street, with how its roll is drawn. */
export interface ComplexSeed {
  readonly id: string;
  readonly name: string;
  /** Prefixed to its owners' ids, so two complexes' owners never share one. */
  readonly ownerPrefix: string;
  readonly buildings: readonly string[];
  readonly floors: number;
}

export const STREET = { id: 'jingan-jiangning', name: '江宁路街道 Jiangning Road street' };

/** The street's complexes: the first is the one the demo people serve. */
export const COMPLEXES: readonly ComplexSeed[] = [
  {
    id: 'jiayuan-garden',
    name: '家园花园 Jiayuan Garden',
    ownerPrefix: 'owner',
    buildings: ['1', '2'],
    floors: 6,
  },
  {
    id: 'meihao-court',
    name: '美好苑 Meihao Court',
    ownerPrefix: 'meihao-owner',
    buildings: ['A'],
    floors: 8,
  },
];
export const COMPLEX_ID = 'jiayuan-garden';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** A complex's roll: one flat a floor, each flat its own owner, areas in 0.01 m². */
export function seedRoll(complex: ComplexSeed = COMPLEXES[0] as ComplexSeed): RollInput {
  const owners: { id: string; name: string }[] = [];
  const units: RollInput['units'] = [];
  for (const building of complex.buildings) {
    for (let floor = 1; floor <= complex.floors; floor += 1) {
      const number = `${building}-${floor}01`;
      const owner = `${complex.ownerPrefix}-${number}`;
      owners.push({ id: owner, name: `业主 ${number}` });
      units.push({
        id: `unit-${number}`,
        building,
        number,
        status: 'delivered',
        owners: [owner],
        // 85.00 m² to 110.00 m² from the register (SPC 8's first source).
        areas: { register: 8_500 + floor * 500 + (building === '2' ? 250 : 0) },
      });
    }
  }
  return { complexId: complex.id, name: complex.name, owners, units };
}

const inFirst = (...roles: Role[]): Grant[] => roles.map((role) => ({ role, scope: COMPLEX_ID }));

/** Everyone who may sign in: the street's staff, the first complex's committee and firm, owners. */
export function seedPeople(
  rolls: readonly RollInput[] = COMPLEXES.map((c) => seedRoll(c)),
): Person[] {
  const people: Person[] = [
    {
      id: 'clerk-wang',
      name: '王敏 Wang Min',
      title: t('街道办事处房管办', 'street office, housing desk'),
      grants: COMPLEXES.map((c) => ({ role: 'street-office', scope: c.id })),
    },
    {
      id: 'rc-li',
      name: '李华 Li Hua',
      title: t('居民委员会', "residents' committee"),
      grants: inFirst('residents-committee'),
    },
    {
      id: 'party-zhao',
      name: '赵强 Zhao Qiang',
      title: t('居民区党总支', 'residential party organisation'),
      grants: inFirst('residential-party-organisation'),
    },
    {
      id: 'chair-chen',
      name: '陈静 Chen Jing',
      title: t('业主委员会主任', "owners' committee chair"),
      grants: inFirst('committee', 'committee-chair'),
    },
    {
      id: 'member-sun',
      name: '孙立 Sun Li',
      title: t('业主委员会委员', "owners' committee member"),
      grants: inFirst('committee'),
    },
    {
      id: 'firm-anju',
      name: '安居物业 Anju Property',
      title: t('物业服务企业', 'property firm'),
      grants: inFirst('property-firm'),
    },
  ];
  for (const roll of rolls) {
    for (const owner of roll.owners) {
      people.push({
        id: owner.id,
        name: owner.name ?? owner.id,
        title: t('业主', 'owner'),
        grants: [{ role: 'owner', scope: roll.complexId }],
      });
    }
  }
  return people;
}

/** The demo password of everyone seeded (a real deployment signs in through its own IdP). */
export const DEMO_PASSWORD = 'jiayuan';
