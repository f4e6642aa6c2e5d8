import { relative } from 'node:path';
import { convertNotes } from '../src/convert/pipeline.ts';
import { decodeNotes } from '../src/convert/source-text.ts';
import { RESERVED_SLUGS, SITE } from '../src/config.ts';
import { readNotesFolder, readYamlData } from '../src/integrations/notes-files.ts';
import { projectPaths } from '../src/integrations/paths.ts';
import { linkFindings } from '../src/lint/link-findings.ts';
import { lintNotes } from '../src/lint/notes-lint.ts';
import { findTerms } from '../src/lib/term-matcher.ts';
import { glossary } from '../src/schemas/glossary.ts';
import { topicMap } from '../src/schemas/topic-map.ts';

/**
 * `npm run lint:notes`: lists misspelt or unknown names of the glossary, doubled words, and links,
 * embeds and images the site cannot resolve (`[[No such note]]`, a missing image), as
 * `file:line:column: rule: message`. The notes are never changed. Exits with 1 when it finds
 * something and `--strict` is given.
 */
const root = process.cwd();
const paths = projectPaths(root);
const { terms, prefixes } = (await readYamlData(glossary, paths.glossary, root)) ?? { terms: [], prefixes: [] };
const map = (await readYamlData(topicMap, paths.topicMap, root)) ?? { topics: [] };
const folder = await readNotesFolder(paths.notesDir, root);
const find = findTerms(terms);
let count = 0;
const report = (file: string, line: number, column: number, rule: string, message: string): void => {
  count += 1;
  console.log(`${file}:${line}:${column}: ${rule}: ${message}`);
};
for (const source of folder.notes) {
  const { text } = decodeNotes(source.bytes, source.label);
  for (const finding of lintNotes(text, find, terms, prefixes)) {
    report(source.label, finding.line, finding.column, finding.rule, finding.message);
  }
}
const conversion = convertNotes(folder.notes, {
  topics: map.topics,
  glossary: terms,
  glossaryPrefixes: prefixes,
  reservedSlugs: RESERVED_SLUGS,
  topicMapLabel: relative(root, paths.topicMap.path),
  defaultLanguage: SITE.lang,
  attachments: folder.attachments,
});
for (const finding of linkFindings(conversion.warnings)) {
  report(finding.file, finding.line, finding.column, finding.rule, finding.message);
}
console.log(
  count === 0
    ? 'lint:notes: nothing to fix'
    : `lint:notes: ${count} finding${count === 1 ? '' : 's'} in ${relative(root, paths.notesDir)}`,
);
if (count > 0 && process.argv.includes('--strict')) process.exitCode = 1;
