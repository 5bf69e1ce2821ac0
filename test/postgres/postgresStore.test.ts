import { describeStore } from '../../src/store/describeStore.js';
import { openPostgresStore } from '../../src/store/postgres/openPostgresStore.js';
import { useEmbeddedPostgres } from './useEmbeddedPostgres.js';

// One real server for the file, a fresh database for every test: the same suite as SQLite.
const server = useEmbeddedPostgres();

describeStore('postgres', async () => {
  const store = openPostgresStore(await server().createDatabase());
  return { store, dispose: () => store.close() };
});
