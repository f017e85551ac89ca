import { epochMillisOf, LOCALES, type Locale } from '@jiayuan/core';
import { checkPrincipal, type Principal } from '../principal.js';
import type { DeadlineRowStatus } from '../store/contract.js';
import { InvalidReadError } from './errors.js';
import type { DeadlineQuery, ViewOptions } from './types.js';

const STATUSES: readonly DeadlineRowStatus[] = ['scheduled', 'delivered', 'refused', 'cancelled'];

/** {@link ViewOptions} checked, defaults filled in. */
export interface ViewRead {
  readonly principal: Principal;
  readonly locale: Locale;
  readonly log: number;
}

/** {@link DeadlineQuery} checked, defaults filled in; `dueBefore` as an ISO instant in UTC. */
export interface DeadlineRead {
  readonly dueBefore: string;
  readonly status: DeadlineRowStatus;
  readonly limit: number;
  readonly locale: Locale;
}

/**
 * Checks the arguments of `host.view`.
 *
 * @throws {InvalidReadError} naming the argument at fault; `HostError` `invalid-principal` or
 *   `principal-required` for the principal.
 */
export function checkViewRead(processId: unknown, options: ViewOptions | undefined): ViewRead {
  checkProcessId(processId);
  if (typeof options !== 'object' || options === null) throw new InvalidReadError('principal');
  return {
    principal: checkPrincipal(options.principal),
    locale: checkLocale(options.locale),
    log: wholeNumber(options.log, 10, 0, 1000, 'log'),
  };
}

/**
 * Checks the arguments of `host.deadlines`.
 *
 * @throws {InvalidReadError} naming the argument at fault.
 */
export function checkDeadlineRead(query: DeadlineQuery | undefined): DeadlineRead {
  if (typeof query !== 'object' || query === null) throw new InvalidReadError('dueBefore');
  const status = query.status ?? 'scheduled';
  if (!STATUSES.includes(status)) throw new InvalidReadError('status');
  return {
    dueBefore: instantOf(query.dueBefore),
    status,
    limit: wholeNumber(query.limit, 500, 1, 10_000, 'limit'),
    locale: checkLocale(query.locale),
  };
}

/** @throws {InvalidReadError} `processId` for anything but a non-empty string. */
export function checkProcessId(processId: unknown): asserts processId is string {
  if (typeof processId !== 'string' || processId.length === 0) {
    throw new InvalidReadError('processId');
  }
}

function checkLocale(locale: unknown): Locale {
  if (locale === undefined) return 'zh-CN';
  if (!(LOCALES as readonly unknown[]).includes(locale)) throw new InvalidReadError('locale');
  return locale as Locale;
}

function wholeNumber(
  value: unknown,
  fallback: number,
  min: number,
  max: number,
  field: 'log' | 'limit',
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidReadError(field);
  }
  return value;
}

function instantOf(value: unknown): string {
  let millis = Number.NaN;
  if (value instanceof Date) millis = value.getTime();
  else if (typeof value === 'string') {
    try {
      millis = epochMillisOf(value);
    } catch {
      // Named below, with the field.
    }
  }
  if (!Number.isFinite(millis)) throw new InvalidReadError('dueBefore');
  return new Date(millis).toISOString();
}
