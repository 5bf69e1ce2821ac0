import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ParallaxError } from '../../lib/errors.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The shared evaluation material (seed and dev corpora, PolNeAR) lives beside the clone in
 * ../shared; `--shared DIR` or PARALLAX_SHARED point elsewhere. Missing material is a loud error:
 * an evaluation that silently measures nothing would hide a regression.
 */
export function locateShared(explicit: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  const dir = path.resolve(explicit ?? env.PARALLAX_SHARED ?? path.join(PROJECT_ROOT, '..', 'shared'));
  for (const needed of ['corpus/seed', 'corpus/dev', 'data/polnear/dev.jsonl']) {
    if (!existsSync(path.join(dir, needed))) {
      throw new ParallaxError('missing_shared', `Evaluation material not found: ${path.join(dir, needed)} is missing. Put the shared folder beside the clone (../shared) or pass --shared DIR.`);
    }
  }
  return dir;
}
