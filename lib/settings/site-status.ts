import { siteForHost } from '../compose/compose-box-filter';
import type { Settings } from './settings-schema';

/** Hosts are compared the way DNS does: case does not matter. */
export const normalizeHost = (host: string) => host.trim().toLowerCase().replace(/\.$/, '');

/** Whether the nudge may run on this host: nudges on, the host not paused, and its built-in site not switched off. */
export function isHostActive(settings: Settings, host: string): boolean {
  if (!settings.nudgesEnabled) return false;
  const normalized = normalizeHost(host);
  if (settings.pausedHosts.includes(normalized)) return false;
  const site = siteForHost(normalized);
  return !(site && settings.disabledSites.includes(site.id));
}

/** Adds or removes one host; the rest of the list is kept as it is. */
export function withHostPaused(settings: Settings, host: string, paused: boolean): Settings {
  const normalized = normalizeHost(host);
  const others = settings.pausedHosts.filter((h) => h !== normalized);
  return { ...settings, pausedHosts: paused ? [...others, normalized] : others };
}
