import { z } from 'zod/mini';
import { LIMITS } from '../repairs/limits';
import { followUpSchema, repairSchema, timestampSchema } from '../repairs/schemas';

export const EXPORT_FORMAT = 'amends-export';
export const EXPORT_VERSION = 1;

/** The largest file import reads (LIMITS.importBytes); checked on the file's size before a byte of it is read. */
export const MAX_IMPORT_BYTES = LIMITS.importBytes;

/**
 * The one file "export everything" writes and "import" reads. Bump the version when its shape changes.
 * `settings` (with the settings version it was written under) was added without a bump: older files simply have none,
 * and importing them leaves settings as they are.
 */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: timestampSchema,
  repairs: z.array(repairSchema),
  followUps: z.array(followUpSchema),
  settingsVersion: z.optional(z.number()),
  settings: z.optional(z.unknown()),
});

export type ExportFile = z.output<typeof exportFileSchema>;
