import type { KeptSections } from '@jiayuan/core';
import type { MatterContext } from './context.js';

/**
 * What the matter's context keeps of the profile: its joint-meeting section, as of the act's day
 * for a matter that follows the law.
 */
export const MATTER_KEEPS: KeptSections<MatterContext> = {
  jointMeetings: (profile) => profile.jointMeetings,
};
