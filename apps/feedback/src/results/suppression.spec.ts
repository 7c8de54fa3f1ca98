import { describe, expect, it } from '@jest/globals';
import { derivableCells, rank, suppress, suppressBreakdown, type SuppressionTable } from './suppression';

/** A seeded generator (mulberry32): the property tests replay exactly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Independent of the linear algebra: a hidden cell is derivable iff no integer assignment of the
 * hidden cells (each at least the lower bound) reproduces every published margin with that cell at a
 * value other than its true one. Searched depth first, stopping at the first such assignment.
 */
function derivableByEnumeration(table: SuppressionTable, suppressed: readonly boolean[]): number[] {
  const hidden = suppressed.flatMap((isHidden, cell) => (isHidden ? [cell] : []));
  const lower = table.lowerBound ?? 0;
  const marginsOf = hidden.map((cell) =>
    table.margins.flatMap((margin, index) => (margin.includes(cell) ? [index] : [])),
  );
  const otherValueExists = (target: number): boolean => {
    const residual = table.margins.map((margin) =>
      margin.reduce((sum, cell) => sum + (suppressed[cell] ? (table.counts[cell] as number) : 0), 0),
    );
    const remainingIn = table.margins.map((margin) => margin.filter((cell) => suppressed[cell]).length);
    const visit = (index: number): boolean => {
      if (index === hidden.length) return residual.every((value) => value === 0);
      const margins = marginsOf[index] as number[];
      let most = Infinity;
      for (const m of margins)
        most = Math.min(most, (residual[m] as number) - lower * ((remainingIn[m] as number) - 1));
      if (most === Infinity) most = (table.counts[hidden[index] as number] as number) + 1;
      for (let value = lower; value <= most; value++) {
        if (index === target && value === table.counts[hidden[index] as number]) continue;
        for (const m of margins) {
          residual[m] = (residual[m] as number) - value;
          remainingIn[m] = (remainingIn[m] as number) - 1;
        }
        const found = visit(index + 1);
        for (const m of margins) {
          residual[m] = (residual[m] as number) + value;
          remainingIn[m] = (remainingIn[m] as number) + 1;
        }
        if (found) return true;
      }
      return false;
    };
    return visit(0);
  };
  return hidden.filter((_, index) => !otherValueExists(index));
}

describe('suppression', () => {
  it('should compute ranks exactly', () => {
    expect(rank([[1n, 1n, 1n]])).toBe(1);
    expect(
      rank([
        [1n, 1n, 0n],
        [0n, 1n, 1n],
        [1n, 2n, 1n],
      ]),
    ).toBe(2);
    expect(rank([])).toBe(0);
  });

  it('should leak under naive suppression, and not under complementary suppression', () => {
    // Regions of 12, 9, 7 and 2 respondents, k = 5, total 30 published.
    const counts = [12, 9, 7, 2];
    const table: SuppressionTable = { counts, margins: [[0, 1, 2, 3]], lowerBound: 1 };
    const naive = counts.map((count) => count < 5);
    // Naively the 2 is hidden, and 30 − 12 − 9 − 7 = 2 gives it back.
    expect(derivableCells(table, naive)).toEqual([3]);
    expect(derivableByEnumeration(table, naive)).toEqual([3]);
    const { suppressed } = suppressBreakdown(counts, 5);
    // The next smallest (7) goes too: 9 is left for the two, which cannot be split.
    expect(suppressed).toEqual([false, false, true, true]);
    expect(derivableByEnumeration(table, suppressed)).toEqual([]);
  });

  it('should hide one more when the hidden cells could only be ones', () => {
    // Two regions of 1 each among big ones: the hidden pair sums to 2, so both are 1.
    const counts = [20, 1, 1, 15];
    const { suppressed } = suppressBreakdown(counts, 5);
    expect(suppressed).toEqual([false, true, true, true]);
    expect(derivableByEnumeration({ counts, margins: [[0, 1, 2, 3]], lowerBound: 1 }, suppressed)).toEqual(
      [],
    );
  });

  it('should keep cells hidden by a coarser table hidden, and count them as unknown', () => {
    // answers per cell of one question: the first cell is hidden already (its respondents were few)
    const counts = [2, 0, 9, 12];
    const { suppressed } = suppress({ counts, margins: [[0, 1, 2, 3]], lowerBound: 0 }, 5, [
      true,
      false,
      false,
      false,
    ]);
    // 0 is under k; 2 + 0 hidden could be split many ways, so nothing more is needed
    expect(suppressed).toEqual([true, true, false, false]);
    const alone = suppress({ counts: [20, 3, 9, 12], margins: [[0, 1, 2, 3]], lowerBound: 0 }, 5, [
      false,
      false,
      false,
      false,
    ]);
    expect(alone.suppressed).toEqual([false, true, true, false]);
  });

  it('should hide a cell recoverable through a second margin (two-way table)', () => {
    // 2×2 table with row and column sums published: hiding only the small cell leaks through both.
    //   [10, 2]
    //   [ 8, 9]
    const table: SuppressionTable = {
      counts: [10, 2, 8, 9],
      margins: [
        [0, 1],
        [2, 3],
        [0, 2],
        [1, 3],
      ],
    };
    const result = suppress(table, 5);
    expect(result.suppressed).toEqual([true, true, true, true]);
    expect(derivableByEnumeration(table, result.suppressed)).toEqual([]);
  });

  it('should show nothing under k and leave no hidden cell derivable (random one-way tables)', () => {
    const next = random(14);
    for (let round = 0; round < 2_000; round++) {
      const size = 1 + Math.floor(next() * 10);
      const counts = Array.from({ length: size }, () => 1 + Math.floor(next() * 14));
      const k = 3 + Math.floor(next() * 5);
      const table: SuppressionTable = { counts, margins: [counts.map((_, cell) => cell)], lowerBound: 1 };
      const { suppressed, derivable } = suppressBreakdown(counts, k);
      const context = { counts, k, suppressed };
      counts.forEach((count, cell) => {
        if (count < k)
          expect({ ...context, cell, hidden: suppressed[cell] }).toEqual({ ...context, cell, hidden: true });
      });
      // Only when every cell is hidden can nothing more be done (the published total gives them away).
      if (derivable.length > 0) expect(suppressed.every(Boolean)).toBe(true);
      else
        expect({ ...context, leaked: derivableByEnumeration(table, suppressed) }).toEqual({
          ...context,
          leaked: [],
        });
    }
  });

  it('should leave no hidden cell derivable in random two-way tables with their margins', () => {
    const next = random(2026);
    for (let round = 0; round < 60; round++) {
      const rows = 2 + Math.floor(next() * 2);
      const columns = 2 + Math.floor(next() * 2);
      const counts = Array.from({ length: rows * columns }, () => 1 + Math.floor(next() * 9));
      const margins = [
        ...Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => r * columns + c)),
        ...Array.from({ length: columns }, (_, c) => Array.from({ length: rows }, (_, r) => r * columns + c)),
      ];
      const table: SuppressionTable = { counts, margins, lowerBound: 1 };
      const k = 3 + Math.floor(next() * 3);
      const { suppressed, derivable } = suppress(table, k);
      const context = { counts, k, suppressed };
      counts.forEach((count, cell) => {
        if (count < k) expect(suppressed[cell]).toBe(true);
      });
      if (derivable.length > 0) continue; // all hidden and still fixed: reported to the caller
      expect({ ...context, leaked: derivableByEnumeration(table, suppressed) }).toEqual({
        ...context,
        leaked: [],
      });
    }
  });
});
