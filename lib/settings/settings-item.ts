import { storage } from 'wxt/utils/storage';
import { defaultSettings, settingsSchema, type Settings } from './settings-schema';

/** Raw stored value; read through loadSettings so bad or old data never reaches callers. */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: defaultSettings,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  const parsed = settingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : defaultSettings;
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(next));
}

export function isHostPaused(settings: Settings, host: string): boolean {
  return !settings.nudgesEnabled || settings.pausedHosts.includes(host);
}
