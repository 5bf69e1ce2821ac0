import { afterAll, beforeAll } from 'vitest';
import { describeStore } from '../../src/store/describeStore.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { startEmbeddedPostgres, type EmbeddedServer } from './startEmbeddedPostgres.js';

// One real server for the file, a fresh database for every test: the same suite as SQLite.
let server: EmbeddedServer;

beforeAll(async () => {
  server = await startEmbeddedPostgres();
}, 120_000);

afterAll(async () => {
  await server?.stop();
}, 60_000);

describeStore('postgres', async () => {
  const store = openPostgresStore(await server.createDatabase());
  return { store, dispose: () => store.close() };
});
