import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate, validateSync } from 'class-validator';
import { IsInstant } from './instant';
import { ParsePositiveIntPipe } from './parse-int-param.pipe';
import { ProblemException } from './problem.exception';

class Slot {
  @IsInstant() startsAt!: unknown;
}

async function accepts(value: unknown): Promise<boolean> {
  return (await validate(Object.assign(new Slot(), { startsAt: value }))).length === 0;
}

describe(IsInstant.name, () => {
  it('should accept date-times that name one instant', async () => {
    for (const value of [
      '2024-02-05T09:00:00+06:00',
      '2024-02-05T03:00:00Z',
      '2024-02-05T03:00:00.123Z',
      '2024-02-05T09:00+0600',
      '0100-01-01T00:00:00+01:00',
      '9999-12-31T23:59:59.999Z',
      '9999-12-31T23:59:59+05:00',
    ]) {
      expect(await accepts(value)).toBe(true);
    }
  });

  it('should refuse times without an offset, bare dates, impossible dates and years outside 1–9999 in UTC', async () => {
    for (const value of [
      '2024-02-05T09:00:00',
      '2024-02-05',
      '2024-02-31T09:00:00Z',
      '0000-01-01T00:00:00Z',
      // Year 10000 and year 0 in UTC: written back as +010000-… and 0000-…, refused downstream.
      '9999-12-31T23:59:59-14:00',
      '9999-12-31T23:00-01:30',
      '0001-01-01T00:00:00+00:01',
      '0001-01-01T08:59:59+09:00',
      'tomorrow',
      1707109200000,
      null,
    ]) {
      expect(await accepts(value)).toBe(false);
    }
  });
});

describe('IsInstant, as the validation pipe hands it on', () => {
  it('should hand on the instant in UTC, so an offset PostgreSQL cannot read (beyond ±15:59) never reaches a query', async () => {
    const read = (startsAt: unknown) => plainToInstance(Slot, { startsAt }).startsAt;

    expect(read('2726-07-01T07:41:15-18:14')).toBe('2726-07-02T01:55:15.000Z');
    expect(read('2024-02-05T09:00+0600')).toBe('2024-02-05T03:00:00.000Z');
    expect(read('0100-01-01T00:00:00+01:00')).toBe('0099-12-31T23:00:00.000Z');
    expect(await accepts(read('2726-07-01T07:41:15-18:14'))).toBe(true);
    // What is not an instant stays as it came, for the validator to refuse with its field.
    expect(read('2024-02-05T09:00:00')).toBe('2024-02-05T09:00:00');
    expect(read(1707109200000)).toBe(1707109200000);
  });
});

describe(ParsePositiveIntPipe.name, () => {
  const pipe = new ParsePositiveIntPipe();
  it('should take 1 … 2^31-1 and refuse the rest as a field error', () => {
    expect(pipe.transform('2', { type: 'param', data: 'number' })).toBe(2);
    for (const bad of ['0', '-1', '99999999999', '1.5', 'abc', '']) {
      expect(() => pipe.transform(bad, { type: 'param', data: 'number' })).toThrow(ProblemException);
    }
  });
});

describe('IsInstant in the first century', () => {
  class Deadline {
    @IsInstant() at!: string;
  }
  const accepts = (at: string) => validateSync(Object.assign(new Deadline(), { at })).length === 0;

  it('should take dates in the years 1–99 and refuse impossible days there as elsewhere', () => {
    expect(accepts('0053-12-27T19:19:47-19:09')).toBe(true);
    expect(accepts('0004-02-29T00:00:00Z')).toBe(true); // a leap year
    expect(accepts('0005-02-29T00:00:00Z')).toBe(false);
    expect(accepts('2023-02-29T00:00:00Z')).toBe(false);
    expect(accepts('2024-02-29T23:59:59.123456Z')).toBe(true);
    expect(accepts('2024-04-31T00:00:00Z')).toBe(false);
    expect(accepts('2024-01-01T24:00:00Z')).toBe(false);
    expect(accepts('2024-01-01T10:00:60Z')).toBe(false);
    expect(accepts('0000-06-01T00:00:00Z')).toBe(false);
  });
});
