import { describe, expect, it } from '@jest/globals';
import { MAX_SEAT_BUCKETS, bucketCapacities, spreadTaken } from './seat-ledger';

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe(bucketCapacities.name, () => {
  it('should split the capacity as evenly as possible over at most MAX_SEAT_BUCKETS buckets', () => {
    expect(bucketCapacities(50)).toHaveLength(MAX_SEAT_BUCKETS);
    expect(sum(bucketCapacities(50))).toBe(50);
    expect(new Set(bucketCapacities(50))).toEqual(new Set([3, 4]));
    expect(bucketCapacities(3)).toEqual([1, 1, 1]);
    expect(sum(bucketCapacities(1_000_000))).toBe(1_000_000);
  });

  it('should keep one empty bucket for an event without seats', () => {
    expect(bucketCapacities(0)).toEqual([0]);
  });
});

describe(spreadTaken.name, () => {
  it('should fill buckets in turn without passing their capacities', () => {
    expect(spreadTaken(5, [3, 3, 2])).toEqual([3, 2, 0]);
    expect(spreadTaken(0, [3, 3])).toEqual([0, 0]);
  });

  it('should keep every seat taken when the capacity went below them', () => {
    const spread = spreadTaken(10, [3, 3]);
    expect(sum(spread)).toBe(10);
    expect(spread).toEqual([7, 3]);
  });
});
