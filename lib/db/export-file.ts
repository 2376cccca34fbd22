import { z } from 'zod/mini';
import { followUpSchema, repairSchema, timestampSchema } from '../repairs/schemas';

export const EXPORT_FORMAT = 'amends-export';
export const EXPORT_VERSION = 1;

/** The one file "export everything" writes and "import" reads. Bump the version when its shape changes. */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: timestampSchema,
  repairs: z.array(repairSchema),
  followUps: z.array(followUpSchema),
});

export type ExportFile = z.output<typeof exportFileSchema>;
