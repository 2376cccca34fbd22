/**
 * A checklist the user is filling in, saved as they type so it survives the popup closing. Extension-local: never
 * synced, never sent. `value` is parsed by its owner (the popup's draft schema) when read back.
 */
export interface DraftRow {
  id: string;
  updatedAt: number;
  value: unknown;
}
