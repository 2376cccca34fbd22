/**
 * The popup's routes. The popup also opens in a tab (from the nudge's "Plan the talk"), at `popup.html#/plan/<id>`:
 * the same planning view, for a repair that already exists.
 */
export type PopupRoute = { page: 'home' } | { page: 'prepare' } | { page: 'plan'; repairId: string };

export function popupHash(route: PopupRoute): string {
  if (route.page === 'plan') return `#/plan/${encodeURIComponent(route.repairId)}`;
  return route.page === 'prepare' ? '#/prepare' : '#/';
}

export const popupPath = (route: PopupRoute) => `/popup.html${popupHash(route)}`;

export function parsePopupHash(hash: string): PopupRoute {
  if (hash === '#/prepare') return { page: 'prepare' };
  const plan = /^#\/plan\/(.+)$/.exec(hash);
  if (plan?.[1]) {
    try {
      return { page: 'plan', repairId: decodeURIComponent(plan[1]) };
    } catch {
      return { page: 'home' };
    }
  }
  return { page: 'home' };
}
