import { useSyncExternalStore } from 'react';
import { parsePopupHash, popupHash, type PopupRoute } from '../../lib/routes/popup-route';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function usePopupRoute(): PopupRoute {
  return parsePopupHash(useSyncExternalStore(subscribe, () => window.location.hash));
}

export function goTo(route: PopupRoute): void {
  window.location.hash = popupHash(route);
}
