import { useState } from 'react';
import { Button } from './Button';
import { describedBy, Field } from './Field';
import type { Translate } from './translate';

export type OutcomeChoice = 'went-well' | 'mixed' | 'not-ready' | 'no-reply';
export type SnoozeOption = 'later-today' | 'tomorrow' | 'next-week';

export interface DueEntry {
  id: string;
  repairId: string;
  /** Who and which follow-up, e.g. "Day-3 check-in with Sam". */
  title: string;
  /** Since when, e.g. "Due since Tue, 1 Dec, 09:00". */
  since: string;
}

interface DueCheckInsProps {
  items: readonly DueEntry[];
  onDone(id: string, outcome: OutcomeChoice, note: string): Promise<void>;
  onSnooze(id: string, choice: SnoozeOption): Promise<void>;
  onOpen(repairId: string): void;
  t: Translate;
}

const outcomeKeys: Record<OutcomeChoice, string> = {
  'went-well': 'popup_outcome_went_well',
  mixed: 'popup_outcome_mixed',
  'not-ready': 'popup_outcome_not_ready',
  'no-reply': 'popup_outcome_no_reply',
};
const snoozeKeys: Record<SnoozeOption, string> = {
  'later-today': 'popup_snooze_later_today',
  tomorrow: 'popup_snooze_tomorrow',
  'next-week': 'popup_snooze_next_week',
};

/** What is due now, at the top of the popup: who, which follow-up, since when, and Done / Snooze / Open. */
export function DueCheckIns({ items, onDone, onSnooze, onOpen, t }: DueCheckInsProps) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="due-heading" className="stack">
      <h2 id="due-heading">{t('popup_due_heading')}</h2>
      <ul className="due-list">
        {items.map((item) => (
          <DueItem key={item.id} item={item} onDone={onDone} onSnooze={onSnooze} onOpen={onOpen} t={t} />
        ))}
      </ul>
    </section>
  );
}

type Mode = 'idle' | 'done' | 'snooze';

function DueItem({ item, onDone, onSnooze, onOpen, t }: { item: DueEntry } & Omit<DueCheckInsProps, 'items'>) {
  const [mode, setMode] = useState<Mode>('idle');
  const [outcome, setOutcome] = useState<OutcomeChoice | undefined>();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const noteId = `due-note-${item.id}`;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(t('popup_due_failed', error instanceof Error ? error.message : String(error)));
      setBusy(false);
    }
  };

  return (
    <li className="due-item" aria-label={item.title}>
      <div>
        <p className="due-title">{item.title}</p>
        <p className="muted">{item.since}</p>
      </div>
      {mode === 'idle' && (
        <div className="row">
          <Button variant="primary" size="small" onClick={() => setMode('done')}>
            {t('popup_due_done')}
          </Button>
          <Button size="small" onClick={() => setMode('snooze')}>
            {t('popup_due_snooze')}
          </Button>
          <Button variant="ghost" size="small" onClick={() => onOpen(item.repairId)}>
            {t('popup_due_open')}
          </Button>
        </div>
      )}
      {mode === 'done' && (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (!outcome) {
              setProblem(t('popup_outcome_missing'));
              return;
            }
            void run(() => onDone(item.id, outcome, note.trim()));
          }}
        >
          <fieldset>
            <legend>{t('popup_outcome_legend')}</legend>
            <div className="choice-row">
              {(Object.keys(outcomeKeys) as OutcomeChoice[]).map((choice) => (
                <label key={choice} className="radio">
                  <input type="radio" name={`outcome-${item.id}`} value={choice} checked={outcome === choice} onChange={() => setOutcome(choice)} />
                  {t(outcomeKeys[choice])}
                </label>
              ))}
            </div>
          </fieldset>
          <Field id={noteId} label={t('popup_outcome_note')}>
            <textarea id={noteId} rows={2} maxLength={2000} value={note} aria-describedby={describedBy(noteId)} onChange={(event) => setNote(event.target.value)} />
          </Field>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <div className="row">
            <Button type="submit" variant="primary" size="small" disabled={busy}>
              {t('popup_outcome_save')}
            </Button>
            <Button variant="ghost" size="small" onClick={() => setMode('idle')}>
              {t('ui_cancel')}
            </Button>
          </div>
        </form>
      )}
      {mode === 'snooze' && (
        <div className="stack" role="group" aria-label={t('popup_snooze_legend')}>
          <p className="field-label">{t('popup_snooze_legend')}</p>
          <div className="row">
            {(Object.keys(snoozeKeys) as SnoozeOption[]).map((choice) => (
              <Button key={choice} size="small" disabled={busy} onClick={() => void run(() => onSnooze(item.id, choice))}>
                {t(snoozeKeys[choice])}
              </Button>
            ))}
            <Button variant="ghost" size="small" onClick={() => setMode('idle')}>
              {t('ui_cancel')}
            </Button>
          </div>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
