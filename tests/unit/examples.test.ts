import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test, vi } from 'vitest';

/**
 * The `@example` lines of the source's JSDoc that can run as written, run: a call of an exported
 * function with literal arguments, then `// ` and the literal it returns, such as
 * `slugify('AWS KMS') // 'aws-kms'`. Lines with `…` or prose are illustrations and are skipped;
 * at least {@link MIN_EXAMPLES} must run, so the examples cannot drift from the code unnoticed.
 */
const MIN_EXAMPLES = 35;
const src = fileURLToPath(new URL('../../src/', import.meta.url));
const FOLDERS = ['lib', 'convert', 'lint', 'schemas', 'client', 'integrations'];

interface Example {
  readonly file: string;
  readonly line: number;
  readonly call: string;
  readonly expected: string;
}

function examplesOf(file: string): Example[] {
  const examples: Example[] = [];
  const lines = readFileSync(join(src, file), 'utf8').split('\n');
  let inExample = false;
  lines.forEach((text, index) => {
    if (/^\s*\*\s*@example/.test(text)) inExample = true;
    else if (/^\s*\*\/|^\s*\*\s*@/.test(text)) inExample = false;
    else if (inExample) {
      const match = /^\s*\*\s+(\w+\(.*\))\s+\/\/\s+(.+)$/.exec(text);
      if (match?.[1] && match[2] && !`${match[1]}${match[2]}`.includes('…')) {
        examples.push({ file, line: index + 1, call: match[1], expected: match[2] });
      }
    }
  });
  return examples;
}

/** A value from its source text, or `undefined` when the text is not a plain literal. */
function literal(source: string): { value: unknown } | undefined {
  try {
    return { value: new Function(`return (${source});`)() as unknown };
  } catch {
    return undefined;
  }
}

const files = FOLDERS.flatMap((folder) =>
  readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => `${folder}/${file}`),
);
const examples = files.flatMap(examplesOf);

describe('the examples in the JSDoc of src/', () => {
  test('hold: each runnable example returns what it says', async () => {
    vi.stubGlobal('location', new URL('http://site.test/'));
    let ran = 0;
    const failures: string[] = [];
    for (const file of new Set(examples.map((example) => example.file))) {
      const exports = (await import(pathToFileURL(join(src, file)).href).catch(() => undefined)) as
        Record<string, unknown> | undefined;
      if (!exports) continue;
      const names = Object.keys(exports).filter((name) => name !== 'default');
      for (const example of examples.filter((entry) => entry.file === file)) {
        const expected = literal(example.expected);
        const name = example.call.slice(0, example.call.indexOf('('));
        if (!expected || typeof exports[name] !== 'function') continue;
        let actual: unknown;
        try {
          actual = new Function(...names, `return (${example.call});`)(...names.map((key) => exports[key]));
        } catch (error) {
          if (error instanceof ReferenceError) continue; // names a value of the prose (`kms`, `tree`)
          actual = error instanceof Error ? `throws ${error.message}` : error;
        }
        ran += 1;
        try {
          expect(actual).toEqual(expected.value);
        } catch {
          failures.push(
            `src/${file}:${example.line}: ${example.call} gives ${JSON.stringify(actual)}, not ${example.expected}`,
          );
        }
      }
    }
    vi.unstubAllGlobals();
    expect(failures).toEqual([]);
    expect(ran, `${ran} examples ran`).toBeGreaterThanOrEqual(MIN_EXAMPLES);
  });
});
