/** One figure of the benchmark report. */
export interface BenchResult {
  /** Stable key, such as `converter.bundled.mbPerSecond`. */
  readonly id: string;
  /** What it measures, for the table. */
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  /** The budget, when the issue sets one. */
  readonly budget?: { readonly max?: number; readonly min?: number };
}

/** Whether a figure meets its budget (`undefined` when it has none). */
export function meetsBudget(result: BenchResult): boolean | undefined {
  if (!result.budget) return undefined;
  const { max, min } = result.budget;
  return (max === undefined || result.value <= max) && (min === undefined || result.value >= min);
}
