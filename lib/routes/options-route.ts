/**
 * The options page's routes, built and parsed here only (popup, options, background and notifications all use this).
 * Ids and person keys are percent-encoded, so "%", "/" and "#" in them survive the trip.
 */
export type OptionsRoute =
  | { page: 'repairs' }
  | { page: 'repair'; id: string }
  | { page: 'person'; key: string }
  | { page: 'insights' }
  | { page: 'settings' }
  | { page: 'data' }
  | { page: 'welcome' }
  | { page: 'due' };

const SIMPLE_PAGES = ['repairs', 'insights', 'settings', 'data', 'welcome', 'due'] as const;

/** `#/repair/<id>` and the like: the hash for a route. */
export function optionsHash(route: OptionsRoute): string {
  switch (route.page) {
    case 'repair':
      return `#/repair/${encodeURIComponent(route.id)}`;
    case 'person':
      return `#/person/${encodeURIComponent(route.key)}`;
    default:
      return `#/${route.page}`;
  }
}

/** The path to give browser.runtime.getURL. */
export const optionsPath = (route: OptionsRoute) => `/options.html${optionsHash(route)}`;
export const repairPath = (id: string) => optionsPath({ page: 'repair', id });

/** Any hash to a route; what cannot be read (bad encoding, unknown page) is the timeline, never an exception. */
export function parseOptionsHash(hash: string): OptionsRoute {
  const parts = /^#\/([a-z]+)(?:\/(.+))?$/.exec(hash);
  if (!parts) return { page: 'repairs' };
  const [, page, rest] = parts;
  if (rest !== undefined) {
    const value = safeDecode(rest);
    if (value === undefined || value === '') return { page: 'repairs' };
    if (page === 'repair') return { page: 'repair', id: value };
    if (page === 'person') return { page: 'person', key: value };
    return { page: 'repairs' };
  }
  return (SIMPLE_PAGES as readonly string[]).includes(page ?? '') ? { page: page as (typeof SIMPLE_PAGES)[number] } : { page: 'repairs' };
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
