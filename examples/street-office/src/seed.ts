// The people of one street and one complex, with the roles the street office has granted them.
// Nobody chooses a role: a role is an assignment the host keeps (and audits), bound at sign-in.
import type { Role, RollInput } from '@jiayuan/core';

/** A person who may sign in, and the roles the street office granted them. */
export interface Person {
  /** The principal id the host knows them by (for an owner, their owner id on the roll). */
  readonly id: string;
  readonly name: string;
  /** What they do, shown beside their name. */
  readonly title: { readonly 'zh-CN': string; readonly en: string };
  readonly roles: readonly Role[];
}

export const STREET = { id: 'jingan-jiangning', name: '江宁路街道 Jiangning Road street' };
export const COMPLEX_ID = 'jiayuan-garden';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

const BUILDINGS = ['1', '2'] as const;
const FLOORS = 6;

/** The roll: two buildings of six flats, each flat its own owner, areas in 0.01 m². */
export function seedRoll(): RollInput {
  const owners: { id: string; name: string }[] = [];
  const units: RollInput['units'] = [];
  for (const building of BUILDINGS) {
    for (let floor = 1; floor <= FLOORS; floor += 1) {
      const number = `${building}-${floor}01`;
      const owner = `owner-${number}`;
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
  return { complexId: COMPLEX_ID, name: '家园花园 Jiayuan Garden', owners, units };
}

/** Everyone who may sign in. */
export function seedPeople(roll: RollInput = seedRoll()): Person[] {
  const people: Person[] = [
    {
      id: 'clerk-wang',
      name: '王敏 Wang Min',
      title: t('街道办事处房管办', 'street office, housing desk'),
      roles: ['street-office'],
    },
    {
      id: 'rc-li',
      name: '李华 Li Hua',
      title: t('居民委员会', "residents' committee"),
      roles: ['residents-committee'],
    },
    {
      id: 'party-zhao',
      name: '赵强 Zhao Qiang',
      title: t('居民区党总支', 'residential party organisation'),
      roles: ['residential-party-organisation'],
    },
    {
      id: 'chair-chen',
      name: '陈静 Chen Jing',
      title: t('业主委员会主任', "owners' committee chair"),
      roles: ['committee', 'committee-chair'],
    },
    {
      id: 'member-sun',
      name: '孙立 Sun Li',
      title: t('业主委员会委员', "owners' committee member"),
      roles: ['committee'],
    },
    {
      id: 'firm-anju',
      name: '安居物业 Anju Property',
      title: t('物业服务企业', 'property firm'),
      roles: ['property-firm'],
    },
  ];
  for (const owner of roll.owners) {
    people.push({
      id: owner.id,
      name: owner.name ?? owner.id,
      title: t('业主', 'owner'),
      roles: ['owner'],
    });
  }
  return people;
}

/** The demo password of everyone seeded (a real deployment signs in through its own IdP). */
export const DEMO_PASSWORD = 'jiayuan';
