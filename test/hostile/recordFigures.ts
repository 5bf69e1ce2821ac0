import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the tests leave the figures that scripts/write-reliability.ts renders into docs/reliability.md. */
export const FIGURES_DIR = join(import.meta.dirname, '..', '..', 'test-artifacts', 'reliability');

/** Writes one group of measured figures (one file per group, so parallel test files never race). */
export function recordFigures(group: string, figures: Record<string, unknown>): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(join(FIGURES_DIR, `${group}.json`), JSON.stringify({ ...figures, measuredAt: new Date().toISOString() }, null, 2) + '\n');
}
