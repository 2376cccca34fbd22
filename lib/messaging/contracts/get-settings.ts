import { z } from 'zod/mini';
import { settingsSchema } from '../../settings/settings-schema';
import { defineContract, PAGES_ONLY } from '../contract';

/** Popup or options → background: the current settings, defaults filled in. */
export const getSettings = defineContract('getSettings', PAGES_ONLY, z.object({}), settingsSchema);
