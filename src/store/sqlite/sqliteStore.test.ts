import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStore } from '../describeStore.js';
import { openSqliteStore } from './openSqliteStore.js';

describeStore('sqlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-store-'));
  const store = openSqliteStore(join(dir, 'parallax.db'));
  return {
    store,
    dispose() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
