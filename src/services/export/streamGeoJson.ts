import type { ExportedIncident } from '../../domain/exportContract.js';

/**
 * An RFC 7946 FeatureCollection, one Feature per incident. An incident without coordinates keeps
 * its Feature with a null geometry (RFC 7946 §3.2), so the file holds exactly the filtered list.
 */
export function* streamGeoJson(incidents: Iterable<ExportedIncident>): Generator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for (const incident of incidents) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(toFeature(incident))}`;
    first = false;
  }
  yield '\n]}\n';
}

function toFeature(incident: ExportedIncident) {
  const located = incident.lat !== null && incident.lon !== null && Number.isFinite(incident.lat) && Number.isFinite(incident.lon);
  return {
    type: 'Feature',
    id: incident.id,
    // GeoJSON positions are [longitude, latitude].
    geometry: located ? { type: 'Point', coordinates: [incident.lon, incident.lat] } : null,
    properties: {
      id: incident.id,
      date: incident.date,
      datePrecision: incident.datePrecision,
      city: incident.city,
      state: incident.state,
      place: incident.place,
      agencies: incident.agencies,
      subjects: incident.persons.filter((p) => p.role === 'subject').map((p) => p.name),
      force: incident.force,
      documents: incident.documents.length,
      claims: incident.claims.length,
      contested: incident.contested.map((c) => c.facet),
    },
  };
}
