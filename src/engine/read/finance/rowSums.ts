/**
 * Sums of finance lines used to recognise subtotal and total rows by arithmetic, with or without a "Total" label.
 * Amounts that could not be read count as zero in the sums; a row holding one is never taken for a total.
 */

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.011, Math.abs(a) * 1e-6);
}

/** True when a row equals the sums; needs two non-zero matched amounts so a coincidence on one cell does not count. */
export function equalsSums(values: readonly number[], sums: readonly number[]): boolean {
  let nonZero = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i]) || !close(values[i], sums[i])) return false;
    if (values[i] !== 0) nonZero++;
  }
  return nonZero >= Math.min(2, values.length);
}

function plus(sums: readonly number[], values: readonly number[]): number[] {
  return sums.map((s, i) => s + (Number.isNaN(values[i]) ? 0 : values[i]));
}

/** Where a total row's amounts came from: Excel rows offsets of the first and last line summed. */
export interface SumMatch {
  readonly first: number;
  readonly last: number;
}

/**
 * The lines of the current block with running (prefix) sums, so "is this row the sum of the k lines just above it?"
 * costs one subtraction per k and a block of n lines is checked in O(n) per row rather than O(n^2).
 */
export class BlockSums {
  private rows: number[] = [];
  private prefix: number[][];

  constructor(private readonly width: number) {
    this.prefix = [new Array<number>(width).fill(0)];
  }

  reset(): void {
    this.rows = [];
    this.prefix = [new Array<number>(this.width).fill(0)];
  }

  add(row: number, values: readonly number[]): void {
    this.prefix.push(plus(this.prefix[this.prefix.length - 1], values));
    this.rows.push(row);
  }

  /** The two or more lines immediately above whose sum equals `values`, or null. */
  matches(values: readonly number[]): SumMatch | null {
    const n = this.rows.length;
    const top = this.prefix[n];
    for (let k = 2; k <= n; k++) {
      const base = this.prefix[n - k];
      // The first column screens candidates cheaply; the whole row is compared only when it agrees.
      if (!close(values[0], top[0] - base[0])) continue;
      if (
        equalsSums(
          values,
          top.map((t, i) => t - base[i]),
        )
      )
        return { first: this.rows[n - k], last: this.rows[n - 1] };
    }
    return null;
  }
}

/** The sum of all lines (or all subtotals) of a table so far: a row equal to it is the table's total. */
export class RunningSum {
  private sums: number[];
  private count = 0;
  private first = 0;
  private last = 0;

  constructor(width: number) {
    this.sums = new Array<number>(width).fill(0);
  }

  add(row: number, values: readonly number[]): void {
    if (this.count === 0) this.first = row;
    this.last = row;
    this.count++;
    this.sums = plus(this.sums, values);
  }

  matches(values: readonly number[]): SumMatch | null {
    if (this.count < 2 || !equalsSums(values, this.sums)) return null;
    return { first: this.first, last: this.last };
  }
}
