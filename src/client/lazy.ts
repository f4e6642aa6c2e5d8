/**
 * A loader that remembers its result, but forgets a failure, so the next call tries again (the
 * network may be back).
 *
 * @example
 *   const engine = retrying(() => createSearchEngine(base)); await engine(); await engine(); // one load
 */
export function retrying<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
