import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The expected text of a snapshot file, for comparing with what the code produces now. The file is
 * written only when asked (`UPDATE=1`); a missing file is an error that says how to create it, so
 * a test never compares an output with itself.
 *
 * @example
 *   expect(actual).toBe(expectedText(new URL('case/expected.mdx', fixtures), actual))
 */
export function expectedText(file: URL, actual: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env['UPDATE'] === '1') writeFileSync(file, actual);
  if (!existsSync(file)) {
    throw new Error(`${fileURLToPath(file)} does not exist: run the tests with UPDATE=1 to write it, then review it`);
  }
  return readFileSync(file, 'utf8');
}
