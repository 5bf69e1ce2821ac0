/**
 * What marks an SQLite file as a Parallax database: `PRAGMA application_id` (the header bytes at
 * offset 68, readable without opening the file) plus a `parallax_meta` table holding the schema
 * version. Both are written by the first migration in one transaction, so they appear together.
 */
export const PARALLAX_APPLICATION_ID = 0x50524c58; // "PRLX"

export const META_TABLE = 'parallax_meta';

export const SCHEMA_VERSION_KEY = 'schema_version';
