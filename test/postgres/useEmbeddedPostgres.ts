import { afterAll, beforeAll } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedServer } from './startEmbeddedPostgres.js';

/**
 * One real PostgreSQL server for the calling test file: started before its tests, stopped after
 * them. Returns the getter tests call for the server (e.g. `server().createDatabase()` for a fresh
 * database per test).
 */
export function useEmbeddedPostgres(): () => EmbeddedServer {
  let server: EmbeddedServer | undefined;
  beforeAll(async () => {
    server = await startEmbeddedPostgres();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  }, 60_000);
  return () => {
    if (!server) throw new Error('The embedded PostgreSQL server is not running: call server() inside a test or hook, not at file load.');
    return server;
  };
}
