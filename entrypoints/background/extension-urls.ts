import { browser } from 'wxt/browser';
import { optionsPath, repairPath, type OptionsRoute } from '../../lib/routes/options-route';
import { popupPath, type PopupRoute } from '../../lib/routes/popup-route';

export const optionsPageUrl = (route: OptionsRoute) => browser.runtime.getURL(optionsPath(route) as '/options.html');
export const repairPageUrl = (repairId: string) => browser.runtime.getURL(repairPath(repairId) as '/options.html');
export const popupPageUrl = (route: PopupRoute) => browser.runtime.getURL(popupPath(route) as '/popup.html');
export const notificationIconUrl = () => browser.runtime.getURL('/icon/128.png');
