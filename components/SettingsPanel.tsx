import { useId, useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '../lib/settings/settings-schema';
import { SiteSwitches } from './SiteSwitches';
import type { Translate } from './translate';

export interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

interface SettingsPanelProps {
  settings: Settings;
  sites: ReadonlyArray<{ id: string; name: string }>;
  shortcuts: readonly Shortcut[];
  onUpdate(patch: SettingsPatch): void;
  onResumeHost(host: string): void;
  onAddSite(host: string): void;
  onRemoveSite(host: string): void;
  t: Translate;
}

/** Days as the user types them ("1, 3, 7") to the list settings keep; undefined when one is not a day from 1 to 365. */
export function parseCheckInDays(text: string): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 10) return undefined;
  const days = parts.map(Number);
  return days.every((d) => Number.isInteger(d) && d >= 1 && d <= 365) ? [...new Set(days)].sort((a, b) => a - b) : undefined;
}

/** Every setting in view, grouped as people think of them; each change is saved at once and reaches open tabs. */
export function SettingsPanel({ settings, sites, shortcuts, onUpdate, onResumeHost, onAddSite, onRemoveSite, t }: SettingsPanelProps) {
  const id = useId();
  return (
    <section className="view settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('options_settings_heading')}</h2>
      <p className="lead">{t('options_settings_lead')}</p>

      <Card title={t('options_settings_nudges')}>
        <Toggle label={t('options_setting_nudges')} checked={settings.nudgesEnabled} onChange={(nudgesEnabled) => onUpdate({ nudgesEnabled })} />
        <fieldset className="choices">
          <legend>{t('options_setting_sensitivity')}</legend>
          {(['all', 'serious'] as const).map((value) => (
            <label key={value} className="choice">
              <input type="radio" name={`${id}-sensitivity`} checked={settings.sensitivity === value} onChange={() => onUpdate({ sensitivity: value })} />
              {t(`options_sensitivity_${value}`)}
            </label>
          ))}
        </fieldset>
        <Toggle
          label={t('options_setting_in_person')}
          hint={t('options_setting_in_person_hint')}
          checked={settings.inPersonReminder}
          onChange={(inPersonReminder) => onUpdate({ inPersonReminder })}
        />
      </Card>

      <Card title={t('options_settings_sites')}>
        <p className="hint">{t('options_sites_hint')}</p>
        <SiteSwitches
          sites={sites}
          disabledSites={settings.disabledSites}
          t={t}
          onToggle={(siteId, enabled) =>
            onUpdate({ disabledSites: enabled ? settings.disabledSites.filter((s) => s !== siteId) : [...settings.disabledSites, siteId] })
          }
        />
        <h4>{t('options_sites_custom')}</h4>
        {settings.customHosts.length === 0 ? (
          <p className="empty">{t('options_sites_custom_empty')}</p>
        ) : (
          <ul className="plain-list" aria-label={t('options_sites_custom')}>
            {settings.customHosts.map((host) => (
              <li key={host} className="row">
                <span className="host">{host}</span>
                <button type="button" className="button quiet" onClick={() => onRemoveSite(host)}>
                  {t('options_sites_remove', host)}
                </button>
              </li>
            ))}
          </ul>
        )}
        <AddSite onAdd={onAddSite} t={t} />
        {settings.pausedHosts.length > 0 && (
          <>
            <h4>{t('options_sites_paused')}</h4>
            <ul className="plain-list" aria-label={t('options_sites_paused_list')}>
              {settings.pausedHosts.map((host) => (
                <li key={host} className="row">
                  <span className="host">{host}</span>
                  <button type="button" className="button quiet" onClick={() => onResumeHost(host)}>
                    {t('options_sites_resume', host)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>

      <Card title={t('options_settings_followups')}>
        <CheckInDays days={settings.checkInDays} onSave={(checkInDays) => onUpdate({ checkInDays })} t={t} />
        <NumberField
          label={t('options_setting_talk_reminder')}
          value={settings.talkReminderMinutes}
          min={0}
          max={7 * 24 * 60}
          onSave={(talkReminderMinutes) => onUpdate({ talkReminderMinutes })}
        />
        <Toggle
          label={t('options_setting_quiet_hours')}
          hint={t('options_setting_quiet_hours_hint')}
          checked={settings.quietHours.enabled}
          onChange={(enabled) => onUpdate({ quietHours: { ...settings.quietHours, enabled } })}
        />
        <div className="row">
          <TimeField label={t('options_setting_quiet_from')} value={settings.quietHours.start} onSave={(start) => onUpdate({ quietHours: { ...settings.quietHours, start } })} />
          <TimeField label={t('options_setting_quiet_to')} value={settings.quietHours.end} onSave={(end) => onUpdate({ quietHours: { ...settings.quietHours, end } })} />
        </div>
      </Card>

      <Card title={t('options_settings_privacy')}>
        <Toggle
          label={t('options_setting_excerpts')}
          hint={t('options_setting_excerpts_hint')}
          checked={settings.storeExcerpts}
          onChange={(storeExcerpts) => onUpdate({ storeExcerpts })}
        />
      </Card>

      <Card title={t('options_settings_shortcut')}>
        {shortcuts.length === 0 ? (
          <p className="empty">{t('options_shortcut_none')}</p>
        ) : (
          <ul className="plain-list">
            {shortcuts.map((s) => (
              <li key={s.name}>
                {s.description || s.name}: {s.shortcut ? <kbd>{s.shortcut}</kbd> : t('options_shortcut_unset')}
              </li>
            ))}
          </ul>
        )}
        <p className="hint">{t('options_shortcut_hint')}</p>
      </Card>
    </section>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function Toggle({ label, hint, checked, onChange }: { label: string; hint?: string; checked: boolean; onChange(value: boolean): void }) {
  const id = useId();
  return (
    <div className="toggle">
      <label className="switch">
        <input type="checkbox" role="switch" checked={checked} aria-describedby={hint ? id : undefined} onChange={(event) => onChange(event.target.checked)} />
        <span>{label}</span>
      </label>
      {hint && (
        <p id={id} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

function CheckInDays({ days, onSave, t }: { days: readonly number[]; onSave(days: number[]): void; t: Translate }) {
  const id = useId();
  const shown = days.join(', ');
  const [text, setText] = useState(shown);
  const [was, setWas] = useState(shown);
  const [error, setError] = useState('');
  if (was !== shown) {
    setWas(shown);
    setText(shown);
  }
  const save = () => {
    const parsed = parseCheckInDays(text);
    if (!parsed) {
      setError(t('options_setting_check_in_days_error'));
      return;
    }
    setError('');
    if (parsed.join(', ') !== shown) onSave(parsed);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('options_setting_check_in_days')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('options_setting_check_in_days_hint')}
      </p>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={text}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') save();
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function NumberField({ label, value, min, max, onSave }: { label: string; value: number; min: number; max: number; onSave(value: number): void }) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [was, setWas] = useState(value);
  if (was !== value) {
    setWas(value);
    setText(String(value));
  }
  const save = () => {
    const n = Number(text);
    if (Number.isInteger(n) && n >= min && n <= max && n !== value) onSave(n);
    else setText(String(value));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" min={min} max={max} value={text} onChange={(event) => setText(event.target.value)} onBlur={save} onKeyDown={(event) => event.key === 'Enter' && save()} />
    </div>
  );
}

function TimeField({ label, value, onSave }: { label: string; value: string; onSave(value: string): void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="time" value={value} onChange={(event) => /^\d{2}:\d{2}$/.test(event.target.value) && onSave(event.target.value)} />
    </div>
  );
}

function AddSite({ onAdd, t }: { onAdd(host: string): void; t: Translate }) {
  const id = useId();
  const [host, setHost] = useState('');
  return (
    <form
      className="row"
      onSubmit={(event) => {
        event.preventDefault();
        if (host.trim()) onAdd(host.trim());
        setHost('');
      }}
    >
      <div className="field grow">
        <label htmlFor={id}>{t('options_sites_add_label')}</label>
        <input id={id} type="text" value={host} placeholder="chat.example.com" autoComplete="off" onChange={(event) => setHost(event.target.value)} />
      </div>
      <button type="submit" className="button">
        {t('options_sites_add')}
      </button>
    </form>
  );
}
