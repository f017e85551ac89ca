export { preCallEntries } from './catalog.js';
export { PRE_CALL_TEXT } from './locale.js';
export { NO_PRE_CALL, type PreCall } from './record.js';
export {
  authoritiesNotifiedRule,
  type PreCallCaller,
  type PreCallSnapshot,
  partyReportRule,
} from './rules.js';
