import type { Migration } from '../migration.js';

/**
 * Drops the indexes no query of the PostgreSQL store reads, as the SQLite store's migration 011
 * did for its own (issue 6: the server's CPU per ingested article). Every ingested document writes
 * about twenty attributions and ten claims, and each row went into these indexes too: the
 * attributions by speaker (the store reads a version's attributions by version, and a speaker's
 * claims from `claims_speaker`, which stays), the claims by facet and by side (read by incident
 * or by speaker only), the versions by URL (found by id or sha256) and the incidents by state and
 * city (the list orders by date; filters run on its rows). About 40 index entries per article, in
 * the worker's own transaction, and their WAL. A query that needs one again adds it back in a new
 * migration beside that query.
 */
export const MIGRATION_015_UNREAD_INDEXES: Migration = Object.freeze({
  version: 15,
  name: 'postgres_unread_indexes',
  sql: `
DROP INDEX attributions_speaker;
DROP INDEX claims_facet;
DROP INDEX claims_side;
DROP INDEX document_versions_url;
DROP INDEX incidents_state_city;
`,
});
