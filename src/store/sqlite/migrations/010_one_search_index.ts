import type { Migration } from '../migration.js';

/**
 * Every searchable row was indexed twice: in `claims_fts` and `document_versions_fts` (migration 001)
 * and again in `incident_search` (migration 006), which holds the same rows (a claim's text, value
 * and speaker; the title and text of each version for each incident a draft of it is placed in)
 * under the same tokenizer, and which the list's search walks. The read model's whole matching set
 * now comes from `incident_search` too, so the first two go: each ingested document wrote its words
 * into three full-text indexes, now one (issue 6: the store's share of an article's time, and the
 * file's size).
 */
export const MIGRATION_010_ONE_SEARCH_INDEX: Migration = Object.freeze({
  version: 10,
  name: 'one_search_index',
  sql: `
DROP TRIGGER claims_fts_insert;
DROP TRIGGER claims_fts_delete;
DROP TRIGGER claims_fts_update;
DROP TABLE claims_fts;
DROP TRIGGER document_versions_fts_insert;
DROP TRIGGER document_versions_fts_delete;
DROP TRIGGER document_versions_fts_update;
DROP TABLE document_versions_fts;
`,
});
