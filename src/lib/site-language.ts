import { SITE } from '../config.ts';

/** The site's language: that of the notes, as the build found it (see integrations/notes.ts), or `SITE.lang`. */
export const SITE_LANG: string = import.meta.env.NOTES_LANG ?? SITE.lang;
