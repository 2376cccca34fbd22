import { sites, type Site } from './sites';

/** The site entry for a host, if Amends knows the site. */
export function siteForHost(host: string): Site | undefined {
  return sites.find((site) =>
    site.matches.some((pattern) => {
      const patternHost = new URL(pattern.replace('*', 'x')).hostname;
      return host === patternHost;
    }),
  );
}

/**
 * On a known site only its compose boxes count (not search fields or comments);
 * anywhere else, any editable the user writes in does.
 */
export function isComposeBox(root: HTMLElement, site: Site | undefined): boolean {
  if (!site) return true;
  return site.composeSelectors.some((selector) => root.matches(selector) || root.closest(selector) !== null);
}
