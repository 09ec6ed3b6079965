import type { Locale } from '@ruamsang/shared';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/dates';
import { colourScale, DECIMALS, textColourOn, valueOf, type Analysis, type ColourScale, type PrimaryIndex } from './gapFigures';

export function Legend({ scale, index, locale, id }: { scale: ColourScale; index: PrimaryIndex; locale: Locale; id: string }) {
  const { t } = useTranslation();
  return (
    <div className="legend" id={id}>
      <span className="legend-title">{t('gaps.legend.colour', { index: t(`gaps.index.${index}`) })}</span>
      <span className="legend-scale">
        <span>{formatNumber(scale.min, locale, DECIMALS[index])}</span>
        <span className="legend-bar" style={{ background: `linear-gradient(to right, ${scale.stops.join(', ')})` }} aria-hidden="true" />
        <span>{formatNumber(scale.max, locale, DECIMALS[index])}</span>
      </span>
      <span className="legend-item">
        <span className="swatch swatch-suppressed" aria-hidden="true" /> {t('gaps.legend.suppressed')}
      </span>
      <span className="legend-item">
        <span className="swatch swatch-empty" aria-hidden="true" /> {t('gaps.legend.noData')}
      </span>
      <span className="legend-item">▼ {t('gaps.negative')}</span>
    </div>
  );
}

/**
 * Groups × competencies, each cell coloured by the campaign's primary index and showing its
 * value (colour is never the only cue). A suppressed group shows one marked cell, no figures.
 */
export function Heatmap({ analysis, names, locale, groupHeader }: { analysis: Analysis; names: Map<string, string>; locale: Locale; groupHeader: string }) {
  const { t } = useTranslation();
  const index: PrimaryIndex = analysis.primaryIndex as PrimaryIndex;
  const codes = analysis.groups[0]?.figures.map((f) => f.competencyCode) ?? [];
  const values = analysis.groups.filter((g) => !g.suppressed).flatMap((g) => g.figures.map((f) => valueOf(f, index)).filter((v): v is number => v !== null));
  const scale = colourScale(values);
  const decimals = DECIMALS[index];
  return (
    <>
      {scale && <Legend scale={scale} index={index} locale={locale} id="heatmap-legend" />}
      <div className="table-wrap heatmap-wrap" tabIndex={0}>
        <table className="heatmap" aria-describedby="heatmap-legend">
          <caption className="visually-hidden">{t('gaps.heatmap.caption', { index: t(`gaps.index.${index}`) })}</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky">
                {groupHeader}
              </th>
              <th scope="col" className="num">
                {t('gaps.n')}
              </th>
              {codes.map((code) => (
                <th key={code} scope="col" className="num competency-head">
                  <abbr title={names.get(code) ?? code}>{code}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {analysis.groups.map((group) => (
              <tr key={group.key}>
                <th scope="row" className="sticky">
                  {group.label}
                </th>
                {/* a suppressed group's size is hidden too: "< k", never the count */}
                <td className="num">{group.suppressed ? `< ${analysis.minGroupSize}` : group.respondents}</td>
                {group.suppressed ? (
                  <td className="cell-suppressed" colSpan={codes.length} data-suppressed="true">
                    <span className="suppressed-label">{t('gaps.suppressedShort', { k: analysis.minGroupSize })}</span>
                  </td>
                ) : (
                  group.figures.map((f) => {
                    const value = valueOf(f, index);
                    if (value === null || !scale) {
                      return (
                        <td key={f.competencyCode} className="num cell-empty" title={t('gaps.legend.noData')}>
                          {t('common.none')}
                        </td>
                      );
                    }
                    const background = scale.colour(value);
                    return (
                      <td
                        key={f.competencyCode}
                        className="num heat"
                        style={{ background, color: textColourOn(background) }}
                        title={`${group.label} · ${names.get(f.competencyCode) ?? f.competencyCode}: ${formatNumber(value, locale, decimals)}`}
                        data-competency={f.competencyCode}
                      >
                        {formatNumber(value, locale, decimals)}
                        {f.negativeGap && <span aria-label={t('gaps.negative')}> ▼</span>}
                      </td>
                    );
                  })
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
