/**
 * Small-cell suppression with complementary (secondary) suppression.
 *
 * A table is a list of cell counts and the margins published with it: each margin is a set of cells
 * whose sum is known to the reader (the survey's respondents, a region's total, an option's count…).
 * Every cell under k is hidden (primary suppression). A hidden cell must then not be derivable from
 * what is shown: neither by linear algebra over the margins (the margin minus the shown cells leaves
 * a system whose solution fixes the cell) nor by the bounds every cell obeys (a hidden cell is at
 * least `lowerBound`, so two hidden cells summing to 2 are both 1). While one is derivable, the
 * smallest shown cell sharing a margin with it is hidden too (complementary suppression).
 */

export interface SuppressionTable {
  counts: readonly number[];
  /** Sets of cell indices whose sums are published. */
  margins: readonly (readonly number[])[];
  /** The least value a cell may hold as the reader knows it: 1 when only non-empty cells are listed. */
  lowerBound?: number;
}

export interface Suppression {
  /** Per cell: hidden. */
  suppressed: boolean[];
  /** Hidden cells that could still be derived (only when every cell of a margin is already hidden). */
  derivable: number[];
}

/** The smallest cell a breakdown may show: the survey's k, never below 3. */
export const MINIMUM_CELL_SIZE = 3;

export function cellSizeOf(surveyK: number | null | undefined, defaultK: number): number {
  return Math.max(MINIMUM_CELL_SIZE, surveyK ?? defaultK);
}

/** `hidden`: cells hidden already (e.g. by a coarser table), kept hidden and counted as unknown. */
export function suppress(table: SuppressionTable, k: number, hidden?: readonly boolean[]): Suppression {
  const threshold = Math.max(MINIMUM_CELL_SIZE, k);
  const suppressed = table.counts.map((count, cell) => count < threshold || hidden?.[cell] === true);
  for (;;) {
    const leaks = derivableCells(table, suppressed);
    if (leaks.length === 0) return { suppressed, derivable: [] };
    // The smallest shown cell in a margin with a leaking cell; ties by position (deterministic).
    const leaking = new Set(leaks);
    let next = -1;
    for (const margin of table.margins) {
      if (!margin.some((cell) => leaking.has(cell))) continue;
      for (const cell of margin)
        if (
          !suppressed[cell] &&
          (next === -1 ||
            (table.counts[cell] as number) < (table.counts[next] as number) ||
            ((table.counts[cell] as number) === (table.counts[next] as number) && cell < next))
        )
          next = cell;
    }
    if (next === -1) return { suppressed, derivable: leaks };
    suppressed[next] = true;
  }
}

/**
 * The hidden cells a reader can derive from the margins and the shown cells: cell j is fixed by the
 * linear system iff its unit vector lies in the row space of the margins restricted to hidden cells
 * (rank test, exact in rationals); it is fixed by the bounds iff a margin's hidden cells sum to their
 * least possible total.
 */
export function derivableCells(table: SuppressionTable, suppressed: readonly boolean[]): number[] {
  const hidden = suppressed.flatMap((isHidden, cell) => (isHidden ? [cell] : []));
  if (hidden.length === 0) return [];
  const column = new Map(hidden.map((cell, index) => [cell, index]));
  const rows = table.margins
    .map((margin) => {
      const row = hidden.map(() => 0n);
      for (const cell of margin) {
        const index = column.get(cell);
        if (index !== undefined) row[index] = 1n;
      }
      return row;
    })
    .filter((row) => row.some((value) => value !== 0n));
  const baseRank = rank(rows);
  const found = new Set<number>();
  hidden.forEach((cell, index) => {
    const unit = hidden.map((_, other) => (other === index ? 1n : 0n));
    if (rank([...rows, unit]) === baseRank) found.add(cell);
  });
  const lowerBound = table.lowerBound ?? 0;
  for (const margin of table.margins) {
    const hiddenHere = margin.filter((cell) => suppressed[cell]);
    if (hiddenHere.length === 0) continue;
    const sum = hiddenHere.reduce((total, cell) => total + (table.counts[cell] as number), 0);
    if (sum <= lowerBound * hiddenHere.length) for (const cell of hiddenHere) found.add(cell);
  }
  return [...found].sort((a, b) => a - b);
}

/** Rank of an integer matrix by integer Gaussian elimination, each row reduced by its gcd: exact. */
export function rank(matrix: readonly (readonly bigint[])[]): number {
  const rows = matrix.map((row) => [...row]);
  const width = rows[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < rows.length; c++) {
    const pivot = rows.findIndex((row, index) => index >= r && row[c] !== 0n);
    if (pivot === -1) continue;
    [rows[r], rows[pivot]] = [rows[pivot] as bigint[], rows[r] as bigint[]];
    const top = rows[r] as bigint[];
    for (let i = r + 1; i < rows.length; i++) {
      const row = rows[i] as bigint[];
      const factor = row[c] as bigint;
      if (factor === 0n) continue;
      const lead = top[c] as bigint;
      let divisor = 0n;
      for (let j = 0; j < width; j++) {
        row[j] = lead * (row[j] as bigint) - factor * (top[j] as bigint);
        divisor = gcd(divisor, row[j] as bigint);
      }
      if (divisor > 1n) for (let j = 0; j < width; j++) row[j] = (row[j] as bigint) / divisor;
    }
    r++;
  }
  return r;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * A one-way breakdown (region, sex or age band) of a total that is itself published: the table the
 * results routes suppress. Only non-empty cells are listed, so every hidden cell is at least 1.
 */
export function suppressBreakdown(counts: readonly number[], k: number): Suppression {
  return suppress({ counts, margins: [counts.map((_, cell) => cell)], lowerBound: 1 }, k);
}
