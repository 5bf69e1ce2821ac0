import { describe, expect, it } from 'vitest';
import { makeIncident } from './exportFixtures.js';
import { streamGeoJson } from './streamGeoJson.js';

/** The RFC 7946 rules a FeatureCollection of points must keep; returns the problems found. */
function checkGeoJson(doc: unknown): string[] {
  const problems: string[] = [];
  const fc = doc as { type?: unknown; features?: unknown };
  if (fc.type !== 'FeatureCollection') problems.push('type is not FeatureCollection');
  if (!Array.isArray(fc.features)) return [...problems, 'features is not an array'];
  fc.features.forEach((f: { type?: unknown; geometry?: unknown; properties?: unknown }, i: number) => {
    if (f.type !== 'Feature') problems.push(`${i}: type`);
    if (typeof f.properties !== 'object') problems.push(`${i}: properties`);
    if (f.geometry === null) return;
    const g = f.geometry as { type?: unknown; coordinates?: unknown };
    if (g.type !== 'Point' || !Array.isArray(g.coordinates) || g.coordinates.length !== 2) return void problems.push(`${i}: geometry`);
    const [lon, lat] = g.coordinates as number[];
    if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) problems.push(`${i}: position out of range`);
  });
  return problems;
}

describe('streamGeoJson', () => {
  const incidents = [0, 1, 2, 3, 4].map(makeIncident);
  const doc = JSON.parse([...streamGeoJson(incidents)].join(''));

  it('is a valid FeatureCollection with one feature per incident', () => {
    expect(checkGeoJson(doc)).toEqual([]);
    expect(doc.features.map((f: { id: string }) => f.id)).toEqual(incidents.map((i) => i.id));
  });

  it('writes positions as [longitude, latitude] and unlocated incidents with a null geometry', () => {
    incidents.forEach((incident, i) => {
      const geometry = doc.features[i].geometry;
      if (incident.lat === null) expect(geometry).toBeNull();
      else expect(geometry.coordinates).toEqual([incident.lon, incident.lat]);
      expect(doc.features[i].properties.subjects).toEqual([incident.persons[0].name]);
    });
  });

  it('stays valid when nothing matches', () => {
    const empty = JSON.parse([...streamGeoJson([])].join(''));
    expect(checkGeoJson(empty)).toEqual([]);
    expect(empty.features).toHaveLength(0);
  });
});
