import type { DatePrecision } from '../domain/analysis.js';
import type { AuditEntry, ReviewDecision, VisibilityRule } from '../domain/audit.js';
import type { IncidentDraft } from '../domain/incident.js';
import type {
  AttributionRecord,
  ClaimRecord,
  DocumentVersionRecord,
  FailureRecord,
  IncidentRecord,
} from '../domain/records.js';

/** One document's account of one incident, as stored beside the version it was read from. */
export interface StoredDraft {
  readonly versionId: string;
  readonly documentId: string;
  readonly localIndex: number;
  /** The incident this draft was merged into; null until resolution has placed it. */
  readonly incidentId: string | null;
  readonly draft: IncidentDraft;
  /** The version's publication date (YYYY-MM-DD), kept here so drafts sort without a join. */
  readonly published: string | null;
}

/** What incident resolution needs to decide whether a new draft joins an existing incident. */
export interface IncidentCandidateRow {
  readonly id: string;
  readonly date: string | null;
  readonly datePrecision: DatePrecision;
  readonly city: string | null;
  readonly state: string | null;
  readonly place: string | null;
  /** Names of the persons whose role is "subject". */
  readonly subjectNames: readonly string[];
  readonly agencies: readonly string[];
}

/** Dates are YYYY-MM-DD, inclusive; null leaves that side open. */
export interface DateWindow {
  readonly from: string | null;
  readonly to: string | null;
}

export interface IncidentDocumentRow {
  readonly versionId: string;
  readonly documentId: string;
  /** true when the incident is what the version is about (any of its drafts for it is primary). */
  readonly primary: boolean;
}

export interface ListIncidentsOptions {
  /** Plain words, all of which must appear (claims text or member documents' text). A trailing `*` makes a word a prefix. */
  readonly q?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface IncidentPage {
  /** Every incident matching `q`, not only the ones on this page (a lower bound when `totalIsLowerBound`). */
  readonly total: number;
  /**
   * true when a search matched more incidents than SEARCH_COUNT_CAP and counting stopped there:
   * there are at least `total`. Absent or false: `total` is exact.
   */
  readonly totalIsLowerBound?: boolean;
  readonly items: readonly IncidentRecord[];
}

/** How many matches of a search are counted at most: an exact count of a word every incident has would read every row. */
export const SEARCH_COUNT_CAP = 1000;

/** One incident as the incidents page lists, maps and facets it: no claims, no provenance. */
export interface IncidentListRow {
  readonly id: string;
  readonly date: string | null;
  readonly city: string | null;
  readonly state: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly agencies: readonly string[];
  readonly force: readonly string[];
  /** The first person whose role is "subject" (name null: no document names them). */
  readonly subject: { readonly name: string | null; readonly outcome: string } | null;
  readonly contestedCount: number;
  readonly claimCount: number;
  readonly documentCount: number;
}

/** How many of an incident's items reviewers confirmed or corrected. */
export interface ReviewTally {
  readonly incidentId: string;
  readonly confirmed: number;
  readonly corrected: number;
}

/** A claim found by its speaker, with the publication date of the version it was read from. */
export interface SpeakerClaimRow {
  readonly claim: ClaimRecord;
  readonly published: string | null;
}

/** See Store.transaction. */
export type TransactionMode = 'exclusive' | 'keyed';

/**
 * The one storage interface. SQLite (src/store/sqlite) is the embedded default; a PostgreSQL
 * implementation (src/store/postgres) sits beside it with the same behaviour, checked by the same test suite
 * (describeStore.ts). Ids are always given by the caller: the store never invents one.
 * Methods that write several rows are atomic on their own; `transaction` groups several calls.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  close(): void;
  /**
   * Runs `fn` all-or-nothing: if it throws, nothing it wrote stays. Nests. An `exclusive`
   * transaction (the default) runs alone among the writers of every process sharing the database.
   * A `keyed` one runs beside other keyed ones and must itself `lockKeys` what it reads before
   * writing on the strength of it; exclusive transactions still wait for every keyed one, and the
   * reverse. The mode of a nested call is its outermost transaction's.
   */
  transaction<T>(fn: () => T, mode?: TransactionMode): T;
  /**
   * Runs `fn`, whose transactions each still succeed or fail alone, so that what they write is
   * durable once `fn` returns, committed together where a commit costs as much as the writes
   * (SQLite: `fn` is one transaction, each inner one a savepoint; if the group fails, by its commit
   * or an error `fn` lets out, nothing of it stays). A store whose writers run side by side
   * (PostgreSQL) commits each transaction on its own: a group would hold their locks.
   */
  commitGroup<T>(fn: () => T): T;
  /**
   * Inside a keyed transaction: waits until no other transaction holds any of these keys, then
   * holds them until this one ends. Take one phase's keys in one call: two transactions taking
   * overlapping keys over several calls in different orders can deadlock (PostgreSQL then fails
   * one of them). A no-op where writers run one at a time anyway (SQLite).
   */
  lockKeys(keys: readonly string[]): void;
  /** lockKeys without waiting: false (and none of them held for sure) when another transaction holds one. Always true on SQLite. */
  tryLockKeys(keys: readonly string[]): boolean;

