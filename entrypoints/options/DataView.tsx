import { useState } from 'react';
import { DataPanel } from '../../components/DataPanel';
import type { Translate } from '../../components/translate';
import { db } from '../../lib/db/amends-db';
import { exportFilename, exportJson } from '../../lib/db/export-data';
import { MAX_IMPORT_BYTES } from '../../lib/db/export-file';
import { exportRepairsCsv } from '../../lib/db/repairs-csv';
import { sendToBackground } from '../../lib/messaging/client';
import { DELETE_CONFIRMATION } from '../../lib/repairs/limits';
import { downloadFile } from '../../components/download-file';

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const megabytes = (bytes: number) => String(Math.ceil(bytes / 1024 / 1024));

export function DataView({ t }: { t: Translate }) {
  const [status, setStatus] = useState<Status>();
  const report = async (action: () => Promise<string>) => {
    try {
      setStatus({ kind: 'ok', text: await action() });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };
  return (
    <DataPanel
      t={t}
      status={status}
      onExportJson={() =>
        void report(async () => {
          const now = Date.now();
          downloadFile(exportFilename(now), await exportJson(db, now), 'application/json');
          return t('options_data_exported');
        })
      }
      onExportCsv={() =>
        void report(async () => {
          downloadFile('amends-repairs.csv', await exportRepairsCsv(db), 'text/csv');
          return t('options_data_exported_csv');
        })
      }
      onImport={(file) =>
        void report(async () => {
          // Refused on its size before a byte is read: a huge file never reaches memory.
          if (file.size > MAX_IMPORT_BYTES) throw new Error(t('options_data_too_big', [megabytes(file.size), megabytes(MAX_IMPORT_BYTES)]));
          const result = await sendToBackground('importData', { text: await file.text() });
          return [
            t('options_data_imported', [String(result.repairs), String(result.followUps)]),
            result.settings ? t('options_data_imported_settings') : '',
            result.keptNewer > 0 ? t('options_data_kept_newer', String(result.keptNewer)) : '',
          ]
            .filter(Boolean)
            .join(' ');
        })
      }
      onDeleteAll={() =>
        void report(async () => {
          await sendToBackground('deleteAllData', { confirm: DELETE_CONFIRMATION });
          return t('options_data_deleted');
        })
      }
    />
  );
}
