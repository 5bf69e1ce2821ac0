// Ends every Parallax store connection to the database at argv[2] (not the queue's), as a server
// restart or an operator's pg_terminate_backend would. Run synchronously by ingestQueue.test.ts
// from inside a worker's job, so the worker's very next query finds its connection gone.
import pg from 'pg';

const client = new pg.Client({ connectionString: process.argv[2] });
await client.connect();
const { rows } = await client.query(
  `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'parallax' AND pid <> pg_backend_pid()`,
);
await client.end();
process.stdout.write(`${rows.filter((r) => r.ended).length}\n`);
