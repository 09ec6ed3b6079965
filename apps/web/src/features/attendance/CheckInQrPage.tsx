import { useQuery } from '@apollo/client/react';
import type { Locale } from '@ruamsang/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { SESSION_CHECK_IN_CODE } from './operations';
import { dayAsDate, ISO_DAY } from './roster-state';
import './attendance.css';

/** The SVG (our server's output) as an image: an <img> never runs scripts inside the SVG. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** A session day's check-in QR code, large enough to show on a projector or to hand a phone round. */
export default function CheckInQrPage() {
  const { sessionId = '', date = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const validDay = ISO_DAY.test(date);
  const { data, loading, error } = useQuery(SESSION_CHECK_IN_CODE, { variables: { sessionId, sessionDate: date }, skip: !validDay, fetchPolicy: 'network-only' });

  if (!validDay) return <p className="error" role="alert">{t('attendance.badDate')}</p>;
  if (loading && !data) return <p className="loading" role="status">{t('common.loading')}</p>;
  if (!data) return <p className="error" role="alert">{errorsOf(error).message ?? t('common.error')}</p>;
  const { sessionCheckInCode: code, sessionRoster: roster } = data;
  const url = new URL(code.checkInPath, window.location.origin).toString();
  const validOn = formatDate(dayAsDate(code.validOn), locale, 'long');

  return (
    <section className="page check-in-qr">
      <p className="breadcrumb">
        <Link to={`/attendance/${sessionId}/${date}`}>{t('attendance.qr.backToRoster')}</Link>
      </p>
      <h1>{t('attendance.qr.title')}</h1>
      <p>
        <strong>{roster.moduleTitle}</strong> · {roster.cohortName} · {roster.startTime}–{roster.endTime}
      </p>
      <p className="notice">{t('attendance.qr.validOn', { date: validOn })}</p>
      <figure className="qr-figure">
        <img className="qr" src={svgDataUrl(code.qrSvg)} alt={t('attendance.qr.alt', { module: roster.moduleTitle, date: validOn })} width={320} height={320} />
        <figcaption>{t('attendance.qr.scan')}</figcaption>
      </figure>
      <p>
        {t('attendance.qr.orOpen')}{' '}
        <a className="check-in-url" href={url}>
          {url}
        </a>
      </p>
    </section>
  );
}
