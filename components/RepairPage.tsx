import { useId, useState } from 'react';
import { LIMITS } from '../lib/repairs/limits';
import { optionsHash } from '../lib/routes/options-route';
import {
  channels,
  promiseStates,
  relationships,
  repairStatuses,
  type Channel,
  type Commitment,
  type FollowUp,
  type Relationship,
  type Repair,
  type RepairChanges,
  type RepairStatus,
} from '../lib/repairs/schemas';
import { AutosaveField } from './AutosaveField';
import { FollowUpItem, type FollowUpHandlers } from './FollowUpItem';
import { formatDay, fromLocalInput, toDateInput, toLocalInput } from './format-date';
import { channelLabel, promiseStateLabel, relationshipLabel, statusLabel } from './review-labels';
import type { Translate } from './translate';

export interface RepairPageHandlers extends FollowUpHandlers {
  /** Autosave: only the changed fields. */
  onChange(changes: RepairChanges): void;
  onPlanTalk(at: number): void;
  onAddCheckIn(dueAt: number): void;
  onDelete(): void;
  onDownloadCalendar(): void;
  onUndo(): void;
}

interface RepairPageProps extends RepairPageHandlers {
  repair: Repair;
  followUps: readonly FollowUp[];
  now: number;
  canUndo: boolean;
  /** "Saved", "Saving…" or an error, announced politely. */
  saveState: string;
  newId(): string;
  t: Translate;
}

/** One repair, all of it editable: it saves as the user goes, and the last change can be undone. */
export function RepairPage(props: RepairPageProps) {
  const { repair, followUps, now, canUndo, saveState, t, onChange, onUndo } = props;
  const id = useId();
  return (
    <article className="view repair-page" aria-labelledby={`${id}-heading`}>
      <header className="view-header">
        <p className="breadcrumb">
          <a href={optionsHash({ page: 'repairs' })}>{t('options_back_to_repairs')}</a>
          {' · '}
          <a href={optionsHash({ page: 'person', key: repair.personKey ?? repair.person.toLowerCase() })}>{t('options_all_with', repair.person)}</a>
        </p>
        <h2 id={`${id}-heading`}>{t('options_repair_heading', repair.person)}</h2>
        <p className="meta">
          {t('options_repair_logged', formatDay(repair.createdAt))}
          {repair.practice && <span className="badge practice">{t('options_practice_badge')}</span>}
        </p>
        <div className="save-bar">
          <span role="status" className="save-state">
            {saveState}
          </span>
          <button type="button" className="button" disabled={!canUndo} onClick={onUndo}>
            {t('options_undo')}
          </button>
        </div>
      </header>

      <section className="card" aria-labelledby={`${id}-about`}>
        <h3 id={`${id}-about`}>{t('options_section_about')}</h3>
        <div className="grid-2">
          <AutosaveField label={t('options_field_person')} value={repair.person} maxLength={LIMITS.person} required onSave={(person) => onChange({ person })} />
          <Select
            label={t('options_field_relationship')}
            value={repair.relationship}
            options={relationships.map((value) => [value, relationshipLabel(t, value)])}
            onChange={(relationship) => onChange({ relationship: relationship as Relationship })}
          />
          <Select
            label={t('options_field_status')}
            value={repair.status}
            options={repairStatuses.map((value) => [value, statusLabel(t, value)])}
            hint={t('options_field_status_hint')}
            onChange={(status) => onChange({ status: status as RepairStatus })}
          />
          <Select
            label={t('options_field_channel')}
            value={repair.channel}
            options={channels.map((value) => [value, channelLabel(t, value)])}
            onChange={(channel) => onChange({ channel: channel as Channel })}
          />
          <DateField
            label={t('options_field_incident')}
            value={repair.incidentAt}
            onChange={(incidentAt) => incidentAt !== undefined && onChange({ incidentAt })}
          />
        </div>
      </section>

      <section className="card" aria-labelledby={`${id}-steps`}>
        <h3 id={`${id}-steps`}>{t('options_section_steps')}</h3>
        <AutosaveField multiline label={t('options_field_what_happened')} value={repair.whatHappened} maxLength={LIMITS.longText} onSave={(whatHappened) => onChange({ whatHappened })} />
        <AutosaveField multiline label={t('options_field_their_perspective')} value={repair.theirPerspective} maxLength={LIMITS.longText} onSave={(theirPerspective) => onChange({ theirPerspective })} />
        <AutosaveField multiline label={t('options_field_admission')} value={repair.admission} maxLength={LIMITS.longText} onSave={(admission) => onChange({ admission })} />
        <AutosaveField multiline label={t('options_field_repair_plan')} value={repair.repairPlan} maxLength={LIMITS.longText} onSave={(repairPlan) => onChange({ repairPlan })} />
        <AutosaveField multiline label={t('options_field_notes')} value={repair.notes} maxLength={LIMITS.longText} onSave={(notes) => onChange({ notes })} />
        {repair.excerpt && (
          <figure className="excerpt">
            <figcaption>{t('options_excerpt_caption')}</figcaption>
            <blockquote>{repair.excerpt}</blockquote>
          </figure>
        )}
      </section>

      <TalkSection {...props} />
      <Promises commitments={repair.commitments} onChange={(commitments) => onChange({ commitments })} newId={props.newId} t={t} />

      <section className="card" aria-labelledby={`${id}-followups`}>
        <h3 id={`${id}-followups`}>{t('options_section_followups')}</h3>
        {followUps.length === 0 ? (
          <p className="empty">{repair.practice ? t('options_followups_practice') : t('options_followups_empty')}</p>
        ) : (
          <ol className="follow-ups">
            {followUps.map((followUp) => (
              <FollowUpItem key={followUp.id} followUp={followUp} now={now} t={t} onComplete={props.onComplete} onSnooze={props.onSnooze} />
            ))}
          </ol>
        )}
        <AddCheckIn now={now} onAdd={props.onAddCheckIn} t={t} />
      </section>

      <section className="card danger-zone" aria-labelledby={`${id}-delete`}>
        <h3 id={`${id}-delete`}>{t('options_section_delete')}</h3>
        <p>{t('options_delete_repair_hint')}</p>
        <button type="button" className="button danger" onClick={props.onDelete}>
          {t('options_delete_repair')}
        </button>
      </section>
    </article>
  );
}

