/** One printed figure of `npm run bench`. Benchmarks print figures; they never pass or fail. */
export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}
