export const USAGE = `Usage: parallax <command> [options]

Commands:
  start                          ingest the bundled samples, then serve the UI (npm start)
  ingest PATH... [--published YYYY-MM-DD] [--doc-timeout-ms N] [--queue] [--json]
                                 ingest text/HTML/PDF files, folders (recursively) or URLs
  incidents [--q WORDS] [--json] one line per incident
  show ID [--json]               an incident, its claims by speaker, its contested points
  export --format csv|json|geojson|claimreview [--claims] [--q WORDS] [--mapping NAME] [--with-documents] [--out FILE]
                                 the (filtered) incidents or their claims, streamed
  import csv FILE --mapping NAME [--json]
                                 a dataset (e.g. washington-post), one incident per row
  import json FILE [--json]      rebuild from an export made with --with-documents
  follow FEED_URL... [--once] [--interval 900] [--json]
                                 poll RSS/Atom feeds and ingest their new items
  attribute --input F.jsonl --output P.jsonl
                                 who said what, for {id, text, published?} lines
  reanalyse [--json]             re-run every stage after ingest over the stored documents
  serve [--port 8080] [--host 127.0.0.1]
                                 serve the web UI and the JSON API
  eval seed|dev|all [--shared DIR] [--floors FILE] [--json] [--verbose]
                                 measure against gold data (docs/evaluation.md)
  eval incidents --docs DIR --gold DIR [--json]
                                 clustering (B³), incident fields, contested points
  eval attribution --data FILE.jsonl [--method rules|learned|combined|confident|scored] [--json]
                                 score attribution against PolNeAR-format gold
  backup FILE                    a consistent copy of the live database (SQLite online backup)
  restore FILE [--force]         put a checked backup back as the database
  user add NAME [--role admin|editor|viewer] | list | remove NAME
                                 accounts (password from env PARALLAX_PASSWORD, else generated)
  token create USER [--scopes read,write,admin] [--label L] | revoke ID
                                 API tokens for scripts (shown once, stored hashed)
  worker [--concurrency N] [--until-empty] [--json]
                                 process queued ingest jobs (PostgreSQL; ingest --queue enqueues)
  migrate-db --from FILE --to postgres://… [--json]
                                 copy an embedded database into PostgreSQL

Every command takes --db FILE or --db postgres://… (default env PARALLAX_DB, then env
DATABASE_URL, then ./data/parallax.db); see docs/postgres.md.
`;
