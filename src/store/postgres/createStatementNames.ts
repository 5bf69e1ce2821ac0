/** Gives a statement text a prepared-statement name once it repeats (see createStatementNames). */
export interface StatementNames {
  /** The name `sql` runs under, or undefined to run it unnamed (parsed and planned afresh). */
  nameOf(sql: string): string | undefined;
}

// The number of names is capped, and so are the texts remembered while waiting for a repeat.
const MAX_NAMED = 400;
const MAX_NAMED_LENGTH = 4000;

/**
 * Statements with parameters run as named prepared statements from their second use on: the
 * server parses them once per connection (and may keep a generic plan), and the client skips the
 * parse and row-description traffic (about a third of a short query's CPU on both sides). One-off
 * texts (a multi-row insert's shape, inlined lock ids) are not named until they repeat. A name
 * always stands for one text, so one set of names may serve every connection of a pool: each
 * connection prepares a name the first time it runs it (node-postgres keeps track).
 */
export function createStatementNames(prefix: string): StatementNames {
  const seen = new Set<string>();
  const names = new Map<string, string>();
  return {
    nameOf(sql) {
      if (sql.length > MAX_NAMED_LENGTH) return undefined;
      let name = names.get(sql);
      if (!name && names.size < MAX_NAMED) {
        if (seen.has(sql)) {
          name = `${prefix}_${names.size + 1}`;
          names.set(sql, name);
        } else if (seen.size < MAX_NAMED * 10) seen.add(sql);
      }
      return name;
    },
  };
}
