import { SOUTHERN_BORDER_PROVINCE_CODES, type Locale } from '@ruamsang/shared';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/dates';
import { Legend } from './Heatmap';
import { colourScale, DECIMALS, meanIndex, textColourOn, valueOf, type Analysis, type PrimaryIndex } from './gapFigures';

/**
 * A tile map of the five southern border provinces, placed roughly as they lie (not to
 * scale): Songkhla across the north, Satun to the west, Pattani on the east coast, Yala
 * inland to the south and Narathiwat in the south-east.
 */
const TILES: Record<(typeof SOUTHERN_BORDER_PROVINCE_CODES)[number], { x: number; y: number; w: number; h: number }> = {
  '91': { x: 0, y: 110, w: 120, h: 100 },
  '90': { x: 130, y: 0, w: 120, h: 210 },
  '94': { x: 260, y: 0, w: 120, h: 100 },
  '95': { x: 260, y: 110, w: 120, h: 100 },
  '96': { x: 390, y: 110, w: 120, h: 100 },
};

export function ProvinceTileMap({ analysis, competency, locale }: { analysis: Analysis; competency: string | null; locale: Locale }) {
  const { t } = useTranslation();
  const index = analysis.primaryIndex as PrimaryIndex;
  const decimals = DECIMALS[index];
  const provinces = SOUTHERN_BORDER_PROVINCE_CODES.map((code) => {
    const group = analysis.groups.find((g) => g.key === code);
    let value: number | null = null;
    if (group && !group.suppressed) {
      const figure = competency ? group.figures.find((f) => f.competencyCode === competency) : undefined;
      value = competency ? (figure ? valueOf(figure, index) : null) : meanIndex(group, index);
    }
    return { code, name: t(`gaps.map.province.${code}`), group, value };
  });
  const scale = colourScale(provinces.map((p) => p.value).filter((v): v is number => v !== null));
  const describe = (p: (typeof provinces)[number]) =>
    !p.group
      ? t('gaps.legend.noData')
      : p.group.suppressed
        ? t('gaps.suppressedShort', { k: analysis.minGroupSize })
        : p.value === null
          ? t('gaps.legend.noData')
          : formatNumber(p.value, locale, decimals);
  return (
    <figure className="chart">
      {scale && <Legend scale={scale} index={index} locale={locale} id="map-legend" />}
      <svg viewBox="0 0 510 210" role="img" aria-labelledby="map-title map-desc" className="tile-map">
        <title id="map-title">{t('gaps.map.title')}</title>
        <desc id="map-desc">{provinces.map((p) => `${p.name}: ${describe(p)}`).join('; ')}</desc>
        <defs>
          <pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#eef1f0" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#9aa8a1" strokeWidth="3" />
          </pattern>
        </defs>
        {provinces.map((p) => {
          const tile = TILES[p.code];
          const suppressed = Boolean(p.group?.suppressed);
          const fill = suppressed ? 'url(#hatch)' : p.value !== null && scale ? scale.colour(p.value) : '#e3e7e5';
          const ink = suppressed || p.value === null || !scale ? '#1d2a24' : textColourOn(fill);
          return (
            <g key={p.code} className="tile" data-province={p.code} data-suppressed={suppressed ? 'true' : undefined}>
              <title>{`${p.name}: ${describe(p)}`}</title>
              <rect x={tile.x} y={tile.y} width={tile.w} height={tile.h} rx={8} fill={fill} stroke="#ffffff" strokeWidth={2} />
              <text x={tile.x + tile.w / 2} y={tile.y + tile.h / 2 - 8} textAnchor="middle" fontSize={15} fontWeight={700} fill={ink}>
                {p.name}
              </text>
              <text x={tile.x + tile.w / 2} y={tile.y + tile.h / 2 + 14} textAnchor="middle" fontSize={suppressed ? 12 : 15} fill={ink}>
                {describe(p)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">
        {competency ? t('gaps.map.byCompetency', { competency, index: t(`gaps.index.${index}`) }) : t('gaps.map.byMean', { index: t(`gaps.index.${index}`) })}
      </figcaption>
    </figure>
  );
}
