import type { SettingsMigration } from './migration';

/**
 * Version 1 (Amends 0.1, kept in storage.local) → 2. Version 1 stored hosts as they came, so "Mail.Google.com" and
 * "mail.google.com" could both be there; hosts are now compared lower-case, once each. Check-in days are kept in order,
 * once each. Fields that version 2 added take their defaults when parsed.
 */
export const fromV1: SettingsMigration = {
  from: 1,
  migrate(value) {
    if (typeof value !== 'object' || value === null) return value;
    const old = value as Record<string, unknown>;
    const next: Record<string, unknown> = { ...old };
    if (Array.isArray(old.pausedHosts)) {
      next.pausedHosts = [...new Set(old.pausedHosts.map((host) => (typeof host === 'string' ? host.toLowerCase() : host)))];
    }
    if (Array.isArray(old.checkInDays)) {
      next.checkInDays = [...new Set(old.checkInDays)].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : 0));
    }
    return next;
  },
};
