import { ProblemException } from '@jiyn/problems';
import { databaseFailureOf, type DatabaseFailure } from './postgres-errors';

/**
 * When to try again, in seconds: contention clears within moments; a slow or lost database
 * takes longer to come back.
 */
const RETRY_AFTER_SECONDS: Record<DatabaseFailure, number> = { conflict: 1, timeout: 5, unavailable: 5 };

const DETAIL: Record<DatabaseFailure, (seconds: number) => Record<'en' | 'ru' | 'kk', string>> = {
  conflict: (s) => ({
    en: `Simultaneous changes to the same data got in the way; try again in ${s} s`,
    ru: `Помешали одновременные изменения тех же данных; повторите через ${s} с`,
    kk: `Сол деректердің қатар өзгерістері кедергі келтірді; ${s} с кейін қайталаңыз`,
  }),
  timeout: (s) => ({
    en: `The database did not answer in time; try again in ${s} s`,
    ru: `База данных не ответила вовремя; повторите через ${s} с`,
    kk: `Дерекқор уақытында жауап бермеді; ${s} с кейін қайталаңыз`,
  }),
  unavailable: (s) => ({
    en: `The database cannot be reached just now; try again in ${s} s`,
    ru: `База данных сейчас недоступна; повторите через ${s} с`,
    kk: `Дерекқор қазір қолжетімсіз; ${s} с кейін қайталаңыз`,
  }),
};

/**
 * The 503 (with Retry-After) for an error that is the database's passing state, not the request's
 * fault: a deadlock or serialization failure that outlasted its retries, a statement or lock
 * timeout, a lost or refused connection. Undefined for any other error. Every service's problem
 * filter uses it, so none of these is ever a 500.
 */
export function databaseUnavailableProblem(error: unknown): ProblemException | undefined {
  const failure = databaseFailureOf(error);
  if (!failure) return undefined;
  const seconds = RETRY_AFTER_SECONDS[failure];
  return new ProblemException('service-unavailable', {
    detail: DETAIL[failure](seconds),
    retryAfterSeconds: seconds,
  });
}
