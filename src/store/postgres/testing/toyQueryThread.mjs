// Entry of a toy query thread for startQueryThread's tests (see toyQueryThread.ts). Registers tsx
// itself, as queryWorker.mjs does, since a worker thread does not inherit the loader.
import { register } from 'tsx/esm/api';

register();
await import('./toyQueryThread.ts');
