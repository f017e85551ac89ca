export {
  type DeadlineBook,
  type DeadlineEntry,
  type DeadlineSpec,
  type DeadlineStatus,
  dropDeadline,
  markMissed,
  overdueDeadlines,
  pendingDeadlines,
  settleDeadline,
  startDeadline,
} from './deadline-book.js';
