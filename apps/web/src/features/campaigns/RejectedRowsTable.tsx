import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rejectedRowsPage, type RejectedImportRow } from './paper-import';

const PAGE_SIZE = 25;

/** The refused rows of an import report (line, column, reason), a page at a time; any import uses it. */
export function RejectedRowsTable({ rejected }: { rejected: readonly RejectedImportRow[] }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  if (rejected.length === 0) return null;
  const view = rejectedRowsPage(rejected, page, PAGE_SIZE);
  return (
    <>
      <h3>{t('import.rejectedTitle')}</h3>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption className="visually-hidden">{t('import.rejectedTitle')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('import.line')}
              </th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row, i) => (
              <tr key={`${row.line}-${row.column ?? ''}-${i}`}>
                <td className="num">{row.line}</td>
                <td>
                  <span className="code">{row.column ?? t('common.none')}</span>
                </td>
                <td>{row.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.pageCount > 1 && (
        <nav className="pager" aria-label={t('import.rejectedTitle')}>
          <button type="button" disabled={view.page === 0} onClick={() => setPage(view.page - 1)}>
            {t('common.previous')}
          </button>
          <span>{t('common.pageOf', { from: view.from, to: view.to, total: view.total })}</span>
          <button type="button" disabled={view.page >= view.pageCount - 1} onClick={() => setPage(view.page + 1)}>
            {t('common.next')}
          </button>
        </nav>
      )}
    </>
  );
}
