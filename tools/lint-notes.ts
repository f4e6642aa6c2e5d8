import { relative } from 'node:path';
import { decodeNotes } from '../src/convert/source-text.ts';
import { readNotesFolder, readYamlData } from '../src/integrations/notes-files.ts';
import { projectPaths } from '../src/integrations/paths.ts';
import { lintNotes } from '../src/lint/notes-lint.ts';
import { findTerms } from '../src/lib/term-matcher.ts';
import { glossary } from '../src/schemas/glossary.ts';

/**
 * `npm run lint:notes`: lists misspelt or unknown names of the glossary and doubled words in the notes,
 * as `file:line:column: rule: message`. The notes are never changed. Exits with 1 when it finds
 * something and `--strict` is given.
 */
const root = process.cwd();
const paths = projectPaths(root);
const { terms, prefixes } = (await readYamlData(glossary, paths.glossary, root)) ?? { terms: [], prefixes: [] };
const find = findTerms(terms);
let count = 0;
for (const source of (await readNotesFolder(paths.notesDir, root)).notes) {
  const { text } = decodeNotes(source.bytes, source.label);
  for (const finding of lintNotes(text, find, terms, prefixes)) {
    count += 1;
    console.log(`${source.label}:${finding.line}:${finding.column}: ${finding.rule}: ${finding.message}`);
  }
}
console.log(
  count === 0
    ? 'lint:notes: nothing to fix'
    : `lint:notes: ${count} finding${count === 1 ? '' : 's'} in ${relative(root, paths.notesDir)}`,
);
if (count > 0 && process.argv.includes('--strict')) process.exitCode = 1;