function TalkSection({ repair, t, onPlanTalk, onDownloadCalendar }: RepairPageProps) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-talk`}>
      <h3 id={`${id}-talk`}>{t('options_section_talk')}</h3>
      <p className="hint">{t('options_talk_hint')}</p>
      <div className="row">
        <DateField withTime label={t('options_field_talk_at')} value={repair.plannedTalkAt} onChange={(at) => at !== undefined && onPlanTalk(at)} />
        {repair.plannedTalkAt !== undefined && (
          <button type="button" className="button" onClick={onDownloadCalendar}>
            {t('options_calendar_button')}
          </button>
        )}
      </div>
    </section>
  );
}

function Promises({ commitments, onChange, newId, t }: { commitments: readonly Commitment[]; onChange(c: Commitment[]): void; newId(): string; t: Translate }) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const replace = (changed: Commitment) => onChange(commitments.map((c) => (c.id === changed.id ? changed : c)));
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    onChange([...commitments, { id: newId(), text, kept: 'not-yet' }]);
    setDraft('');
  };
  return (
    <section className="card" aria-labelledby={`${id}-promises`}>
      <h3 id={`${id}-promises`}>{t('options_section_promises')}</h3>
      {commitments.length === 0 && <p className="empty">{t('options_promises_empty')}</p>}
      <ol className="promises">
        {commitments.map((commitment, index) => (
          <li key={commitment.id} className={`promise kept-${commitment.kept}`}>
            <AutosaveField
              label={t('options_promise_label', String(index + 1))}
              value={commitment.text}
              maxLength={LIMITS.promise}
              required
              onSave={(text) => replace({ ...commitment, text })}
            />
            <fieldset className="promise-state">
              <legend>{t('options_promise_state_legend', String(index + 1))}</legend>
              {promiseStates.map((state) => (
                <label key={state} className="choice">
                  <input
                    type="radio"
                    name={`${id}-${commitment.id}`}
                    value={state}
                    checked={commitment.kept === state}
                    onChange={() => replace({ ...commitment, kept: state })}
                  />
                  {promiseStateLabel(t, state)}
                </label>
              ))}
            </fieldset>
            <button type="button" className="button quiet" onClick={() => onChange(commitments.filter((c) => c.id !== commitment.id))}>
              {t('options_promise_remove', String(index + 1))}
            </button>
          </li>
        ))}
      </ol>
      {commitments.length < LIMITS.promises && (
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <div className="field grow">
            <label htmlFor={`${id}-new`}>{t('options_promise_new')}</label>
            <input id={`${id}-new`} type="text" value={draft} maxLength={LIMITS.promise} onChange={(event) => setDraft(event.target.value)} />
          </div>
          <button type="submit" className="button">
            {t('options_promise_add')}
          </button>
        </form>
      )}
    </section>
  );
}

function AddCheckIn({ now, onAdd, t }: { now: number; onAdd(at: number): void; t: Translate }) {
  const id = useId();
  const [day, setDay] = useState(() => toDateInput(now + 3 * 24 * 60 * 60 * 1000));
  return (
    <form
      className="row add-check-in"
      onSubmit={(event) => {
        event.preventDefault();
        const at = fromLocalInput(`${day}T10:00`);
        if (at !== undefined) onAdd(at);
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-day`}>{t('options_checkin_day')}</label>
        <input id={`${id}-day`} type="date" value={day} required onChange={(event) => setDay(event.target.value)} />
      </div>
      <button type="submit" className="button">
        {t('options_checkin_add')}
      </button>
    </form>
  );
}

function Select({ label, value, options, onChange, hint }: { label: string; value: string; options: [string, string][]; onChange(v: string): void; hint?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(event) => onChange(event.target.value)}>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A date (or date and time) that saves when the user has finished choosing it. */
function DateField({ label, value, onChange, withTime }: { label: string; value?: number; onChange(at: number | undefined): void; withTime?: boolean }) {
  const id = useId();
  const shown = value === undefined ? '' : withTime ? toLocalInput(value) : toDateInput(value);
  const [text, setText] = useState(shown);
  const [was, setWas] = useState(shown);
  if (shown !== was) {
    setWas(shown);
    setText(shown);
  }
  const save = () => {
    if (text && text !== shown) onChange(fromLocalInput(withTime ? text : `${text}T12:00`));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={withTime ? 'datetime-local' : 'date'}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') save();
        }}
      />
    </div>
  );
}
