/** Median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2 : (sorted[middle] ?? 0);
}

/** Run `task` `runs` times (after one warm-up) and return the median of what it measures. */
export async function medianOf(runs: number, task: () => Promise<number> | number, warmUp = true): Promise<number> {
  if (warmUp) await task();
  const values: number[] = [];
  for (let run = 0; run < runs; run++) values.push(await task());
  return median(values);
}
