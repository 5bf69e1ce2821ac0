// The process the crash test kills: opens the database, says "ready", ingests a folder, says "done".
import { ingestPaths } from '../../src/services/ingest/ingestPaths.js';
import { openStore } from '../../src/store/openStore.js';

const [dbPath, folder] = process.argv.slice(2);
if (!dbPath || !folder) throw new Error('usage: ingestChild DB FOLDER');
const store = openStore(dbPath);
process.stdout.write('ready\n');
const summary = ingestPaths(store, [folder]);
store.close();
process.stdout.write(`done ${summary.stored} ${summary.unchanged} ${summary.failed.length}\n`);
