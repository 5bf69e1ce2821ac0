// Ends every Parallax store connection to the database at argv[2] (not the queue's), as a server
// restart or an operator's pg_terminate_backend would. With `--refuse-new`, the database first
// refuses new store connections (a login event trigger; the queue's and others still connect), as
// a store that cannot reach its server would find. Run synchronously by the tests (from inside a
// worker's job), so the very next query finds its connection gone. Prints how many it ended.
// `--allow` drops the trigger again.
import pg from 'pg';

const [url, flag] = process.argv.slice(2);
const client = new pg.Client({ connectionString: url });
await client.connect();
if (flag === '--allow') {
  await client.query('DROP EVENT TRIGGER IF EXISTS parallax_test_refuse_store');
  await client.end();
  process.exit(0);
}
if (flag === '--refuse-new') {
  await client.query(`CREATE OR REPLACE FUNCTION parallax_test_refuse_store() RETURNS event_trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF current_setting('application_name') = 'parallax' THEN RAISE EXCEPTION 'this test refuses store connections'; END IF;
    END $$`);
  await client.query('CREATE EVENT TRIGGER parallax_test_refuse_store ON login EXECUTE FUNCTION parallax_test_refuse_store()');
}
const { rows } = await client.query(
  `SELECT pid, pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'parallax' AND pid <> pg_backend_pid()`,
);
// pg_terminate_backend only signals: wait until those backends have exited (their sockets closed),
// so the caller's next query cannot race the termination.
const pids = rows.map((r) => r.pid);
for (let waited = 0; waited < 10_000; waited += 20) {
  const alive = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = ANY($1)', [pids]);
  if (alive.rows[0].n === 0) break;
  await new Promise((resolve) => setTimeout(resolve, 20));
}
await client.end();
process.stdout.write(`${rows.filter((r) => r.ended).length}\n`);
