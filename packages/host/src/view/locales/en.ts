import type { ReadField, ReadMessageTemplates } from './types.js';

const EXPECTED: Readonly<Record<ReadField, string>> = {
  processId: 'a non-empty process id',
  principal: 'a principal with an id of 1 to 128 characters',
  locale: '"zh-CN" or "en"',
  log: 'a whole number from 0 to 1,000',
  dueBefore: 'a Date or an ISO 8601 instant with Z or an offset',
  status: 'one of scheduled, delivered, refused, cancelled',
  limit: 'a whole number from 1 to 10,000',
  machine: 'a machine the host registered',
};

/** The read model's refusal texts in English. */
export const en: ReadMessageTemplates = {
  'machine-mismatch': ({ processId, runs, asked }) =>
    `Process "${processId}" runs machine "${runs}", not "${asked}".`,
  'invalid-read': ({ field }) => `${field} must be ${EXPECTED[field]}.`,
};
