import type { Locale } from '@ruamsang/shared';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/dates';
import { byRank, DECIMALS, valueOf, type Figure, type Group, type PrimaryIndex } from './gapFigures';

const BAR_WIDTH = 180;
const BAR_HEIGHT = 20;

/** Mean gap with its 95% interval on a scale shared by every row, zero marked. */
function IntervalBar({ figure, min, max }: { figure: Figure; min: number; max: number }) {
  const at = (v: number) => 6 + ((v - min) / (max - min || 1)) * (BAR_WIDTH - 12);
  const mean = figure.meanGap;
  if (mean === null || mean === undefined) return null;
  const low = figure.gapCiLow ?? null;
  const high = figure.gapCiHigh ?? null;
  const colour = figure.negativeGap ? '#2f6fa8' : '#b23a1c';
  return (
    <svg width={BAR_WIDTH} height={BAR_HEIGHT} aria-hidden="true" className="interval">
      <line x1={at(0)} x2={at(0)} y1={1} y2={BAR_HEIGHT - 1} stroke="#8fa39a" strokeDasharray="2 2" />
      {low !== null && high !== null && (
        <>
          <line x1={at(low)} x2={at(high)} y1={BAR_HEIGHT / 2} y2={BAR_HEIGHT / 2} stroke={colour} strokeWidth={2} />
          <line x1={at(low)} x2={at(low)} y1={5} y2={BAR_HEIGHT - 5} stroke={colour} strokeWidth={2} />
          <line x1={at(high)} x2={at(high)} y1={5} y2={BAR_HEIGHT - 5} stroke={colour} strokeWidth={2} />
        </>
      )}
      <circle cx={at(mean)} cy={BAR_HEIGHT / 2} r={4.5} fill={colour} />
    </svg>
  );
}

/** The group's needs in rank order: mean gap with its 95% interval, n, primary index; negatives flagged. */
export function RankedList({ group, index, names, locale }: { group: Group; index: PrimaryIndex; names: Map<string, string>; locale: Locale }) {
  const { t } = useTranslation();
  const figures = byRank(group.figures);
  const ends = figures.flatMap((f) => [f.meanGap, f.gapCiLow, f.gapCiHigh].filter((v): v is number => v !== null && v !== undefined));
  const min = Math.min(0, ...ends);
  const max = Math.max(0, ...ends);
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className="ranked">
        <caption className="visually-hidden">{t('gaps.ranked.caption', { group: group.label, index: t(`gaps.index.${index}`) })}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('gaps.rank')}
            </th>
            <th scope="col">{t('gaps.competency')}</th>
            <th scope="col" className="num">
              {t('gaps.n')}
            </th>
            <th scope="col" className="num">
              {t('gaps.meanGap')}
            </th>
            <th scope="col">{t('gaps.ci')}</th>
            <th scope="col" className="num">
              {t(`gaps.index.${index}`)}
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.competencyCode} className={f.negativeGap ? 'negative-row' : undefined} data-competency={f.competencyCode}>
              <td className="num">{f.rank ?? t('common.none')}</td>
              <td>
                <span className="code">{f.competencyCode}</span> {names.get(f.competencyCode)}
                {f.negativeGap && <span className="badge badge-negative">▼ {t('gaps.negativeShort')}</span>}
              </td>
              <td className="num">{f.n}</td>
              <td className="num">{formatNumber(f.meanGap, locale)}</td>
              <td className="interval-cell">
                <IntervalBar figure={f} min={min} max={max} />
                <span className="ci-text">
                  {f.gapCiLow === null || f.gapCiLow === undefined ? t('gaps.noCi') : `${formatNumber(f.gapCiLow, locale)} – ${formatNumber(f.gapCiHigh, locale)}`}
                </span>
              </td>
              <td className="num" data-index="true">
                {formatNumber(valueOf(f, index), locale, DECIMALS[index])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
