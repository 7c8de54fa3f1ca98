import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { IsInt, IsOptional, Min, validate } from 'class-validator';
import { NullAsAbsent, refuseNulls } from './nulls';
import { ProblemException } from './problem.exception';
import { VALIDATOR_OPTIONS } from './validation.pipe';

class Invitation {
  @NullAsAbsent() @IsOptional() @IsInt() @Min(1) ttlHours?: number;
  @IsOptional() @IsInt() capacity?: number | null;
}

function issue(ttlHours = 72): number {
  return ttlHours;
}

describe(NullAsAbsent.name, () => {
  it('should let a default apply to null as it does to a missing value', async () => {
    const body = plainToInstance(Invitation, { ttlHours: null });
    expect(await validate(body, VALIDATOR_OPTIONS)).toEqual([]);
    expect(body.ttlHours).toBeUndefined();
    expect(issue(body.ttlHours)).toBe(72);
  });

  it('should keep values, and leave null alone on fields without it', async () => {
    expect(plainToInstance(Invitation, { ttlHours: 5 }).ttlHours).toBe(5);
    expect(await validate(plainToInstance(Invitation, { ttlHours: 0 }), VALIDATOR_OPTIONS)).toHaveLength(1);
    expect(plainToInstance(Invitation, { capacity: null }).capacity).toBeNull();
    expect('ttlHours' in plainToInstance(Invitation, {})).toBe(false);
  });
});

describe(refuseNulls.name, () => {
  it('should refuse null as missing for each field that cannot be cleared', () => {
    let thrown: unknown;
    try {
      refuseNulls({ title: null, venue: null, capacity: 3 }, ['title', 'capacity']);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProblemException);
    expect((thrown as ProblemException).problem.errors).toEqual([{ field: 'title', code: 'isDefined' }]);
  });

  it('should accept absent fields and values', () => {
    expect(() => refuseNulls({ capacity: 0, title: '' }, ['title', 'capacity', 'timeZone'])).not.toThrow();
  });
});
