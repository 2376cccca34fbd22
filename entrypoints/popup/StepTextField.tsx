import { useDeferredValue, useEffect, useState } from 'react';
import { CoachingNotes } from '../../components/CoachingNotes';
import { describedBy, Field } from '../../components/Field';
import type { Translate } from '../../components/translate';
import { LIMITS } from '../../lib/repairs/limits';
import { coachingFor, loadAnalysis, type Analyze } from './coaching';

interface StepTextFieldProps {
  id: string;
  label: string;
  hint?: string;
  placeholder?: string;
  /** Read by the same analysis as the nudge while the user writes, with deflections pointed out beside it. */
  coached?: boolean;
  rows: number;
  value: string;
  onChange(value: string): void;
  t: Translate;
}

/** A step's notes field, with coaching beside it for the opening and the admission. */
export function StepTextField({ id, label, hint, placeholder, coached, rows, value, onChange, t }: StepTextFieldProps) {
  // The analysis runs on a deferred copy, so typing never waits for it.
  const deferred = useDeferredValue(value);
  const [analyze, setAnalyze] = useState<Analyze>();
  useEffect(() => {
    if (coached) void loadAnalysis().then((loaded) => setAnalyze(() => loaded));
  }, [coached]);
  const coaching = coached && analyze ? coachingFor(deferred, t, analyze) : undefined;
  const coachingId = `${id}-coaching`;
  return (
    <div className="stack">
      <Field id={id} label={label} hint={hint}>
        <textarea
          id={id}
          rows={rows}
          maxLength={LIMITS.longText}
          value={value}
          placeholder={placeholder}
          aria-describedby={[describedBy(id, hint), coaching ? coachingId : ''].filter(Boolean).join(' ') || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      </Field>
      {coaching && <CoachingNotes id={coachingId} notes={coaching.notes} praise={coaching.owned ? t('popup_coaching_praise') : undefined} t={t} />}
    </div>
  );
}
