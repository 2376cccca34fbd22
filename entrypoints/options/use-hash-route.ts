import { useSyncExternalStore } from 'react';

export type Route = { page: 'repairs' } | { page: 'repair'; id: string } | { page: 'due' };

/** `#/repair/ID` (where notifications land), `#/due`, or the timeline. */
export function parseRoute(hash: string): Route {
  const repair = /^#\/repair\/([^/]+)$/.exec(hash);
  if (repair?.[1]) return { page: 'repair', id: decodeURIComponent(repair[1]) };
  if (hash === '#/due') return { page: 'due' };
  return { page: 'repairs' };
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
