import type { ExportedIncident } from '../../domain/exportContract.js';
import type { CsvMapping } from '../../ingest/csv/csvMapping.js';
import { readRecordText } from '../../ingest/csv/recordText.js';
import type { ExportSource } from './walkIncidents.js';
import { toCsvLine } from './toCsvLine.js';

/**
 * The dataset rows behind the incidents, in the dataset's own schema: every imported record of the
 * mapping, written back exactly as it was imported (so import → export gives the same rows). Rows
 * come in incident-list order; a record is written once even if its incident is listed twice.
 */
export function* streamMappedCsv(source: ExportSource, mapping: CsvMapping, incidents: Iterable<ExportedIncident>): Generator<string> {
  yield toCsvLine(mapping.columns, { defuseFormulas: false });
  const seen = new Set<string>();
  for (const incident of incidents) {
    for (const { id: documentId, versionId } of incident.documents) {
      if (seen.has(documentId)) continue;
      const record = readRecordText(source.getDocument(versionId)?.text ?? '');
      if (!record || record.mapping !== mapping.name) continue;
      seen.add(documentId);
      yield toCsvLine(mapping.columns.map((c) => record.values[c] ?? ''), { defuseFormulas: false });
    }
  }
}
