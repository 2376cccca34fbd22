import { browser } from 'wxt/browser';
import type { AmendsDb } from '../../lib/db/amends-db';
import { adoptSettings } from '../../lib/db/settings-store';

/** Amends 0.1 kept settings (version 1) in storage.local under "settings", where content scripts could read them. */
const LEGACY_KEY = 'settings';

/** Moves them into the extension's IndexedDB once, then removes them from storage.local. */
export async function moveLegacySettings(db: AmendsDb): Promise<void> {
  const stored = await browser.storage.local.get(LEGACY_KEY);
  if (!(LEGACY_KEY in stored)) return;
  await adoptSettings(db, 1, stored[LEGACY_KEY]);
  await browser.storage.local.remove(LEGACY_KEY);
}
