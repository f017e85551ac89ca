import { beijing } from '../beijing.js';
import { national } from '../national.js';
import type { ProfileHistory } from './edition.js';
import { defineHistory } from './edition.js';

/**
 * Beijing from its regulation as amended 2024-03-29 (the only text of it held here): one
 * edition so far.
 */
export const BEIJING_HISTORY: ProfileHistory = defineHistory(beijing, [
  {
    from: '2024-03-29',
    summary: {
      'zh-CN': '北京市物业管理条例（2024年3月29日修正）',
      en: 'The Beijing regulation as amended 2024-03-29',
    },
    follows: beijing.follows,
    laws: beijing.laws,
    patch: {},
  },
]);

/**
 * The national floor from the party constitution as amended 2022-10-22, the latest of the texts
 * it cites: one edition so far.
 */
export const NATIONAL_HISTORY: ProfileHistory = defineHistory(national, [
  {
    from: '2022-10-22',
    summary: {
      'zh-CN': '民法典、物业管理条例、最高法解释及党内法规的现行文本',
      en: 'The Civil Code, the PMR, the SPC interpretation and the party rules in their current texts',
    },
    follows: national.follows,
    laws: national.laws,
    patch: {},
  },
]);
