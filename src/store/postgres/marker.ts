/**
 * What marks a PostgreSQL schema as Parallax's: a `parallax_meta` table holding the schema
 * version, written by the first migration in the same transaction as every other table.
 */
export const META_TABLE = 'parallax_meta';

export const SCHEMA_VERSION_KEY = 'schema_version';

/** Key of the advisory lock that lets one opener migrate while the others wait (many workers start at once). */
export const MIGRATION_LOCK_KEY = 0x50524c58; // "PRLX"
