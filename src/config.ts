/** Site-wide constants. */
export const SITE = {
  name: 'Study notes',
  /** Name under the icon of the installed app. */
  shortName: 'Notes',
  description: 'Study notes as a fast, searchable website that also works offline.',
  /** Language assumed for notes in the Latin script; other scripts are recognised (see lib/language.ts). */
  lang: 'en',
  /** Page background of the light and dark themes: the installed app's colours (see global.css). */
  colors: { light: '#ffffff', dark: '#0d1117' },
} as const;

/**
 * Top-level paths the site uses for its own pages and files; a topic that the notes start
 * (from a `#` heading or a file name) never takes one of these as its slug.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  '404',
  '_astro',
  'cheatsheet',
  'glossary',
  'icons',
  'index',
  'offline',
  'pagefind',
  'search',
  'study',
  'tags',
]);
