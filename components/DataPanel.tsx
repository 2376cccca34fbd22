import { useId, useState } from 'react';
import { DELETE_CONFIRMATION } from '../lib/repairs/limits';
import type { Translate } from './translate';

interface DataPanelProps {
  onExportJson(): void;
  onExportCsv(): void;
  onImport(file: File): void;
  onDeleteAll(): void;
  /** The outcome of the last action: an import's summary or its error in plain words. */
  status?: { kind: 'ok' | 'error'; text: string };
  t: Translate;
}

/** Export, import and erase: the user's data is theirs. Erasing asks them to type the phrase first. */
export function DataPanel({ onExportJson, onExportCsv, onImport, onDeleteAll, status, t }: DataPanelProps) {
  const [confirmText, setConfirmText] = useState('');
  const importId = useId();
  const confirmId = useId();
  return (
    <section className="view" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('options_data_heading')}</h2>
      <p className="lead">{t('options_data_lead')}</p>
      <section className="card" aria-labelledby={`${importId}-export`}>
        <h3 id={`${importId}-export`}>{t('options_data_export')}</h3>
        <p className="hint">{t('options_data_export_hint')}</p>
        <div className="row">
          <button type="button" className="button primary" onClick={onExportJson}>
            {t('options_data_export_json')}
          </button>
          <button type="button" className="button" onClick={onExportCsv}>
            {t('options_data_export_csv')}
          </button>
        </div>
      </section>
      <section className="card" aria-labelledby={`${importId}-import`}>
        <h3 id={`${importId}-import`}>{t('options_data_import')}</h3>
        <div className="field">
          <label htmlFor={importId}>{t('options_data_import_label')}</label>
          <p className="hint">{t('options_data_import_hint')}</p>
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
        </div>
      </section>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={`notice ${status.kind}`}>
          {status.text}
        </p>
      )}
      <section className="card danger-zone" aria-labelledby={`${confirmId}-delete`}>
        <h3 id={`${confirmId}-delete`}>{t('options_data_delete')}</h3>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (confirmText.trim().toLowerCase() !== DELETE_CONFIRMATION) return;
            setConfirmText('');
            onDeleteAll();
          }}
        >
          <div className="field">
            <label htmlFor={confirmId}>{t('options_data_delete_label', DELETE_CONFIRMATION)}</label>
            <input id={confirmId} value={confirmText} autoComplete="off" onChange={(event) => setConfirmText(event.target.value)} />
          </div>
          <button type="submit" className="button danger" disabled={confirmText.trim().toLowerCase() !== DELETE_CONFIRMATION}>
            {t('options_data_delete_button')}
          </button>
        </form>
      </section>
    </section>
  );
}
