import { storage } from 'wxt/utils/storage';

/** Everything that came due up to this time has been announced. Survives the service worker stopping. */
export const reminderCursor = storage.defineItem<number | null>('local:reminderCursor', { fallback: null });
