import { settingsSchema } from '../../settings/settings-schema';
import { defineContract } from '../contract';

/** Options → background: replace the settings; reminders are re-planned (quiet hours may have moved). */
export const saveSettings = defineContract('saveSettings', settingsSchema, settingsSchema);
