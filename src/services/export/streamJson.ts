import type { ExportedIncident } from '../../domain/exportContract.js';

/** `{ "incidents": [ … ] }` in the export contract (docs/export.md), one incident per line. */
export function* streamJson(incidents: Iterable<ExportedIncident>): Generator<string> {
  yield '{"incidents":[';
  let first = true;
  for (const incident of incidents) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(incident)}`;
    first = false;
  }
  yield '\n]}\n';
}

/** `{ "claims": [ … ] }`: every claim with its incident id, one per line. */
export function* streamClaimJson(incidents: Iterable<ExportedIncident>): Generator<string> {
  yield '{"claims":[';
  let first = true;
  for (const incident of incidents) {
    for (const claim of incident.claims) {
      yield `${first ? '\n' : ',\n'}${JSON.stringify({ incidentId: incident.id, ...claim })}`;
      first = false;
    }
  }
  yield '\n]}\n';
}
