import type { Bilingual } from '../i18n.js';
import type { MessageTemplates, ProcessEndReason } from './types.js';

const pick = (text: Bilingual): string => text.en;
const quoted = (text: Bilingual): string => `"${pick(text)}"`;
const list = (items: readonly Bilingual[]): string => items.map(quoted).join(', ');

const ENDED: Readonly<Record<ProcessEndReason, string>> = {
  done: 'has finished',
  error: 'stopped on a system error',
  stopped: 'has been stopped',
  'not-started': 'has not been started',
};

const nowAllowed = (allowed: readonly Bilingual[]): string =>
  allowed.length > 0 ? `allowed now: ${list(allowed)}` : 'nothing can be done now';

const TOO_LARGE_EN = { event: 'event', type: 'event type', sender: "sender's id" } as const;

/** Message templates in English. */
export const en: MessageTemplates = {
  'process-ended': ({ reason, state }) =>
    `This process ${ENDED[reason]} (state ${quoted(state)}) and takes no more events.`,
  'too-large': ({ what, size, limit }) =>
    `The ${TOO_LARGE_EN[what]} is too large (${size} characters; at most ${limit}) and was not read.`,
  'unknown-event': ({ type, allowed }) =>
    `${type === undefined ? 'The input has no event type' : `Unknown event type "${type}"`}; ${nowAllowed(allowed)}.`,
  'invalid-event': ({ event, issues }) =>
    `${quoted(event)} is not valid: ${issues
      .map((issue) => `${issue.path === '' ? '' : `${issue.path}: `}${issue.messages.en}`)
      .join('; ')}.`,
  'not-permitted': ({ event, role, permitted }) =>
    `Role ${quoted(role)} may not send ${quoted(event)}; permitted: ${list(permitted)}.`,
  'out-of-order': ({ event, at, now }) =>
    `${quoted(event)} at ${at} is earlier than the process time ${now}; time only moves forward, so send events in the order they happened.`,
  'not-allowed-now': ({ state, event, allowed }) =>
    `State ${quoted(state)} does not allow ${quoted(event)}; ${nowAllowed(allowed)}.`,
  'rule-violated': ({ event, rule, citations, requirement, versions }) =>
    `${quoted(event)} ${requirement === undefined ? `breaks rule ${rule}` : `does not meet the requirement: ${pick(requirement)}`}${citations.length > 0 ? ` (${versions === undefined ? citations.join(', ') : citations.map((id) => (versions[id] === undefined ? id : `${id}, ${versions[id].en}`)).join('; ')})` : ''}.`,
  'guard-refused': ({ event, state }) =>
    `The conditions for ${quoted(event)} are not met in state ${quoted(state)}.`,
  'machine-error': ({ event, error, stopped }) =>
    `The system failed while handling ${event === undefined ? 'the event' : quoted(event)}${stopped ? ' and the process stopped' : '; nothing changed'}: ${error}. Please contact the maintainers.`,
  'not-assigned': ({ event, role, permitted }) =>
    `${role === undefined ? 'You hold no role in this process' : `You do not hold the role ${quoted(role)} in this process`} that may send ${quoted(event)}; permitted: ${list(permitted)}.`,
  'sender-mismatch': ({ event, field }) =>
    `${quoted(event)} names its own sender (${field === 'by' ? 'by' : `by.${field}`}) other than the signed-in user it comes from; the host fills in the sender, so leave "by" out.`,
  'role-ambiguous': ({ event, held }) =>
    `You hold several roles that may send ${quoted(event)} (${list(held)}); say which one you act in.`,
  'time-not-accepted': ({ event, field }) =>
    `${quoted(event)} carries its own time (${field}); the host's clock dates it, so leave "${field}" out.`,
  'time-in-future': ({ event, field, latest }) =>
    `The time written on ${quoted(event)} (${field}) is later than the host's clock allows (at most ${latest}).`,
};
