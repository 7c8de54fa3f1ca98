import { describe, expect, it } from '@jest/globals';
import { meanOf, meanWithInterval, netPromoterScore, studentTCdf, studentTQuantile } from './statistics';

describe('statistics', () => {
  it.each([
    // two-sided 95 % critical values of Student's t, from the standard tables
    [1, 12.7062],
    [2, 4.3027],
    [3, 3.1824],
    [4, 2.7764],
    [5, 2.5706],
    [9, 2.2622],
    [10, 2.2281],
    [20, 2.086],
    [30, 2.0423],
    [60, 2.0003],
    [100, 1.984],
    [1000, 1.9623],
    [9999, 1.9602],
  ])('should give the 97.5 %% quantile of t with %i degrees of freedom as %d', (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 3);
  });

  it('should give other quantiles and the distribution function consistently', () => {
    expect(studentTQuantile(0.95, 10)).toBeCloseTo(1.8125, 3);
    expect(studentTQuantile(0.995, 5)).toBeCloseTo(4.0321, 3);
    expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 10);
    expect(studentTCdf(-2.2281, 10)).toBeCloseTo(0.025, 4);
    expect(() => studentTQuantile(0.3, 5)).toThrow(RangeError);
  });

  it('should compute the mean and its 95 % interval', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample sd 2.1381, t(7) = 2.3646
    const result = meanOf([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(result.mean).toBe(5);
    expect(result.standardDeviation).toBeCloseTo(2.1381, 3);
    expect(result.ci95?.low).toBeCloseTo(5 - (2.3646 * 2.1381) / Math.sqrt(8), 3);
    expect(result.ci95?.high).toBeCloseTo(5 + (2.3646 * 2.1381) / Math.sqrt(8), 3);
    expect(meanWithInterval(1, 4, 16)).toEqual({ n: 1, mean: 4, standardDeviation: null, ci95: null });
    expect(meanWithInterval(0, 0, 0).mean).toBeNull();
    // all equal: a zero-width interval, never NaN
    expect(meanOf([3, 3, 3]).ci95).toEqual({ low: 3, high: 3 });
  });

  it('should compute the Net Promoter Score', () => {
    const counts = new Map([
      [10, 3],
      [9, 2],
      [8, 2],
      [7, 1],
      [6, 1],
      [0, 1],
    ]);
    // 5 promoters, 3 passives, 2 detractors of 10: 50 − 20 = 30
    expect(netPromoterScore(counts)).toEqual({ score: 30, promoters: 5, passives: 3, detractors: 2 });
    expect(netPromoterScore(new Map()).score).toBeNull();
  });
});
