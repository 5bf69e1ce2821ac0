import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoAlbersUsa, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import placesJson from '../../../vocab/places.json' with { type: 'json' };

/** The U.S. drawn once, offline, as SVG path data in a 975 × 610 box (us-atlas' Albers USA frame). */
export interface UsMap {
  readonly width: number;
  readonly height: number;
  readonly states: readonly { readonly code: string | null; readonly name: string; readonly d: string; readonly centroid: readonly [number, number] }[];
  /** Projects longitude/latitude into the same box; null outside the lower 48, Alaska and Hawaii. */
  project(lon: number, lat: number): [number, number] | null;
}

// us-atlas' pre-projected files use exactly this projection, so points land on the drawn shapes.
const WIDTH = 975;
const HEIGHT = 610;

let cached: UsMap | null = null;

/** Loads us-atlas from node_modules (no tile server, no CDN) and keeps the result for the process. */
export function buildUsMap(): UsMap {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('us-atlas/states-albers-10m.json'), 'utf8')) as { objects: { states: unknown } };
  const codeOfName = new Map((placesJson as { states: { name: string; code: string }[] }).states.map((s) => [s.name, s.code]));
  const path = geoPath(null);
  const states = feature(topology, topology.objects.states).features.map((f) => ({
    code: codeOfName.get(f.properties.name) ?? null,
    name: f.properties.name,
    d: path(f) ?? '',
    centroid: path.centroid(f).map((n) => Math.round(n * 10) / 10) as [number, number],
  }));
  const projection = geoAlbersUsa().scale(1300).translate([487.5, 305]);
  cached = Object.freeze({
    width: WIDTH,
    height: HEIGHT,
    states: Object.freeze(states),
    project: (lon: number, lat: number) => projection([lon, lat]),
  });
  return cached;
}
