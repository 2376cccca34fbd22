import { browser } from 'wxt/browser';
import { customHostOrigins as originsOf } from '../../lib/settings/custom-host';
import { normalizeHost } from '../../lib/settings/site-status';

/** Registered content scripts for sites the user added carry this prefix, so ours are told apart. */
const SCRIPT_PREFIX = 'amends-custom:';

/** The built content script (entrypoints/compose.content), as WXT names it in the build. */
export const COMPOSE_SCRIPT_FILE = 'content-scripts/compose.js';


/**
 * Brings the registered content scripts in line with the sites the user added: one script per host they granted,
 * none for a host they removed. Runs on every wake-up and after every settings change, so a missed event heals.
 */
export async function syncCustomSiteScripts(customHosts: readonly string[]): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return;
  const wanted = new Map(customHosts.map((host) => [SCRIPT_PREFIX + normalizeHost(host), normalizeHost(host)]));
  const registered = (await scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(SCRIPT_PREFIX));
  const stale = registered.filter((script) => !wanted.has(script.id)).map((script) => script.id);
  if (stale.length > 0) await scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(registered.map((script) => script.id));
  for (const [id, host] of wanted) {
    if (have.has(id)) continue;
    // Without the permission (refused, or revoked in the browser's settings) there is nothing to register.
    if (!(await browser.permissions.contains({ origins: originsOf(host) }))) continue;
    await scripting.registerContentScripts([
      { id, matches: originsOf(host), js: [COMPOSE_SCRIPT_FILE], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
}

/** Part of deleting everything: the browser forgets the sites the user added, too. */
export async function revokeCustomSites(customHosts: readonly string[]): Promise<void> {
  if (customHosts.length === 0) return;
  await browser.permissions.remove({ origins: customHosts.flatMap(originsOf) });
  await syncCustomSiteScripts([]);
}
