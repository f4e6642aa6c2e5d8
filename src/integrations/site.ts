/**
 * What the build steps share about the site: the pages of notes the converter made. The notes
 * integration fills it; the search integration indexes exactly these pages (and no other page, such
 * as a folder's index or the glossary, whatever their text says).
 */
export interface BuiltSite {
  /** URL paths of the pages of notes (`in4060/rdf-overview`), in reading order. */
  notePages: readonly string[];
}

/**
 * A fresh record of the site, for astro.config.mjs to hand to the build steps.
 *
 * @example
 *   const site = builtSite(); integrations: [notes(site), search(site), offline()]
 */
export function builtSite(): BuiltSite {
  return { notePages: [] };
}
