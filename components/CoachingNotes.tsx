import type { Translate } from './translate';

export interface CoachingNote {
  /** The words that deflect, quoted from what the user wrote. */
  quote: string;
  /** Why they undercut the repair, and what to say instead. */
  message: string;
}

interface CoachingNotesProps {
  id: string;
  notes: readonly CoachingNote[];
  /** Shown when the text owns the act with nothing deflecting. */
  praise?: string;
  t: Translate;
}

/** Beside a field: what deflects in it and why, or a word of encouragement when it already does the work. */
export function CoachingNotes({ id, notes, praise, t }: CoachingNotesProps) {
  if (notes.length === 0) {
    return praise ? (
      <p id={id} className="note note-success" role="status">
        {praise}
      </p>
    ) : (
      <div id={id} role="status" />
    );
  }
  return (
    <div id={id} className="note note-warning stack" role="status" aria-label={t('popup_coaching_label')}>
      <p>{t('popup_coaching_lead')}</p>
      <ul className="stack">
        {notes.map((note, index) => (
          <li key={`${index}-${note.quote}`}>
            <q>{note.quote}</q> {note.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
