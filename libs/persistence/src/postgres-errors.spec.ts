import { describe, expect, it } from '@jest/globals';
import { databaseFailureOf, isTransientDatabaseError, isUniqueViolation } from './postgres-errors';

const pgError = (code: string) => Object.assign(new Error('db'), { code });
/** As TypeORM throws it: a QueryFailedError whose driverError is pg's. */
const wrapped = (code: string) => Object.assign(new Error('query failed'), { driverError: pgError(code) });

describe(databaseFailureOf.name, () => {
  it('should name deadlocks and serialization failures conflicts, directly or wrapped', () => {
    for (const code of ['40P01', '40001']) {
      expect(databaseFailureOf(pgError(code))).toBe('conflict');
      expect(databaseFailureOf(wrapped(code))).toBe('conflict');
    }
  });

  it('should name statement and lock timeouts timeouts', () => {
    expect(databaseFailureOf(pgError('57014'))).toBe('timeout');
    expect(databaseFailureOf(wrapped('55P03'))).toBe('timeout');
  });

  it('should name a lost, refused or exhausted connection unavailable', () => {
    for (const code of ['57P01', '57P02', '57P03', '08006', '08003', '53300', 'ECONNREFUSED', 'ECONNRESET'])
      expect(databaseFailureOf(wrapped(code))).toBe('unavailable');
    for (const message of [
      'Connection terminated unexpectedly',
      'Connection terminated due to connection timeout',
      'timeout exceeded when trying to connect',
      'Client has encountered a connection error and is not queryable',
    ])
      expect(databaseFailureOf(new Error(message))).toBe('unavailable');
  });

  it('should not excuse errors in the data or the code', () => {
    for (const error of [
      pgError('23505'),
      pgError('22P02'),
      pgError('42703'),
      new TypeError('x is undefined'),
    ])
      expect(databaseFailureOf(error)).toBeUndefined();
    expect(databaseFailureOf(undefined)).toBeUndefined();
    expect(databaseFailureOf('a string')).toBeUndefined();
  });
});

describe(isTransientDatabaseError.name, () => {
  it('should recognise a lost or refused database and a lost race, but not a timeout', () => {
    expect(isTransientDatabaseError(pgError('08006'))).toBe(true);
    expect(isTransientDatabaseError(pgError('57P01'))).toBe(true);
    expect(isTransientDatabaseError(pgError('40001'))).toBe(true);
    expect(isTransientDatabaseError(wrapped('ECONNREFUSED'))).toBe(true);
    expect(isTransientDatabaseError(new Error('Connection terminated unexpectedly'))).toBe(true);
    // A consumer whose handler always times out must still reach the dead-letter topic.
    expect(isTransientDatabaseError(pgError('57014'))).toBe(false);
  });

  it('should not excuse errors in the data or the code', () => {
    expect(isTransientDatabaseError(pgError('23505'))).toBe(false);
    expect(isTransientDatabaseError(pgError('22P02'))).toBe(false);
    expect(isTransientDatabaseError(new TypeError('x is undefined'))).toBe(false);
    expect(isUniqueViolation(pgError('23505'))).toBe(true);
  });
});
