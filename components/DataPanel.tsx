import { DELETE_CONFIRMATION } from '../lib/repairs/limits';
import { useId, useState } from 'react';

interface DataPanelProps {
  onExportJson(): void;
  onExportCsv(): void;
  onImport(file: File): void;
  onDeleteAll(): void;
  /** The outcome of the last action, e.g. "Imported 3 repairs" or a specific import error. */
  status?: { kind: 'ok' | 'error'; text: string };
}

const CONFIRM_PHRASE = DELETE_CONFIRMATION;

/** Export, import and erase: the user's data is theirs. Erasing asks them to type the phrase first. */
export function DataPanel({ onExportJson, onExportCsv, onImport, onDeleteAll, status }: DataPanelProps) {
  const [confirmText, setConfirmText] = useState('');
  const importId = useId();
  const confirmId = useId();
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p>
        <button type="button" onClick={onExportJson}>
          Export everything (JSON)
        </button>{' '}
        <button type="button" onClick={onExportCsv}>
          Export repairs (CSV)
        </button>
      </p>
      <p>
        <label htmlFor={importId}>Import an Amends export file</label>{' '}
        <input
          id={importId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onImport(file);
            event.target.value = '';
          }}
        />
      </p>
      <p>
        <label htmlFor={confirmId}>To erase every repair and follow-up, type “{CONFIRM_PHRASE}”</label>{' '}
        <input id={confirmId} value={confirmText} onChange={(event) => setConfirmText(event.target.value)} />{' '}
        <button
          type="button"
          disabled={confirmText.trim().toLowerCase() !== CONFIRM_PHRASE}
          onClick={() => {
            setConfirmText('');
            onDeleteAll();
          }}
        >
          Delete everything
        </button>
      </p>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={`data-status ${status.kind}`}>
          {status.text}
        </p>
      )}
    </section>
  );
}
