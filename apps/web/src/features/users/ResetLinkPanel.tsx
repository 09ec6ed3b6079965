import type { Locale } from '@ruamsang/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../app/dates';

/** The QR code the API drew, as an image source. */
function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export interface ResetLink {
  readonly name: string;
  readonly url: string;
  readonly qrSvg: string;
  readonly expiresAt: string;
}

/** A one-time password link for one person: the address to send and a QR code to scan, with its expiry. */
export function ResetLinkPanel({ link, onClose }: { link: ResetLink; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => heading.current?.focus(), [link.url]);
  const when = `${formatDate(link.expiresAt, locale, 'long')} ${formatTime(link.expiresAt, locale)}`;
  return (
    <section className="card reset-link" aria-labelledby="reset-link-title">
      <h2 id="reset-link-title" ref={heading} tabIndex={-1}>
        {t('people.resetTitle', { name: link.name })}
      </h2>
      <p>{t('people.resetHow')}</p>
      <p className="notice">{t('people.resetExpires', { when })}</p>
      <figure>
        <img className="qr" src={svgDataUrl(link.qrSvg)} alt={t('people.resetQrAlt', { name: link.name })} width={280} height={280} />
      </figure>
      <p className="link-text">
        <a href={link.url}>{link.url}</a>
      </p>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(link.url).then(() => setCopied(true));
          }}
        >
          {copied ? t('people.copied') : t('people.copy')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('people.close')}
        </button>
      </div>
    </section>
  );
}
