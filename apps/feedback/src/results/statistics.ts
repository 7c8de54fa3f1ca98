/**
 * The statistics results publish: Student's t quantile (for 95 % confidence intervals), mean with its
 * interval from sums (so the database aggregates in one pass), and the Net Promoter Score.
 */

/** ln Γ(x), Lanczos approximation (g = 7, 9 terms): about 15 significant digits for x > 0. */
export function lnGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = c[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** The regularised incomplete beta function I_x(a, b). */
export function regularisedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * regularisedBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

const quantiles = new Map<string, number>();

/**
 * The p-quantile of Student's t (p in (0.5, 1)), by bisection on the exact distribution function:
 * 100 halvings from [0, 1e4] leave an error far below the printed digits. Cached per (p, df).
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0.5 && p < 1) || !(df > 0)) throw new RangeError(`t quantile of p=${p}, df=${df}`);
  const key = `${p}:${df}`;
  const cached = quantiles.get(key);
  if (cached !== undefined) return cached;
  let low = 0;
  let high = 1e4;
  for (let i = 0; i < 100; i++) {
    const middle = (low + high) / 2;
    if (studentTCdf(middle, df) < p) low = middle;
    else high = middle;
  }
  const value = (low + high) / 2;
  if (quantiles.size < 10_000) quantiles.set(key, value);
  return value;
}

export interface MeanWithInterval {
  /** How many values. */
  n: number;
  mean: number | null;
  /** Sample standard deviation; null under two values. */
  standardDeviation: number | null;
  /** 95 % confidence interval of the mean (t distribution, n − 1 degrees of freedom); null under two values. */
  ci95: { low: number; high: number } | null;
}

/** Mean, standard deviation and 95 % interval from n, Σx and Σx² (as one SQL pass gives them). */
export function meanWithInterval(n: number, sum: number, sumOfSquares: number): MeanWithInterval {
  if (n <= 0) return { n: 0, mean: null, standardDeviation: null, ci95: null };
  const mean = sum / n;
  if (n < 2) return { n, mean: round(mean), standardDeviation: null, ci95: null };
  const variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
  const sd = Math.sqrt(variance);
  const half = studentTQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
  return {
    n,
    mean: round(mean),
    standardDeviation: round(sd),
    ci95: { low: round(mean - half), high: round(mean + half) },
  };
}

/** The same from the values themselves (tests, small sets). */
export function meanOf(values: readonly number[]): MeanWithInterval {
  let sum = 0;
  let squares = 0;
  for (const value of values) {
    sum += value;
    squares += value * value;
  }
  return meanWithInterval(values.length, sum, squares);
}

export interface NetPromoterScore {
  /** % promoters (9–10) minus % detractors (0–6), −100…100; null without answers. */
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
}

/** NPS from counts per scale point 0..10 (`counts[point]`). */
export function netPromoterScore(counts: ReadonlyMap<number, number>): NetPromoterScore {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const [point, count] of counts) {
    if (point >= 9) promoters += count;
    else if (point >= 7) passives += count;
    else detractors += count;
  }
  const total = promoters + passives + detractors;
  return {
    score: total === 0 ? null : round(((promoters - detractors) / total) * 100),
    promoters,
    passives,
    detractors,
  };
}

/** Four decimals: enough for any published figure, and stable JSON. */
export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
