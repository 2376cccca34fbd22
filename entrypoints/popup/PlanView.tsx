import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { describedBy, Field } from '../../components/Field';
import { TalkPlanner, type TalkPlan } from '../../components/TalkPlanner';
import type { Translate } from '../../components/translate';
import { db } from '../../lib/db/amends-db';
import { getRepair } from '../../lib/db/repair-queries';
import { talkChannels, talkNotes, talkTimeOf, type TalkChannel } from '../../lib/repairs/checklist-draft';
import { LIMITS } from '../../lib/repairs/limits';
import { toDateTimeLocal } from '../../lib/repairs/local-time';
import { stepsToPrepare } from '../../lib/repairs/prepare-missing';
import type { AmendsStep } from '../../lib/repairs/five-steps';
import { changesFromPreparedSteps } from '../../lib/repairs/prepared-steps';
import type { Repair, RepairChanges } from '../../lib/repairs/schemas';
import { stepIds, stepKey } from './checklist-steps';
import { problemKeys } from './ChecklistView';
import { quickTimes } from './quick-times';
import { StepTextField } from './StepTextField';

export interface PlannedTalk {
  person: string;
  at: number;
  channel: TalkChannel;
  /** Where, or why not in person, for the repair's notes. */
  talkNotes: string;
  /** What the user wrote for the steps to prepare. */
  prepared: RepairChanges;
}

interface PlanViewProps {
  repairId: string;
  /** Plans the talk of an existing repair; resolves to the repair as saved. */
  onSave(repair: Repair, plan: PlannedTalk): Promise<Repair>;
  onSaved(repair: Repair): void;
  t: Translate;
}

/**
 * Planning the talk for a repair that already exists (the nudge's "Plan the talk" opens it): the person prefilled, the
 * parts the message lacked as the steps to prepare, then when and where to talk.
 */
export function PlanView({ repairId, onSave, onSaved, t }: PlanViewProps) {
  const found = useLiveQuery(async () => ({ repair: await getRepair(db, repairId) }), [repairId]);
  if (!found) return null;
  if (!found.repair) {
    return (
      <main className="popup">
        <h1>{t('popup_plan_heading_generic')}</h1>
        <p className="note note-error" role="alert">
          {t('popup_plan_missing')}
        </p>
      </main>
    );
  }
  return <PlanForm repair={found.repair} onSave={onSave} onSaved={onSaved} t={t} />;
}

function PlanForm({ repair, onSave, onSaved, t }: Omit<PlanViewProps, 'repairId'> & { repair: Repair }) {
  const [person, setPerson] = useState(repair.person);
  const [plan, setPlan] = useState<TalkPlan>({
    channel: (talkChannels as readonly string[]).includes(repair.channel) ? (repair.channel as TalkChannel) : 'in-person',
    talkAt: repair.plannedTalkAt === undefined ? '' : toDateTimeLocal(repair.plannedTalkAt),
    where: '',
    whyNotInPerson: '',
  });
  const [error, setError] = useState<{ field: 'person' | 'talk' | 'save'; text: string }>();
  const [saving, setSaving] = useState(false);
  const [written, setWritten] = useState<Partial<Record<AmendsStep['id'], string>>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const toPrepare = stepsToPrepare(repair.componentsMissing, stepIds);

  const save = async () => {
    if (!person.trim()) return setError({ field: 'person', text: t(problemKeys['no-person']) });
    const talk = talkTimeOf(plan, Date.now());
    if (!talk.ok) return setError({ field: 'talk', text: t(problemKeys[talk.problem]) });
    if (talk.at === undefined) return setError({ field: 'talk', text: t('popup_problem_talk_missing') });
    setError(undefined);
    setSaving(true);
    try {
      const labels = { opening: '', checkIn: '', where: t('popup_note_where'), whyNotInPerson: t('popup_note_why_not') };
      const prepared = changesFromPreparedSteps(repair, written, { opening: t('popup_note_opening'), checkIn: t('popup_note_check_in') });
      onSaved(await onSave(repair, { person: person.trim(), at: talk.at, channel: plan.channel, talkNotes: talkNotes(plan, labels).join('\n\n'), prepared }));
    } catch (failure) {
      setError({ field: 'save', text: t('popup_save_failed', failure instanceof Error ? failure.message : String(failure)) });
      setSaving(false);
    }
  };

  return (
    <main className="popup">
      <header className="popup-header">
        <h1 tabIndex={-1} ref={heading} className="step-heading">
          {t('popup_plan_heading', repair.person)}
        </h1>
      </header>
      <form
        className="stack-lg"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field id="plan-person" label={t('popup_who_person')} error={error?.field === 'person' ? error.text : undefined}>
          <input
            id="plan-person"
            type="text"
            maxLength={LIMITS.person}
            value={person}
            aria-describedby={describedBy('plan-person', undefined, error?.field === 'person')}
            onChange={(event) => setPerson(event.target.value)}
          />
        </Field>
        <section className="stack" aria-labelledby="prepare-heading">
          <h2 id="prepare-heading">{t('popup_plan_prepare_heading')}</h2>
          {toPrepare.length === 0 ? (
            <p className="muted">{t('popup_plan_prepare_none')}</p>
          ) : (
            <>
              <p className="muted">{t('popup_plan_prepare_lead')}</p>
              {toPrepare.map((id) => (
                <div key={id} className="stack prepare-step">
                  <h3>{t(stepKey(id, 'title'))}</h3>
                  <p className="muted">{t(stepKey(id, 'prompt'))}</p>
                  <StepTextField
                    id={`prepare-${id}`}
                    label={t('popup_plan_step_notes', t(stepKey(id, 'title')))}
                    coached={id === 'admit' || id === 'say-you-want-to-repair'}
                    rows={3}
                    value={written[id] ?? ''}
                    onChange={(value) => setWritten((current) => ({ ...current, [id]: value }))}
                    t={t}
                  />
                </div>
              ))}
            </>
          )}
        </section>
        <section className="stack" aria-labelledby="talk-heading">
          <h2 id="talk-heading">{t('popup_talk_heading')}</h2>
          <TalkPlanner
            idPrefix="plan"
            plan={plan}
            quickTimes={quickTimes(Date.now(), t)}
            onChange={(patch) => setPlan((current) => ({ ...current, ...patch }))}
            error={error?.field === 'talk' ? error.text : undefined}
            t={t}
          />
        </section>
        {error?.field === 'save' && (
          <p className="note note-error" role="alert">
            {error.text}
          </p>
        )}
        <Button type="submit" variant="primary" block disabled={saving}>
          {t('popup_save_plan')}
        </Button>
      </form>
    </main>
  );
}
