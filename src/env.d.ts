interface ImportMetaEnv {
  /** The language of the notes, set by the notes integration at build time (see src/integrations/notes.ts). */
  readonly NOTES_LANG?: string;
}
