import type { Locale } from '@ruamsang/shared';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { formatDate, formatHijri } from '../../app/dates';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  if (!me) return null;
  const locale = i18n.language as Locale;
  const today = new Date();
  const province = me.province ? (locale === 'th' ? me.province.nameTh : me.province.nameEn) : null;
  return (
    <section className="page">
      <h1>{t('home.greeting', { name: me.displayName })}</h1>
      <p>
        {t('home.youAre', { role: t(`role.${me.role}`) })}
        {province && <> · {t('home.province', { province })}</>}
      </p>
      <p className="muted">
        {t('home.today', { date: formatDate(today, locale, 'long') })} · {formatHijri(today, locale)}
      </p>
      <div className="callout">{t(`home.next.${me.role}`)}</div>
    </section>
  );
}
