import { useId, useState, type ReactNode } from 'react';
import { isDue } from '../lib/repairs/due';
import { LIMITS } from '../lib/repairs/limits';
import { outcomes, type FollowUp, type Outcome } from '../lib/repairs/schemas';
import { formatDateTime } from './format-date';
import { followUpKindLabel, outcomeLabel } from './review-labels';
import type { Translate } from './translate';

export interface FollowUpHandlers {
  onComplete(id: string, outcome: Outcome | undefined, note: string): void;
  onSnooze(id: string): void;
}

interface FollowUpItemProps extends FollowUpHandlers {
  followUp: FollowUp;
  now: number;
  /** Who it is with, when the list mixes repairs (the person page, what is due). */
  context?: string;
  /** Extra actions, such as a link to the repair. */
  children?: ReactNode;
  t: Translate;
}

/** One follow-up: when, and how it went; an open one can be marked done (with how it went) or snoozed. */
export function FollowUpItem({ followUp, now, context, children, t, onComplete, onSnooze }: FollowUpItemProps) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [note, setNote] = useState('');
  const open = followUp.doneAt === undefined;
  const due = isDue(followUp, now);
  const when = followUp.snoozedUntil ?? followUp.dueAt;
  const title = `${followUpKindLabel(t, followUp.kind)}${context ? ` · ${context}` : ''}`;
  return (
    <li className={`follow-up ${open ? (due ? 'is-due' : 'is-open') : 'is-done'}`}>
      <div className="follow-up-head">
        <strong>{title}</strong>
        <span className="follow-up-when">
          {open
            ? followUp.snoozedUntil !== undefined
              ? t('options_followup_snoozed', formatDateTime(when))
              : due
                ? t('options_followup_due_now', formatDateTime(when))
                : t('options_followup_planned', formatDateTime(when))
            : t('options_followup_done', formatDateTime(followUp.doneAt ?? when))}
        </span>
      </div>
      {!open && (followUp.outcome || followUp.note) && (
        <p className="follow-up-outcome">
          {followUp.outcome && outcomeLabel(t, followUp.outcome)}
          {followUp.outcome && followUp.note && ' · '}
          {followUp.note}
        </p>
      )}
      {open && (
        <div className="follow-up-actions">
          <div className="field inline">
            <label htmlFor={`${id}-outcome`}>{t('options_followup_outcome')}</label>
            <select id={`${id}-outcome`} value={outcome} onChange={(event) => setOutcome(event.target.value as Outcome | '')}>
              <option value="">{t('options_followup_outcome_none')}</option>
              {outcomes.map((value) => (
                <option key={value} value={value}>
                  {outcomeLabel(t, value)}
                </option>
              ))}
            </select>
          </div>
          <div className="field inline grow">
            <label htmlFor={`${id}-note`}>{t('options_followup_note')}</label>
            <input id={`${id}-note`} type="text" value={note} maxLength={LIMITS.excerpt} onChange={(event) => setNote(event.target.value)} />
          </div>
          <button type="button" className="button primary" onClick={() => onComplete(followUp.id, outcome || undefined, note)}>
            {t('options_followup_done_button')}
          </button>
          <button type="button" className="button" onClick={() => onSnooze(followUp.id)}>
            {t('options_followup_snooze_button')}
          </button>
        </div>
      )}
      {children}
    </li>
  );
}
