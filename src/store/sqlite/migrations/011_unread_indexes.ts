import type { Migration } from '../migration.js';

/**
 * Drops the indexes no query of the store reads (issue 6: the store's share of an article's time).
 * Every ingested document wrote about twenty attributions and each rebuilt incident its new claims,
 * and each row went into these indexes too: the attributions by speaker, the claims by facet and by
 * side, the versions by URL (a document is found by its id, which the URL gives) and the incidents
 * by state and city (the list filters its rows in memory). A query that needs one again adds it
 * back in a new migration beside that query.
 */
export const MIGRATION_011_UNREAD_INDEXES: Migration = Object.freeze({
  version: 11,
  name: 'unread_indexes',
  sql: `
DROP INDEX attributions_speaker;
DROP INDEX claims_facet;
DROP INDEX claims_side;
DROP INDEX document_versions_url;
DROP INDEX incidents_state_city;
`,
});
