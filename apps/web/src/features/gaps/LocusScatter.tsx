import type { Locale } from '@ruamsang/shared';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group as SvgGroup } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Line } from '@visx/shape';
import { Text } from '@visx/text';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/dates';
import type { Quadrant } from '../../gql/graphql';
import { grandMeans, type Group } from './gapFigures';

const WIDTH = 680;
const HEIGHT = 440;
const MARGIN = { top: 20, right: 24, bottom: 52, left: 60 };

const QUADRANT_COLOURS: Record<Quadrant, string> = {
  HIGH_IMPORTANCE_HIGH_GAP: '#b23a1c',
  HIGH_IMPORTANCE_LOW_GAP: '#1f6f50',
  LOW_IMPORTANCE_HIGH_GAP: '#8a5a00',
  LOW_IMPORTANCE_LOW_GAP: '#5b6b63',
};

/** Padded extent, so points never sit on the frame. */
function extent(values: number[], pad: number): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  return [min - span * pad, max + span * pad];
}

/**
 * Locus for Focus: importance (mean target) across, mean gap up, split at the group's grand
 * means; the top-right quadrant (important and lacking) is where training should focus first.
 */
export function LocusScatter({ group, names, locale }: { group: Group; names: Map<string, string>; locale: Locale }) {
  const { t } = useTranslation();
  const points = group.figures.flatMap((f) =>
    f.meanTarget === null || f.meanTarget === undefined || f.meanGap === null || f.meanGap === undefined ? [] : [{ figure: f, x: f.meanTarget, y: f.meanGap }],
  );
  const means = grandMeans(group.figures);
  if (points.length === 0 || !means) return <p className="empty">{t('gaps.noFigures')}</p>;
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = scaleLinear<number>({ domain: extent([...points.map((p) => p.x), means.importance], 0.12), range: [0, innerWidth], nice: true });
  const y = scaleLinear<number>({ domain: extent([...points.map((p) => p.y), means.gap, 0], 0.12), range: [innerHeight, 0], nice: true });
  const mx = x(means.importance);
  const my = y(means.gap);
  const corner = (q: Quadrant, px: number, py: number, anchor: 'start' | 'end') => (
    <Text x={px} y={py} textAnchor={anchor} verticalAnchor={py < innerHeight / 2 ? 'start' : 'end'} className={`quadrant-label q-${q}`} fill={QUADRANT_COLOURS[q]} width={innerWidth / 2 - 12}>
      {t(`gaps.quadrant.${q}`)}
    </Text>
  );
  const summary = t('gaps.scatter.summary', {
    importance: formatNumber(means.importance, locale),
    gap: formatNumber(means.gap, locale),
    count: points.filter((p) => p.figure.quadrant === 'HIGH_IMPORTANCE_HIGH_GAP').length,
  });
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="locus-title locus-desc" className="scatter">
        <title id="locus-title">{t('gaps.scatter.title', { group: group.label })}</title>
        <desc id="locus-desc">{summary}</desc>
        <SvgGroup left={MARGIN.left} top={MARGIN.top}>
          <rect width={innerWidth} height={innerHeight} fill="#fff" stroke="#d8e0dc" />
          <Line from={{ x: mx, y: 0 }} to={{ x: mx, y: innerHeight }} stroke="#5b6b63" strokeDasharray="5 4" />
          <Line from={{ x: 0, y: my }} to={{ x: innerWidth, y: my }} stroke="#5b6b63" strokeDasharray="5 4" />
          {corner('HIGH_IMPORTANCE_HIGH_GAP', innerWidth - 6, 6, 'end')}
          {corner('LOW_IMPORTANCE_HIGH_GAP', 6, 6, 'start')}
          {corner('HIGH_IMPORTANCE_LOW_GAP', innerWidth - 6, innerHeight - 6, 'end')}
          {corner('LOW_IMPORTANCE_LOW_GAP', 6, innerHeight - 6, 'start')}
          {points.map(({ figure, x: px, y: py }) => {
            const colour = figure.quadrant ? QUADRANT_COLOURS[figure.quadrant] : '#5b6b63';
            return (
              <g key={figure.competencyCode} className="point" transform={`translate(${x(px)}, ${y(py)})`}>
                <title>
                  {`${figure.competencyCode} ${names.get(figure.competencyCode) ?? ''}: ${t('gaps.meanTarget')} ${formatNumber(px, locale)}, ${t('gaps.meanGap')} ${formatNumber(py, locale)}`}
                </title>
                <circle r={6} fill={colour} fillOpacity={0.85} stroke="#fff" strokeWidth={1.5} />
                <text x={8} y={4} fontSize={11} fill="#1d2a24">
                  {figure.competencyCode}
                </text>
              </g>
            );
          })}
          <AxisLeft scale={y} numTicks={6} tickFormat={(v) => formatNumber(Number(v), locale, 1)} label={t('gaps.scatter.yAxis')} labelOffset={36} tickLabelProps={{ fontSize: 12, fill: '#1d2a24' }} labelProps={{ fontSize: 13, fill: '#1d2a24', textAnchor: 'middle' }} />
          <AxisBottom top={innerHeight} scale={x} numTicks={7} tickFormat={(v) => formatNumber(Number(v), locale, 1)} label={t('gaps.scatter.xAxis')} labelOffset={14} tickLabelProps={{ fontSize: 12, fill: '#1d2a24', textAnchor: 'middle' }} labelProps={{ fontSize: 13, fill: '#1d2a24', textAnchor: 'middle' }} />
        </SvgGroup>
      </svg>
      <figcaption className="muted">{summary}</figcaption>
    </figure>
  );
}
