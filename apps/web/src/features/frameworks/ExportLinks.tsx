import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadWithToken } from '../../app/download';
import { exportUrl } from './framework-draft';

/** Downloads of a framework version: our CSV/XLSX (every language) and Moodle's CSV (this language). */
export function ExportLinks({ id, code }: { id: string; code: string }) {
  const { t, i18n } = useTranslation();
  const [failed, setFailed] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const get = (type: 'csv' | 'xlsx', format: 'ruamsang' | 'moodle') => {
    setWorking(true);
    setFailed(null);
    downloadWithToken(exportUrl(id, type, format, format === 'moodle' ? i18n.language : undefined), { headers: { 'accept-language': i18n.language }, fallbackName: `${code}.${type}` })
      .catch((error: unknown) => setFailed(error instanceof Error ? error.message : t('common.error')))
      .finally(() => setWorking(false));
  };
  return (
    <section className="card" aria-labelledby="fw-export-title">
      <h2 id="fw-export-title">{t('frameworkEditor.exportTitle')}</h2>
      <p className="hint">{t('frameworkEditor.exportHint')}</p>
      <div className="actions export-actions">
        <button type="button" disabled={working} onClick={() => get('csv', 'ruamsang')}>
          {t('frameworkEditor.exportCsv')}
        </button>
        <button type="button" disabled={working} onClick={() => get('xlsx', 'ruamsang')}>
          {t('frameworkEditor.exportXlsx')}
        </button>
        <button type="button" disabled={working} onClick={() => get('csv', 'moodle')}>
          {t('frameworkEditor.exportMoodle')}
        </button>
      </div>
      {failed && (
        <p className="warning" role="alert">
          {failed}
        </p>
      )}
    </section>
  );
}
