import { settingsPatchSchema, settingsSchema } from '../../settings/settings-schema';
import { defineContract, PAGES_ONLY } from '../contract';

/**
 * Options or popup → background: change some settings; the fields not named keep their stored value (never the
 * page's possibly stale copy). The one write path for settings; reminders are re-planned and open tabs told.
 */
export const updateSettings = defineContract('updateSettings', PAGES_ONLY, settingsPatchSchema, settingsSchema);
