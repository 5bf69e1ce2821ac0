import type { ExportedIncident } from '../../domain/exportContract.js';
import type { DocumentVersionRecord } from '../../domain/records.js';
import { toExportedVersion } from './walkVersions.js';

/**
 * `{ "incidents": [ … ] }` in the export contract (docs/export.md), one incident per line. Given
 * `documents`, a `"documents": [ … ]` array follows, one stored version per line, with everything
 * a fresh database needs to rebuild the incidents (`parallax import json`).
 */
export function* streamJson(incidents: Iterable<ExportedIncident>, documents?: Iterable<DocumentVersionRecord>): Generator<string> {
  yield '{"incidents":[';
  yield* streamLines(incidents, (incident) => JSON.stringify(incident));
  if (documents) {
    yield '\n],"documents":[';
    yield* streamLines(documents, (version) => JSON.stringify(toExportedVersion(version)));
  }
  yield '\n]}\n';
}

function* streamLines<T>(items: Iterable<T>, render: (item: T) => string): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '\n' : ',\n'}${render(item)}`;
    first = false;
  }
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
