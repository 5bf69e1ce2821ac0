import type { Migration } from '../migration.js';

/**
 * Drops the GIN indexes of the claims' and the versions' own word vectors (issue 6: the server's
 * CPU per ingested article). Since migration 007 a search reads `incident_search` (its GIN index
 * collects the matching incidents) and checks a claim's or a version's vector only for an
 * incident already found, by the incident's rows (claims by incident, drafts by incident, versions
 * by id), never by a word. The two indexes were read only while a store upgraded from before 007 is
 * being indexed, by a reader in another process (backfillIncidentSearch runs when the store opens):
 * such a search now reads every claim and version, once, for the minutes of an upgrade. Each
 * ingested article put a few hundred entries into them, in the worker's own transaction (about
 * 9 kB of its 64 kB of WAL), and left their pending lists for a vacuum to merge. The vectors
 * themselves stay: the rows' checks and the incident vectors read them.
 */
export const MIGRATION_016_UNREAD_SEARCH_INDEXES: Migration = Object.freeze({
  version: 16,
  name: 'unread_search_indexes',
  sql: `
DROP INDEX claims_search;
DROP INDEX document_versions_search;
`,
});
