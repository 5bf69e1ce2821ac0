// Entry of the PostgreSQL query worker thread (see openConnection.ts). Plain JavaScript on
// purpose: on Node 20 a worker thread does not inherit tsx's loader and `--import tsx` in its
// execArgv is ignored, so this file registers tsx itself before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./runQueryWorker.ts');
