import { normalizeHost } from '../../lib/settings/site-status';

/**
 * The site of the active tab, for pausing Amends there: web pages only. Extension pages, the browser's own pages and
 * files have no site to pause.
 */
export function siteOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.hostname ? normalizeHost(parsed.hostname) : undefined;
  } catch {
    return undefined;
  }
}
