import type { Locale } from '@ruamsang/shared';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { formatNumber } from '../../app/dates';
import { useProgramme } from '../../app/programme';
import { Legend } from './Heatmap';
import { colourScale, DECIMALS, textColourOn, type Analysis, type PrimaryIndex } from './gapFigures';
import { MAX_LABELLED_PROVINCES, placeLabels, provinceFigures, type ProvinceFigure } from './provinceMap';

/**
 * Thailand's 77 province boundaries (Natural Earth, public domain: see public/geo/LICENSE.md),
 * a static asset fetched when a map is first shown, so it is never in the JavaScript bundle.
 */
const BOUNDARIES_URL = '/geo/thailand-provinces.topo.json';
type Shapes = Map<string, Feature<Geometry>>;
let shapesRequest: Promise<Shapes> | null = null;

function loadShapes(): Promise<Shapes> {
  shapesRequest ??= fetch(BOUNDARIES_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${BOUNDARIES_URL}: ${response.status}`);
      return response.json() as Promise<Topology<{ provinces: GeometryCollection }>>;
    })
    .then((topology) => {
      const collection = feature(topology, topology.objects.provinces) as FeatureCollection<Geometry>;
      return new Map(collection.features.map((f) => [String(f.id), f]));
    })
    .catch((error: unknown) => {
      shapesRequest = null; // try again next time
      throw error;
    });
  return shapesRequest;
}

function useShapes(): { shapes: Shapes | null; failed: boolean } {
  const [state, setState] = useState<{ shapes: Shapes | null; failed: boolean }>({ shapes: null, failed: false });
  useEffect(() => {
    let live = true;
    loadShapes().then(
      (shapes) => live && setState({ shapes, failed: false }),
      () => live && setState({ shapes: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The drawing's width in CSS pixels follows its card (at most this), so text on it is real-size. */
const MAX_WIDTH = 560;
const PAD = 8;
const NO_DATA = '#e3e7e5';
const INK = '#1d2a24';
const FONT = 12;

/** The width of an element, followed as it changes (phone rotation, window resizing). */
function useWidth(): [(element: HTMLDivElement | null) => void, number | null] {
  const [width, setWidth] = useState<number | null>(null);
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!element) return;
    // The observer reports the first size too, as soon as it starts observing.
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}

/**
 * A choropleth of the chosen gap figure over the provinces of the programme area, zoomed to them
 * (five southern provinces fill the frame; the whole country when the area is all 77). Colour is
 * never the only cue: small areas carry names and values on the map, every province has a
 * tooltip, and the same figures are in a table for keyboards and screen readers.
 */
export function ProvinceMap({ analysis, competency, locale }: { analysis: Analysis; competency: string | null; locale: Locale }) {
  const { t } = useTranslation();
  const programme = useProgramme();
  const { shapes, failed } = useShapes();
  const index = analysis.primaryIndex as PrimaryIndex;
  const decimals = DECIMALS[index];
  const rows = useMemo(() => provinceFigures(analysis, programme.codes, competency, index), [analysis, programme.codes, competency, index]);
  const scale = colourScale(rows.map((r) => r.value).filter((v): v is number => v !== null));

  const describe = (row: ProvinceFigure) =>
    row.state === 'suppressed' ? t('gaps.suppressedShort', { k: analysis.minGroupSize }) : row.value === null ? t('gaps.legend.noData') : formatNumber(row.value, locale, decimals);
  const fillOf = (row: ProvinceFigure) => (row.state === 'suppressed' ? 'url(#province-hatch)' : row.value !== null && scale ? scale.colour(row.value) : NO_DATA);

  const [measure, available] = useWidth();
  const drawing = useMemo(() => {
    if (!shapes || !available) return null;
    const inArea = rows.map((r) => ({ row: r, shape: shapes.get(r.code) })).filter((x): x is { row: ProvinceFigure; shape: Feature<Geometry> } => x.shape !== undefined);
    if (inArea.length === 0) return null;
    const frame: FeatureCollection = { type: 'FeatureCollection', features: inArea.map((x) => x.shape) };
    const width = Math.min(available, MAX_WIDTH);
    // Zoomed to the area: as wide as the card, unless that makes it taller than most of the screen.
    const projection = geoMercator().fitWidth(width - 2 * PAD, frame);
    const [[, top], [, bottom]] = geoPath(projection).bounds(frame);
    const maxHeight = Math.max(360, Math.round(window.innerHeight * 0.85));
    const height = Math.min(Math.ceil(bottom - top + 2 * PAD), maxHeight);
    projection.fitExtent(
      [
        [PAD, PAD],
        [width - PAD, height - PAD],
      ],
      frame,
    );
    const path = geoPath(projection);
    const codes = new Set(inArea.map((x) => x.row.code));
    // The rest of the country, pale and silent, for orientation around a small area.
    const context = [...shapes.entries()].filter(([code]) => !codes.has(code)).map(([code, shape]) => ({ code, d: path(shape) ?? '' }));
    const provinces = inArea.map(({ row, shape }) => {
      const [[x0, y0], [x1, y1]] = path.bounds(shape);
      return { row, d: path(shape) ?? '', centre: path.centroid(shape), box: { width: x1 - x0, height: y1 - y0 } };
    });
    return { width, height, context, provinces };
  }, [shapes, rows, available]);

  const labelled = rows.length <= MAX_LABELLED_PROVINCES;
  // Names and figures written on the map where they fit without overlapping (≈ 0.6 em per character, with room for the halo and Thai marks above and below).
  const named = drawing
    ? placeLabels(
        drawing.provinces.map(({ row, centre, box }) => ({
          code: row.code,
          centre,
          box,
          label: { width: Math.max(programme.nameOf(row.code).length, describe(row).length) * FONT * 0.6 + 6, height: FONT * 3.2 },
        })),
      )
    : new Set<string>();
  const caption = competency ? t('gaps.map.byCompetency', { competency, index: t(`gaps.index.${index}`) }) : t('gaps.map.byMean', { index: t(`gaps.index.${index}`) });

  return (
    <figure className="chart province-map">
      {scale && <Legend scale={scale} index={index} locale={locale} id="map-legend" />}
      {failed && (
        <p className="error" role="alert">
          {t('programme.map.unavailable')}
        </p>
      )}
      {!failed && !drawing && (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> {t('common.loading')}
        </p>
      )}
      <div ref={measure} className="map-frame">
      {drawing && (
        <svg viewBox={`0 0 ${drawing.width} ${drawing.height}`} width={drawing.width} height={drawing.height} role="img" aria-labelledby="map-title map-desc" data-provinces={drawing.provinces.length}>
          <title id="map-title">{t('programme.map.title', { n: drawing.provinces.length })}</title>
          <desc id="map-desc">{rows.map((r) => `${programme.nameOf(r.code)}: ${describe(r)}`).join('; ')}</desc>
          <defs>
            <pattern id="province-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#eef1f0" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#9aa8a1" strokeWidth="2.5" />
            </pattern>
          </defs>
          <g aria-hidden="true" className="context">
            {drawing.context.map((c) => (
              <path key={c.code} d={c.d} fill="#f4f6f5" stroke="#d5dcd8" strokeWidth={0.5} />
            ))}
          </g>
          {drawing.provinces.map(({ row, d }) => (
            <path
              key={row.code}
              d={d}
              className="province"
              data-province={row.code}
              data-state={row.state}
              fill={fillOf(row)}
              stroke="#ffffff"
              strokeWidth={labelled ? 1.5 : 0.6}
              strokeLinejoin="round"
            >
              <title>{`${programme.nameOf(row.code)}: ${describe(row)}`}</title>
            </path>
          ))}
          {labelled &&
            drawing.provinces
              .filter(({ row }) => named.has(row.code))
              .map(({ row, centre }) => {
                const ink = row.state === 'value' && scale ? textColourOn(fillOf(row)) : INK;
                const halo = ink === '#ffffff' ? '#00000088' : '#ffffffcc';
                return (
                  <text key={row.code} x={centre[0]} y={centre[1]} textAnchor="middle" fill={ink} stroke={halo} strokeWidth={3} paintOrder="stroke" fontSize={FONT} aria-hidden="true">
                    <tspan x={centre[0]} dy="-0.2em" fontWeight={700}>
                      {programme.nameOf(row.code)}
                    </tspan>
                    <tspan x={centre[0]} dy="1.2em" fontSize={row.state === 'suppressed' ? FONT - 1 : FONT}>
                      {describe(row)}
                    </tspan>
                  </text>
                );
              })}
        </svg>
      )}
      </div>
      <figcaption className="muted">
        {caption} · {t('programme.map.attribution')}
      </figcaption>
      <details className="map-table" open={failed || undefined}>
        <summary>{t('programme.map.asTable')}</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('programme.map.province')}</th>
                <th scope="col">{t(`gaps.index.${index}`)}</th>
                <th scope="col">{t('programme.map.respondents')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code} data-province={r.code}>
                  <th scope="row">{programme.nameOf(r.code)}</th>
                  <td className={r.state === 'suppressed' ? 'cell-suppressed' : r.state === 'noData' ? 'cell-empty' : undefined}>{describe(r)}</td>
                  <td>{r.group && !r.group.suppressed ? formatNumber(r.group.respondents, locale, 0) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
