import type { Rng } from './random.js';

// Common surnames and given-name characters, so generated rolls look like a posted 业主名册.
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '沈',
  '顾',
  '陆',
  '钱',
  '蒋',
  '欧阳',
  '司马',
] as const;
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀',
  '霞',
  '平',
  '刚',
  '桂',
  '英',
  '华',
  '建',
  '国',
  '文',
  '玲',
  '晨',
  '雪',
  '佳',
  '怡',
  '浩',
  '宇',
  '欣',
  '悦',
  '海',
  '燕',
  '志',
  '红',
] as const;
const COMPLEX_HEADS = [
  '锦绣',
  '阳光',
  '和平',
  '康乐',
  '静安',
  '曹家渡',
  '彭浦',
  '大宁',
  '延平',
  '昌平',
];
const COMPLEX_TAILS = ['花园', '新村', '公寓', '苑', '小区', '家园', '名邸'];
const FIRM_TAILS = ['投资有限公司', '实业有限公司', '贸易有限公司', '科技有限公司'];

/** A plausible Chinese personal name: one surname and one or two given characters. */
export function personName(rng: Rng): string {
  const given = rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : '');
  return rng.pick(SURNAMES) + given;
}

/** A mainland mobile number: 1, then 3/5/7/8/9, then nine digits. */
export function phoneNumber(rng: Rng): string {
  return `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
}

/** A residential complex's name, e.g. `锦绣花园`. */
export function complexName(rng: Rng): string {
  return rng.pick(COMPLEX_HEADS) + rng.pick(COMPLEX_TAILS);
}

/** An organisation owning units, e.g. `上海静安实业有限公司`. */
export function organisationName(rng: Rng): string {
  return `上海${rng.pick(COMPLEX_HEADS)}${rng.pick(FIRM_TAILS)}`;
}
