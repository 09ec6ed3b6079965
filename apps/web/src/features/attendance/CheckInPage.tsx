import { useMutation } from '@apollo/client/react';
import type { Locale } from '@ruamsang/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { useOnline } from '../../app/offline';
import { CHECK_IN } from './operations';
import { dayAsDate } from './roster-state';
import './attendance.css';

/** A practitioner's check-in with a scanned session-day code: sent once, the result shown. */
export default function CheckInPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const online = useOnline();
  const [checkIn, { data, error, loading, called }] = useMutation(CHECK_IN);
  const sent = useRef<string | null>(null);

  useEffect(() => {
    // Once per code (a second scan is harmless on the server, but it is not sent twice from here).
    if (!online || sent.current === code) return;
    sent.current = code;
    void checkIn({ variables: { code } }).catch(() => undefined);
  }, [code, online, checkIn]);

  const result = data?.checkIn;
  return (
    <section className="page check-in">
      <h1>{t('attendance.checkIn.title')}</h1>
      {!online && !result && <p className="notice">{t('attendance.checkIn.needsConnection')}</p>}
      {(loading || (online && !called)) && (
        <p className="loading" role="status">
          {t('attendance.checkIn.checking')}
        </p>
      )}
      {error && (
        <div className="error-box" role="alert">
          <p className="error">{t('attendance.checkIn.failed')}</p>
          <p>{errorsOf(error).message}</p>
        </div>
      )}
      {result && (
        <div className="card check-in-result" role="status">
          <p className="check-in-headline">{result.alreadyMarked ? t('attendance.checkIn.already') : t('attendance.checkIn.done')}</p>
          <dl className="facts">
            <dt>{t('attendance.checkIn.module')}</dt>
            <dd>{result.moduleTitle}</dd>
            <dt>{t('attendance.checkIn.cohort')}</dt>
            <dd>{result.cohortName}</dd>
            <dt>{t('attendance.checkIn.date')}</dt>
            <dd>{formatDate(dayAsDate(result.sessionDate), locale, 'long')}</dd>
            <dt>{t('attendance.checkIn.status')}</dt>
            <dd>{t(`attendance.status.${result.status}`)}</dd>
          </dl>
        </div>
      )}
      <p>
        <Link to="/">{t('attendance.checkIn.home')}</Link>
      </p>
    </section>
  );
}
