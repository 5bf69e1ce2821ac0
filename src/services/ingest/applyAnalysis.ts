import { extractIncidents } from '../../analysis/extract/extractIncidents.js';
import type { ParsedDocument } from '../../domain/document.js';
import type { AttributionRecord } from '../../domain/records.js';
import { readRecordDraft } from '../../ingest/csv/readRecordDraft.js';
import { NO_DEADLINE, type Deadline } from '../../lib/deadline.js';
import { stableId } from '../../lib/ids.js';
import { analyseText, NLP_STAGE_LABEL } from '../../nlp/analyseText.js';
import { detectLanguage } from '../../nlp/language/detectLanguage.js';
import type { Store } from '../../store/Store.js';
import { incidentLockKey, placementLockKeys } from '../incidents/lockKeys.js';
import { placeDrafts } from '../incidents/placeDrafts.js';
import { rebuildIncident } from '../incidents/rebuildIncident.js';

/** What the pure stages make of one document version, before anything is stored. */
export interface VersionAnalysis {
  readonly attributions: readonly AttributionRecord[];
  readonly drafts: ReturnType<typeof extractIncidents>;
  /** The language of a document Parallax does not read (vocab/languages.json): stored, not analysed. */
  readonly unreadLanguage?: { readonly code: string; readonly name: string | null };
}

/** The pure stages' signature: what ingest calls, and what a test may stand in for. */
export type AnalyseVersion = (doc: ParsedDocument, versionId: string, deadline?: Deadline) => VersionAnalysis;

/**
 * Runs analyse → attribute → extract over one document: pure, no store; `deadline` is checked between
 * stages. A document in a language Parallax does not read is analysed for nothing (`unreadLanguage`).
 */
export function analyseVersion(doc: ParsedDocument, versionId: string, deadline: Deadline = NO_DEADLINE): VersionAnalysis {
  // An imported dataset row is read from its columns, not as prose (src/ingest/csv).
  const record = readRecordDraft(doc.text);
  if (record) return { attributions: [], drafts: [record] };
  // A text in a language Parallax does not read would only yield nothing, or wrong readings.
  const language = detectLanguage(doc.text.slice(doc.bodyStart));
  if (!language.analysed && language.code !== null) return { attributions: [], drafts: [], unreadLanguage: { code: language.code, name: language.name } };
  const { analysis, attributions } = analyseText(doc.text, { anchorDate: doc.anchor.date, bodyStart: doc.bodyStart, outlet: doc.metadata.outlet, deadline });
  const drafts = extractIncidents(doc, analysis, attributions);
  deadline.check('extract');
  const records = attributions.map((a, i): AttributionRecord => ({ ...a, id: stableId('att', versionId, i, a.content.start, a.content.end), versionId, stage: NLP_STAGE_LABEL }));
  return { attributions: records, drafts };
}

/** The version applyAnalysis stores an analysis for. */
export interface AnalysisTarget {
  readonly versionId: string;
  readonly documentId: string;
  readonly published: string | null;
  /** An older version of the same document, which stops speaking. */
  readonly supersedes: string | null;
  /** Inserted in the caller's transaction, so it holds no drafts yet. */
  readonly isNew?: boolean;
}

/**
 * Stores a version's analysis and brings every incident it touches up to date: the version's own
 * earlier account (when re-analysed) and `supersedes` (an older version of the same document) stop
 * speaking, the new drafts are placed, and each affected incident is rebuilt. Call inside a transaction:
 * an exclusive one, or a keyed one that has locked the document (documentLockKey) and nothing after it.
 */
export function applyAnalysis(store: Store, target: AnalysisTarget, result: VersionAnalysis): string[] {
  const affected = new Set<string>();
  // A version inserted in this transaction has no account of its own to retire: two round trips saved.
  for (const versionId of [target.isNew ? null : target.versionId, target.supersedes]) {
    if (!versionId) continue;
    for (const old of store.listDrafts(versionId)) if (old.incidentId) affected.add(old.incidentId);
    store.replaceDrafts(versionId, []);
  }
  store.replaceAttributions(target.versionId, result.attributions);
  // Locks for a keyed transaction (lockKeys.ts), each sent with the statement after it: what this
  // version's writes so far depend on is the document's alone; placement reads other documents' incidents.
  // SQLite runs one writer at a time and locks nothing, so its keys are not even made (their blocking
  // keys are the ones placement makes again: 5-10 us, about 0.1% of an article's ingest, issue 6).
  const locks = store.kind !== 'sqlite';
  if (locks) store.lockKeys(placementLockKeys(result.drafts));
  const placed = placeDrafts(store, target.versionId, target.documentId, target.published, result.drafts);
  for (const p of placed) if (p.incidentId) affected.add(p.incidentId);
  if (locks) store.lockKeys([...affected].map(incidentLockKey));
  store.replaceDrafts(target.versionId, placed);
  const known = new Map([[target.versionId, result.attributions]]);
  for (const id of [...affected].sort()) rebuildIncident(store, id, known);
  return placed.map((p) => p.incidentId).filter((id): id is string => Boolean(id));
}
