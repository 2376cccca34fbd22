import { useEffect, useRef, useState, type RefObject } from 'react';
import { Button } from '../../components/Button';
import { describedBy, Field } from '../../components/Field';
import { Stepper } from '../../components/Stepper';
import { TalkPlanner } from '../../components/TalkPlanner';
import type { Translate } from '../../components/translate';
import { checklistScreens, type ChecklistDraft, type ChecklistScreen, type DraftProblem } from '../../lib/repairs/checklist-draft';
import { LIMITS } from '../../lib/repairs/limits';
import { relationships } from '../../lib/repairs/schemas';
import { isStepScreen, stepFields, stepIds, stepKey } from './checklist-steps';
import { quickTimes } from './quick-times';
import { StepTextField } from './StepTextField';
import type { ChecklistDraftState } from './use-checklist-draft';

interface ChecklistViewProps {
  state: ChecklistDraftState;
  /** Saves the plan; resolves to a problem to show, or undefined once saved. */
  onSave(draft: ChecklistDraft): Promise<{ problem: string; screen: ChecklistScreen } | undefined>;
  onLeave(): void;
  t: Translate;
}

export const problemKeys: Record<DraftProblem, string> = {
  'no-person': 'popup_problem_no_person',
  'talk-time-invalid': 'popup_problem_talk_invalid',
  'talk-time-past': 'popup_problem_talk_past',
};

/** "Prepare a conversation": who, the five steps one screen at a time, then the talk. Everything typed is kept. */
export function ChecklistView({ state, onSave, onLeave, t }: ChecklistViewProps) {
  const { draft, update } = state;
  const index = checklistScreens.indexOf(draft.screen);
  const [error, setError] = useState<{ screen: ChecklistScreen; text: string }>();
  const [undo, setUndo] = useState<(() => void) | undefined>();
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // Each screen (the first one too) takes the focus to its heading, so keyboard and screen-reader users start at its
  // top and the next Tab reaches its first field.
  useEffect(() => {
    heading.current?.focus();
  }, [draft.screen]);

  const goToScreen = (screen: ChecklistScreen) => {
    setError(undefined);
    update({ screen });
  };

  const next = async () => {
    if (draft.screen === 'who' && !draft.person.trim()) {
      setError({ screen: 'who', text: t(problemKeys['no-person']) });
      return;
    }
    if (draft.screen !== 'talk') {
      goToScreen(checklistScreens[index + 1] ?? 'talk');
      return;
    }
    setSaving(true);
    const result = await onSave(draft);
    setSaving(false);
    if (result) {
      setError({ screen: result.screen, text: result.problem });
      if (result.screen !== draft.screen) update({ screen: result.screen });
    }
  };

  const startOver = () => {
    const restore = state.clear();
    setError(undefined);
    setUndo(() => () => {
      restore();
      setUndo(undefined);
    });
  };

  const screenError = error?.screen === draft.screen ? error.text : undefined;
  const stepNumber = stepIds.indexOf(draft.screen as (typeof stepIds)[number]) + 1;
  const progress =
    draft.screen === 'who' ? t('popup_progress_who') : draft.screen === 'talk' ? t('popup_progress_talk') : t('popup_progress_step', [String(stepNumber), String(stepIds.length)]);

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{t('popup_prepare')}</h1>
        <Button variant="ghost" size="small" onClick={onLeave}>
          {t('popup_leave')}
        </Button>
      </header>
      {/* The bar counts the five steps: empty before them, full at the talk. */}
      <Stepper current={draft.screen === 'talk' ? stepIds.length - 1 : stepNumber - 1} total={stepIds.length} label={progress} />
      <form
        className="stack-lg"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void next();
        }}
      >
        {draft.screen === 'who' && <WhoScreen draft={draft} update={update} error={screenError} headingRef={heading} t={t} />}
        {isStepScreen(draft.screen) && (
          <section className="stack">
            <h2 id="step-heading" className="step-heading" tabIndex={-1} ref={heading}>
              {t(stepKey(draft.screen, 'title'))}
            </h2>
            <p>{t(stepKey(draft.screen, 'prompt'))}</p>
            <p className="muted">{t(stepKey(draft.screen, 'why'))}</p>
            {stepFields[draft.screen].map((field) => (
              <StepTextField
                key={field.key}
                id={`field-${field.key}`}
                label={t(field.labelKey)}
                hint={field.hintKey ? t(field.hintKey) : undefined}
                placeholder={field.placeholderKey ? t(field.placeholderKey) : undefined}
                coached={field.coached}
                rows={field.rows}
                value={draft[field.key]}
                onChange={(value) => update({ [field.key]: value })}
                t={t}
              />
            ))}
          </section>
        )}
        {draft.screen === 'talk' && (
          <section className="stack">
            <h2 id="step-heading" className="step-heading" tabIndex={-1} ref={heading}>
              {t('popup_talk_heading')}
            </h2>
            <p className="muted">{t('popup_talk_lead', draft.person.trim() || t('popup_them'))}</p>
            <TalkPlanner idPrefix="talk" plan={draft} quickTimes={quickTimes(Date.now(), t)} onChange={update} error={screenError} t={t} />
          </section>
        )}
        <div className="step-nav">
          {index > 0 ? (
            <Button onClick={() => goToScreen(checklistScreens[index - 1] ?? 'who')}>{t('ui_back')}</Button>
          ) : (
            <span />
          )}
          <Button type="submit" variant="primary" disabled={saving}>
            {draft.screen === 'talk' ? t('popup_save_plan') : t('ui_next')}
          </Button>
        </div>
      </form>
      <div className="row-between popup-footer">
        <p className="status-line" role="status">
          {undo ? t('popup_cleared') : state.saveError ? t('popup_draft_not_saved', state.saveError) : state.savedAt ? t('popup_draft_saved') : ''}
        </p>
        {undo ? (
          <Button variant="ghost" size="small" onClick={undo}>
            {t('ui_undo')}
          </Button>
        ) : (
          <Button variant="ghost" size="small" onClick={startOver}>
            {t('popup_start_over')}
          </Button>
        )}
      </div>
    </main>
  );
}

interface WhoScreenProps {
  draft: ChecklistDraft;
  update(patch: Partial<ChecklistDraft>): void;
  error?: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  t: Translate;
}

function WhoScreen({ draft, update, error, headingRef, t }: WhoScreenProps) {
  return (
    <section className="stack">
      <h2 id="step-heading" className="step-heading" tabIndex={-1} ref={headingRef}>
        {t('popup_who_heading')}
      </h2>
      <p className="muted">{t('popup_who_lead')}</p>
      <Field id="who-person" label={t('popup_who_person')} error={error}>
        <input
          id="who-person"
          type="text"
          autoComplete="off"
          maxLength={LIMITS.person}
          value={draft.person}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy('who-person', undefined, error)}
          onChange={(event) => update({ person: event.target.value })}
        />
      </Field>
      <Field id="who-relationship" label={t('popup_who_relationship')}>
        <select id="who-relationship" value={draft.relationship} onChange={(event) => update({ relationship: event.target.value as ChecklistDraft['relationship'] })}>
          {relationships.map((relationship) => (
            <option key={relationship} value={relationship}>
              {t(`popup_relationship_${relationship}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="who-when" label={t('popup_who_when')} hint={t('popup_who_when_hint')}>
        <input
          id="who-when"
          type="date"
          value={draft.incidentDate}
          max={new Date().toISOString().slice(0, 10)}
          aria-describedby={describedBy('who-when', true)}
          onChange={(event) => update({ incidentDate: event.target.value })}
        />
      </Field>
    </section>
  );
}
