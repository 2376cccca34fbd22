import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from '../../lib/db/amends-db';
import { emptyChecklistDraft, parseChecklistDraft, type ChecklistDraft } from '../../lib/repairs/checklist-draft';

/** The one checklist in progress. Kept in the extension's own IndexedDB: never synced, never sent. */
export const CHECKLIST_DRAFT_ID = 'checklist';

export interface ChecklistDraftState {
  /** False until the stored draft has been read: nothing renders over it before then. */
  loaded: boolean;
  draft: ChecklistDraft;
  /** When the last change reached IndexedDB. */
  savedAt?: number;
  /** A write failed: what is typed is still on screen, and the user is told. */
  saveError?: string;
  update(patch: Partial<ChecklistDraft>): void;
  /** Empties the checklist; resolves to an undo that puts it back. */
  clear(): () => void;
  /** After saving the plan: the draft has become a repair. */
  discard(): Promise<void>;
}

/**
 * The checklist draft, written on every change so a popup closed mid-sentence loses nothing, and read back exactly
 * (every field and the open screen) when it reopens. Writes are chained so they land in the order they were typed.
 */
export function useChecklistDraft(): ChecklistDraftState {
  const [loaded, setLoaded] = useState(false);
  const [draft, setDraft] = useState<ChecklistDraft>(emptyChecklistDraft);
  const [savedAt, setSavedAt] = useState<number>();
  const [saveError, setSaveError] = useState<string>();
  const latest = useRef(draft);
  const writes = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void db.drafts.get(CHECKLIST_DRAFT_ID).then(
      (row) => {
        if (!live) return;
        const restored = row ? parseChecklistDraft(row.value) : emptyChecklistDraft;
        latest.current = restored;
        setDraft(restored);
        if (row) setSavedAt(row.updatedAt);
        setLoaded(true);
      },
      (error: unknown) => {
        if (!live) return;
        setSaveError(String(error));
        setLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const write = useCallback((next: ChecklistDraft | undefined) => {
    const updatedAt = Date.now();
    writes.current = writes.current
      .then(async () => {
        if (next) await db.drafts.put({ id: CHECKLIST_DRAFT_ID, updatedAt, value: next });
        else await db.drafts.delete(CHECKLIST_DRAFT_ID);
      })
      .then(
        () => {
          setSavedAt(updatedAt);
          setSaveError(undefined);
        },
        (error: unknown) => setSaveError(error instanceof Error ? error.message : String(error)),
      );
    return writes.current;
  }, []);

  const update = useCallback(
    (patch: Partial<ChecklistDraft>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setDraft(next);
      void write(next);
    },
    [write],
  );

  const clear = useCallback(() => {
    const previous = latest.current;
    const emptied = { ...emptyChecklistDraft, open: true };
    latest.current = emptied;
    setDraft(emptied);
    void write(emptied);
    return () => {
      latest.current = previous;
      setDraft(previous);
      void write(previous);
    };
  }, [write]);

  const discard = useCallback(async () => {
    latest.current = emptyChecklistDraft;
    setDraft(emptyChecklistDraft);
    await write(undefined);
  }, [write]);

  return { loaded, draft, savedAt, saveError, update, clear, discard };
}
