import { describe, expect, it } from '@jest/globals';
import { isTransientDatabaseError, isUniqueViolation } from './postgres-errors';

const pgError = (code: string) => Object.assign(new Error('db'), { code });

describe(isTransientDatabaseError.name, () => {
  it('should recognise a lost or refused database, directly or wrapped by TypeORM', () => {
    expect(isTransientDatabaseError(pgError('08006'))).toBe(true);
    expect(isTransientDatabaseError(pgError('57P01'))).toBe(true);
    expect(isTransientDatabaseError(pgError('40001'))).toBe(true);
    expect(
      isTransientDatabaseError(
        Object.assign(new Error('query failed'), { driverError: pgError('ECONNREFUSED') }),
      ),
    ).toBe(true);
    expect(isTransientDatabaseError(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('should not excuse errors in the data or the code', () => {
    expect(isTransientDatabaseError(pgError('23505'))).toBe(false);
    expect(isTransientDatabaseError(pgError('22P02'))).toBe(false);
    expect(isTransientDatabaseError(new TypeError('x is undefined'))).toBe(false);
    expect(isUniqueViolation(pgError('23505'))).toBe(true);
  });
});
