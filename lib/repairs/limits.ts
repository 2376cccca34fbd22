/**
 * Every length limit in one place: the schemas, the import checks and the UI's maxLength all read these, so a field
 * the UI accepts is never refused by the background.
 */
export const LIMITS = {
  /** Free text a user writes in a step of the checklist or the notes. */
  longText: 10_000,
  /** The message text kept with a repair (only when the user opted in), and a follow-up's note. */
  excerpt: 2_000,
  /** A person's name. */
  person: 200,
  /** One promise. */
  promise: 1_000,
  /** A DNS host name. */
  host: 253,
  /** Ids made by crypto.randomUUID() or brought by an import. */
  id: 64,
  /** How many promises one repair may hold. */
  promises: 100,
  /** The largest export file import reads; checked on the file's size before a byte of it is read. */
  importBytes: 50 * 1024 * 1024,
  /** How much of a draft the nudge sends for analysis: the start of the box, where a reply sits above the quote. */
  draft: 20_000,
} as const;

/** Typed by the user before everything is deleted; the literal makes an accidental call impossible. */
export const DELETE_CONFIRMATION = 'delete everything';