  // documents: versions are immutable once inserted
  findVersionBySha256(sha256: string): DocumentVersionRecord | null;
  findLatestVersionByDocumentId(documentId: string): DocumentVersionRecord | null;
  getVersion(versionId: string): DocumentVersionRecord | null;
  /** Oldest first (insertion order). */
  listVersions(documentId: string): DocumentVersionRecord[];
  /** The newest version of every document, in the order the documents were first stored. */
  listLatestVersionIds(): string[];
  /** Throws `bad_input` when the id or the sha256 is already stored. */
  insertVersion(version: DocumentVersionRecord): void;

  // per-version analysis results, replaced as a whole when a version is re-analysed
  replaceAttributions(versionId: string, attributions: readonly AttributionRecord[]): void;
  /** In the order they were given to replaceAttributions (claim drafts index into it). */
  listAttributions(versionId: string): AttributionRecord[];
  /**
   * The ids of listAttributions, in the same order, without reading the rest of each row: what an
   * incident's rebuild needs of its other documents' attributions. Optional: a store without it is
   * asked for listAttributions.
   */
  listAttributionIds?(versionId: string): string[];
  replaceDrafts(versionId: string, drafts: readonly StoredDraft[]): void;
  listDrafts(versionId: string): StoredDraft[];
  /** Oldest publication first. */
  listDraftsForIncident(incidentId: string): StoredDraft[];

  // incidents
  /**
   * Incidents dated inside the window, plus undated ones (they cannot be ruled out by date). With
   * `keys` (blocking keys, see rows/blockingKeys.ts), only those stored under at least one of them,
   * found through an index, and per key at most CANDIDATES_PER_KEY of the most recently dated and as
   * many undated ones (lowest ids first): the cost stays flat as the store grows.
   */
  findIncidentCandidates(window: DateWindow, keys?: readonly string[]): IncidentCandidateRow[];
  /** Inserts or replaces the incident and replaces all of its claims; a claim stored under another incident moves to this one. */
  saveIncident(incident: IncidentRecord, claims: readonly ClaimRecord[]): void;
  /** Deletes the incident and its claims; drafts that pointed to it become unassigned. */
  deleteIncident(id: string): void;
  getIncident(id: string): IncidentRecord | null;
  /** In the order they were given to saveIncident. */
  listClaims(incidentId: string): ClaimRecord[];
  /** Most recent date first, undated last. Throws `bad_argument` for a bad limit/offset. */
  listIncidents(options: ListIncidentsOptions): IncidentPage;
  /** Every version holding a draft of the incident, oldest publication first. */
  listIncidentDocuments(incidentId: string): IncidentDocumentRow[];
  countIncidents(): number;
  /**
   * A counter that moves whenever anything readers see is written (documents, analyses, drafts,
   * incidents, claims, audit, review decisions, visibility), by this process or any other sharing
   * the database, and never on a read. Read models compare it to know when their copy is stale.
   */
  readGeneration(): number;
  /** Every incident as a light row, most recent first, undated last (the read model facets these). */
  listIncidentRows(): IncidentListRow[];
  /** Ids of incidents matching a search (same rule as listIncidents' `q`); `bad_argument` when it has no words. */
  searchIncidentIds(q: string): string[];
  /** Every claim whose resolved speaker has this exact name, oldest publication first. */
  listClaimsBySpeaker(name: string): SpeakerClaimRow[];

  // review (migration 002): the audit log is append-only; decisions and visibility survive rebuilds
  /** Appends one entry; call it inside the same `transaction` as the change it records. Throws `bad_input` for a repeated id. */
  appendAudit(entry: AuditEntry): void;
  /** Entries whose incidentId is this incident or whose target is the incident itself, oldest first. */
  listAudit(incidentId: string): AuditEntry[];
  /** Inserts or replaces the decision on (incidentId, kind, key). */
  saveReviewDecision(decision: ReviewDecision): void;
  listReviewDecisions(incidentId: string): ReviewDecision[];
  /** Inserts or replaces the rule on (incidentId, field). */
  saveVisibility(rule: VisibilityRule): void;
  listVisibility(incidentId: string): VisibilityRule[];
  /** Incidents marked private as a whole, for hiding them from anonymous lists. */
  listPrivateIncidentIds(): string[];
  /** One tally per incident that has at least one decision. */
  listReviewTallies(): ReviewTally[];

  // failures
  recordFailure(failure: FailureRecord): void;
  /** In the order they were recorded. */
  listFailures(): FailureRecord[];
}
