import {
  type Bilingual,
  bilingual,
  type Period,
  periodParts,
  toChineseNumeral,
} from '@jiayuan/core';

/** A count as a statute writes it before a measure word: 两 for 2 months or years (两个月, 两年). */
function countWord(n: number, unit: 'days' | 'months' | 'years' | 'workingDays'): string {
  if (n === 2 && (unit === 'months' || unit === 'years')) return '两';
  return n <= 9999 ? toChineseNumeral(n) : String(n);
}

/**
 * A profile period in the words of a title: `{ days: 30 }` → `三十日` / `30 days`;
 * `{ months: 2 }` → `两个月` / `2 months`; `{ workingDays: 5 }` → `五个工作日` / `5 working days`.
 *
 * @throws TypeError / RangeError as core's `periodParts` for a value that is not a period.
 */
export function periodWords(p: Period): Bilingual {
  const { unit, count } = periodParts(p);
  const zh = countWord(count, unit);
  const plural = count === 1 ? '' : 's';
  switch (unit) {
    case 'days':
      return bilingual(`${zh}日`, `${count} day${plural}`);
    case 'months':
      return bilingual(`${zh}个月`, `${count} month${plural}`);
    case 'years':
      return bilingual(`${zh}年`, `${count} year${plural}`);
    case 'workingDays':
      return bilingual(`${zh}个工作日`, `${count} working day${plural}`);
  }
}
