import { useEffect, useState } from 'react';
import { AppShell } from '../../components/AppShell';
import { defaultSettings, type Settings } from '../../lib/settings/settings-schema';
import { loadSettings, saveSettings } from '../../lib/settings/settings-item';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  const update = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    void saveSettings(next);
  };
  return (
    <AppShell title="Amends" subtitle="Your repairs, your settings and your data. Everything stays on this device.">
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <label>
          <input
            type="checkbox"
            checked={settings.nudgesEnabled}
            onChange={(event) => update({ nudgesEnabled: event.target.checked })}
          />{' '}
          Show nudges while I write an apology
        </label>
        <br />
        <label>
          <input
            type="checkbox"
            checked={settings.storeExcerpts}
            onChange={(event) => update({ storeExcerpts: event.target.checked })}
          />{' '}
          Keep an excerpt of the message with each logged repair
        </label>
      </section>
    </AppShell>
  );
}
