import type pg from 'pg';

/** The plan's text for `sql` with one text parameter `param`, as a prepared statement's generic plan (the one a named statement or a function keeps). */
export async function genericPlanOf(client: pg.Client, sql: string, param: string): Promise<string> {
  await client.query(`SET plan_cache_mode = force_generic_plan`);
  await client.query(`PREPARE probe(text) AS ${sql}`);
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN EXECUTE probe('${param}')`);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.query('DEALLOCATE probe');
  }
}
