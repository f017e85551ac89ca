/**
 * Profiles as they stood on each day: editions that follow the texts in force, and the
 * resolver that gives the plain profile of a day.
 */
export {
  type IssueSummary,
  issueMessages,
  issueSummary,
  issueTexts,
  PROFILE_FLOOR_ISSUE,
  ProfileChoiceSchema,
} from './choice.js';
export { type ClockUpdate, clockTo, type LawClocked } from './clock.js';
export {
  defineHistory,
  type EditionSource,
  type ProfileEdition,
  type ProfileHistory,
  type ProfilePatch,
} from './edition.js';
export {
  editionChange,
  type FollowedLaw,
  FollowedLawSchema,
  type FollowLaw,
  FollowLawSchema,
  holdProfile,
  isFollowLaw,
} from './follow.js';
export { BEIJING_HISTORY, NATIONAL_HISTORY } from './others.js';
export {
  type DatedDescription,
  type DatedValue,
  describeProfileAt,
  editionAt,
  PROFILE_HISTORIES,
  type ProfileDateCode,
  ProfileDateError,
  profileAt,
  profileEditions,
  valueHistory,
} from './resolve.js';
export { SHANGHAI_HISTORY } from './shanghai.js';
