// A vote to hire a property firm in a small complex (CC 278 ¶2, ordinary matter): build the
// electorate from the roll (SPC 8–9), count ballots as they arrive, and explain the result.
import {
  buildElectorate,
  civilCodeRule,
  formatArea,
  formatTally,
  parseRoll,
  TallyCounter,
} from '@jiayuan/core';

const buildings = ['1号楼', '2号楼', '3号楼'];
const owners = [];
const units = [];
for (let b = 0; b < buildings.length; b++) {
  for (let r = 1; r <= 12; r++) {
    const id = `${b + 1}-${100 + r}`;
    // The developer still holds the last two flats of building 3.
    if (b === 2 && r > 10) {
      units.push({ id, building: buildings[b], status: 'unsold', areas: { register: 9857 } });
      continue;
    }
    // Owner "o-1-101" also bought 1-102: one person with two flats (SPC 9).
    const owner = id === '1-102' ? 'o-1-101' : `o-${id}`;
    if (owner === `o-${id}`) owners.push({ id: owner });
    // Some flats have no registered area yet: the surveyed area counts (SPC 8).
    const areas = r % 5 === 0 ? { survey: 8957 + r * 100 } : { register: 8957 + r * 100 };
    units.push({ id, building: buildings[b], status: 'delivered', owners: [owner], areas });
  }
}
const roll = parseRoll({ complexId: 'jingan-demo', name: '静安示范小区', owners, units });
const electorate = buildElectorate(roll);
console.log(
  `${roll.name}: ${roll.units.length} 个专有部分 / units, ${electorate.headcount} 人 / people, ${formatArea(electorate.area)} m²\n`,
);

const rule = civilCodeRule('hire-dismiss-firm');
const counter = new TallyCounter(electorate, rule, {
  window: { opensAt: '2026-05-01T00:00:00+08:00', closesAt: '2026-05-16T00:00:00+08:00' },
});

let n = 0;
const cast = (unitId, castBy, choice, day, extra = {}) =>
  counter.submit({
    id: `B${++n}`,
    unitId,
    castBy,
    choice,
    channel: 'paper',
    at: `2026-05-${String(day).padStart(2, '0')}T10:00:00+08:00`,
    ...extra,
  });

const flats = roll.units.filter((u) => u.status === 'delivered');
flats.forEach((u, i) => {
  if (i % 6 === 5) return; // some owners never answer
  const choice = i % 4 === 3 ? 'disagree' : i % 9 === 2 ? 'abstain' : 'agree';
  cast(u.id, u.owners[0], choice, 2 + (i % 10), i % 7 === 0 ? { channel: 'door-to-door' } : {});
});
cast('3-111', 'developer', 'disagree', 3);
// A proxy ballot with the owner's written authorisation (SH 18 ¶3).
cast('2-106', 'o-2-106', 'agree', 12, {
  proxy: { keyedBy: '居委会-张', authorisationRef: '委托书-2026-017' },
});
// A change of mind before close replaces the earlier ballot.
cast('1-104', 'o-1-104', 'agree', 13);

// Refused, each with its reason:
const refused = [
  cast('9-999', 'o-1-101', 'agree', 4), // not on the roll
  cast('1-103', 'o-1-101', 'agree', 4), // not the owner of 1-103
  cast('1-105', 'o-1-105', 'agree', 16), // after close
  cast('1-107', 'o-1-107', 'maybe', 4), // malformed choice
];
for (const r of refused)
  if (!r.ok) console.log(`✗ ${r.issue.code}: ${r.issue.message['zh-CN']} / ${r.issue.message.en}`);

const result = counter.result();
console.log(`\n${formatTally(result, 'zh-CN')}\n\n${formatTally(result, 'en')}\n`);
console.log('按楼栋 / by building:');
for (const row of counter.breakdown('building')) {
  const c = row.counts;
  console.log(
    `  ${row.key}: ${row.electorate.headcount} 人; 同意 agree ${c.agree.headcount}, 反对 disagree ${c.disagree.headcount}, 弃权 abstain ${c.abstain.headcount}`,
  );
}
