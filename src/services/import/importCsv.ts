import { matchIncident } from '../../analysis/cluster/matchIncident.js';
import type { IncidentDraft } from '../../domain/incident.js';
import type { DocumentVersionRecord } from '../../domain/records.js';
import type { CsvMapping } from '../../ingest/csv/csvMapping.js';
import { readCsvRows } from '../../ingest/csv/readCsvRows.js';
import { readRecordText, renderRecordText } from '../../ingest/csv/recordText.js';
import { recordToDraft } from '../../ingest/csv/recordToDraft.js';
import { isParallaxError } from '../../lib/errors.js';
import { sha256Hex } from '../../lib/hash.js';
import { stableId } from '../../lib/ids.js';
import type { Store } from '../../store/Store.js';
import { rebuildIncident } from '../incidents/rebuildIncident.js';

export interface ImportFailure {
  readonly line: number;
  readonly externalId: string | null;
  readonly code: string;
  readonly message: string;
}

export interface ImportSummary {
  readonly rows: number;
  readonly stored: number;
  readonly unchanged: number;
  /** Stored rows that joined an incident already known from other documents. */
  readonly matched: number;
  readonly failed: readonly ImportFailure[];
  readonly ignoredColumns: readonly string[];
  readonly incidents: number;
}

export interface ImportCsvInput {
  readonly text: string;
  readonly mapping: CsvMapping;
  /** Where the file came from, recorded with each row (`FILE#line=N`). */
  readonly sourcePath: string;
}

/**
 * Imports a dataset: each row becomes a document (its record text, identified by the mapping and
 * the row's external id, so a changed row is a new version of the same document) with one account
 * of one incident, which joins the incident it matches (`matchIncident`) or founds its own. Two
 * rows of one dataset are two incidents by definition, so a row never joins an incident that
 * already holds another row of the same dataset. A bad row is recorded as failed; the rest goes on.
 */
export function importCsv(store: Store, input: ImportCsvInput, now: () => Date = () => new Date()): ImportSummary {
  const table = readCsvRows(input.text, input.mapping);
  let stored = 0;
  let unchanged = 0;
  let matched = 0;
  const failed: ImportFailure[] = [];
  for (const row of table.rows) {
    const path = `${input.sourcePath}#line=${row.line}`;
    const externalId = row.kind === 'row' ? (row.values[input.mapping.idColumn] ?? '').trim() || null : null;
    try {
      if (row.kind === 'bad-row') throw Object.assign(new Error(row.message), { code: row.code });
      const outcome = importRow(store, input.mapping, externalId ?? '', row.values, path, now);
      if (outcome === 'unchanged') unchanged++;
      else {
        stored++;
        if (outcome === 'matched') matched++;
      }
    } catch (err) {
      const code = isParallaxError(err) ? err.code : ((err as { code?: string }).code ?? 'stage_failed');
      const message = err instanceof Error ? err.message : String(err);
      failed.push({ line: row.line, externalId, code, message });
      store.recordFailure({ path, code, message, at: now().toISOString() });
    }
  }
  return { rows: table.rows.length, stored, unchanged, matched, failed, ignoredColumns: table.ignoredColumns, incidents: store.countIncidents() };
}

function importRow(store: Store, mapping: CsvMapping, externalId: string, values: Readonly<Record<string, string>>, path: string, now: () => Date): 'unchanged' | 'matched' | 'founded' {
  const text = renderRecordText(mapping, externalId, values);
  const record = readRecordText(text)!;
  const draft = recordToDraft(mapping, record);
  const sha256 = sha256Hex(text);
  if (store.findVersionBySha256(sha256)) return 'unchanged';
  const documentId = stableId('doc', 'import', mapping.name, externalId);
  const versionId = stableId('ver', sha256);
  return store.transaction(() => {
    const previous = store.findLatestVersionByDocumentId(documentId);
    store.insertVersion(toVersion(mapping, externalId, text, sha256, documentId, versionId, previous?.id ?? null, path, now()));
    const affected = new Set<string>();
    if (previous) {
      // The newer row replaces the older one's account.
      for (const old of store.listDrafts(previous.id)) if (old.incidentId) affected.add(old.incidentId);
      store.replaceDrafts(previous.id, []);
    }
    const joined = matchIncident(draft, candidatesFor(store, mapping.name, draft));
    const incidentId = joined ?? stableId('inc', versionId, draft.localIndex);
    store.replaceDrafts(versionId, [{ versionId, documentId, localIndex: draft.localIndex, incidentId, draft, published: null }]);
    affected.add(incidentId);
    for (const id of [...affected].sort()) rebuildIncident(store, id);
    return joined ? 'matched' : 'founded';
  });
}

function candidatesFor(store: Store, mappingName: string, draft: IncidentDraft) {
  const window = draft.date ? { from: shiftDay(draft.date, -3), to: shiftDay(draft.date, 3) } : { from: null, to: null };
  return store.findIncidentCandidates(window).filter((c) => !holdsRecordOf(store, c.id, mappingName));
}

function holdsRecordOf(store: Store, incidentId: string, mappingName: string): boolean {
  return store.listIncidentDocuments(incidentId).some((d) => {
    const text = store.getVersion(d.versionId)?.text ?? '';
    return readRecordText(text)?.mapping === mappingName;
  });
}

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function toVersion(mapping: CsvMapping, externalId: string, text: string, sha256: string, documentId: string, id: string, previousVersionId: string | null, sourcePath: string, now: Date): DocumentVersionRecord {
  return {
    id,
    documentId,
    previousVersionId,
    sha256,
    format: 'text',
    text,
    bodyStart: 0,
    title: `${mapping.label}, record ${externalId}`,
    url: null,
    outlet: mapping.label,
    author: null,
    published: null,
    anchor: { kind: 'none', date: null, span: null },
    updateNotes: [],
    sourcePath,
    ingestedAt: now.toISOString(),
  };
}
