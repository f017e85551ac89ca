import type { KeptSections } from '@jiayuan/core';
import type { CoverageContext } from './context.js';

/**
 * What the coverage context keeps of the profile: its party section, as of the act's day for a
 * process that follows the law. Its `firm` key is the firm's own party-building record, not the
 * profile's firm section, so it is not kept from the profile.
 */
export const COVERAGE_KEEPS: KeptSections<CoverageContext> = {
  party: (profile) => profile.party,
};
