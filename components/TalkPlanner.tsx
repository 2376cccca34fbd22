import { describedBy, Field } from './Field';
import type { Translate } from './translate';

export type TalkChannel = 'in-person' | 'call' | 'video';

export interface TalkPlan {
  channel: TalkChannel;
  /** A `datetime-local` value or "". */
  talkAt: string;
  where: string;
  whyNotInPerson: string;
}

export interface QuickTime {
  id: string;
  /** The `datetime-local` value the choice sets. */
  value: string;
  label: string;
}

interface TalkPlannerProps {
  idPrefix: string;
  plan: TalkPlan;
  quickTimes: readonly QuickTime[];
  onChange(patch: Partial<TalkPlan>): void;
  error?: string;
  t: Translate;
}

const channelKeys: Record<TalkChannel, string> = { 'in-person': 'popup_channel_in_person', call: 'popup_channel_call', video: 'popup_channel_video' };

/** When and where to talk: in person first (quick times or any date and time), or why not, with a call or video. */
export function TalkPlanner({ idPrefix, plan, quickTimes, onChange, error, t }: TalkPlannerProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const inPerson = plan.channel === 'in-person';
  return (
    <div className="stack">
      <fieldset>
        <legend>{t('popup_talk_how')}</legend>
        <div className="choice-row">
          {(Object.keys(channelKeys) as TalkChannel[]).map((channel) => (
            <label key={channel} className="radio">
              <input type="radio" name={id('channel')} value={channel} checked={plan.channel === channel} onChange={() => onChange({ channel })} />
              {t(channelKeys[channel])}
            </label>
          ))}
        </div>
      </fieldset>
      {!inPerson && (
        <Field id={id('why-not')} label={t('popup_talk_why_not')} hint={t('popup_talk_why_not_hint')}>
          <textarea
            id={id('why-not')}
            rows={2}
            value={plan.whyNotInPerson}
            aria-describedby={describedBy(id('why-not'), true)}
            onChange={(event) => onChange({ whyNotInPerson: event.target.value })}
          />
        </Field>
      )}
      {quickTimes.length > 0 && (
        <div className="stack" role="group" aria-label={t('popup_talk_quick_label')}>
          <p className="field-label" aria-hidden="true">
            {t('popup_talk_quick_label')}
          </p>
          <div className="choice-row">
            {quickTimes.map((choice) => (
              <button key={choice.id} type="button" className="chip" aria-pressed={plan.talkAt === choice.value} onClick={() => onChange({ talkAt: choice.value })}>
                {choice.label}
              </button>
            ))}
          </div>
        </div>
      )}
      <Field id={id('at')} label={t('popup_talk_when')} hint={t('popup_talk_when_hint')} error={error}>
        <input
          id={id('at')}
          type="datetime-local"
          value={plan.talkAt}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id('at'), true, error)}
          onChange={(event) => onChange({ talkAt: event.target.value })}
        />
      </Field>
      {inPerson && (
        <Field id={id('where')} label={t('popup_talk_where')}>
          <input id={id('where')} type="text" value={plan.where} maxLength={200} onChange={(event) => onChange({ where: event.target.value })} />
        </Field>
      )}
    </div>
  );
}
