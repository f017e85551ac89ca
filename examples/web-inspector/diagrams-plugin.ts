// Draws each scenario's diagram once, when the page is built, in both languages: the layout
// (ELK, about 1.4 MB of JavaScript) then runs in Node and never ships to the browser. The page
// highlights the active states with CSS over the drawn SVG.
import { toSvg } from '@jiayuan/inspect';
import type { Plugin } from 'vite';
import { SCENARIOS } from './src/scenarios.js';

const ID = 'virtual:diagrams';
const RESOLVED = `\0${ID}`;

/** `import diagrams from 'virtual:diagrams'`: SVG text by scenario id and locale. */
export function diagrams(): Plugin {
  return {
    name: 'jiayuan-diagrams',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const drawn: Record<string, Record<string, string>> = {};
      for (const scenario of SCENARIOS) {
        const byLocale: Record<string, string> = {};
        for (const locale of ['zh-CN', 'en'] as const) {
          byLocale[locale] = await toSvg(scenario.machine, { catalog: scenario.catalog, locale });
        }
        drawn[scenario.id] = byLocale;
      }
      return `export default ${JSON.stringify(drawn)};`;
    },
  };
}
