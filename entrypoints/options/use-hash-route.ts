import { useSyncExternalStore } from 'react';
import { parseOptionsHash, type OptionsRoute } from '../../lib/routes/options-route';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useHashRoute(): OptionsRoute {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseOptionsHash(hash);
}
