import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SettingsPanel, type Shortcut } from '../../components/SettingsPanel';
import type { Translate } from '../../components/translate';
import { sites } from '../../lib/compose/sites';
import { sendToBackground } from '../../lib/messaging/client';
import { customHostOrigins, parseCustomHost } from '../../lib/settings/custom-host';
import type { Settings, SettingsPatch } from '../../lib/settings/settings-schema';
import type { Notice } from './notice';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const builtInSites = sites.map(({ id, name }) => ({ id, name }));

/** Shortcuts as the browser reports them (the user may have changed them); none when the API is missing. */
function useShortcuts(): Shortcut[] {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((commands) =>
        setShortcuts(
          commands
            // The browser's own entry for the toolbar button has no words of ours: only Amends' commands are listed.
            .filter((c) => c.name !== '_execute_action' && c.name !== '_execute_browser_action')
            .map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' })),
        ),
      )
      .catch(() => setShortcuts([]));
  }, []);
  return shortcuts;
}

export function SettingsView({ settings, t, onNotice }: { settings: Settings; t: Translate; onNotice(notice: Notice): void }) {
  const shortcuts = useShortcuts();
  const report = (action: () => Promise<unknown>, done: string) =>
    void action().then(
      () => onNotice({ text: done }),
      (error: unknown) => onNotice({ text: errorText(error), kind: 'error' }),
    );
  // Only the changed fields travel: the background owns settings and tells open tabs.
  const update = (patch: SettingsPatch) => report(() => sendToBackground('updateSettings', patch), t('options_settings_saved'));

  const addSite = (input: string) => {
    const host = parseCustomHost(input);
    if (!host) {
      onNotice({ text: t('options_sites_invalid', input.slice(0, 80)), kind: 'error' });
      return;
    }
    if (settings.customHosts.includes(host)) {
      onNotice({ text: t('options_sites_already', host) });
      return;
    }
    // Asked here, in the click: the browser only shows its permission prompt for a user gesture.
    report(async () => {
      const granted = await browser.permissions.request({ origins: customHostOrigins(host) });
      if (!granted) throw new Error(t('options_sites_refused', host));
      await sendToBackground('updateSettings', { customHosts: [...settings.customHosts, host] });
    }, t('options_sites_added', host));
  };

  const removeSite = (host: string) =>
    report(async () => {
      await sendToBackground('updateSettings', { customHosts: settings.customHosts.filter((h) => h !== host) });
      await browser.permissions.remove({ origins: customHostOrigins(host) });
    }, t('options_sites_removed', host));

  return (
    <SettingsPanel
      settings={settings}
      sites={builtInSites}
      shortcuts={shortcuts}
      t={t}
      onUpdate={update}
      onResumeHost={(host) => report(() => sendToBackground('setHostPaused', { host, paused: false }), t('options_sites_resumed', host))}
      onAddSite={addSite}
      onRemoveSite={removeSite}
    />
  );
}
