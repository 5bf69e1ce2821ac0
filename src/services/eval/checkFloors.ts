import { readFileSync } from 'node:fs';
import { ParallaxError } from '../../lib/errors.js';

/** A floor per metric: `min` for scores that must not fall, `max` for error counts that must not rise. */
export type Floors = Readonly<Record<string, { readonly min?: number; readonly max?: number; readonly note?: string }>>;

export interface FloorViolation {
  readonly metric: string;
  readonly value: number | null;
  readonly floor: string;
}

export function readFloors(file: string): Floors {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Floors;
  } catch (err) {
    throw new ParallaxError('unreadable_file', `Cannot read the floors file ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Every floor whose metric was measured in this run is checked; a floor whose metric was not
 * measured is a violation too when its group ran (a metric that silently disappears is a regression).
 */
export function checkFloors(metrics: Readonly<Record<string, number>>, floors: Floors, groupsRun: readonly string[]): FloorViolation[] {
  const violations: FloorViolation[] = [];
  for (const [metric, floor] of Object.entries(floors)) {
    if (!groupsRun.some((g) => metric.startsWith(`${g}.`))) continue;
    const value = metric in metrics ? metrics[metric] : null;
    if (floor.min !== undefined && (value === null || value < floor.min - 1e-9)) violations.push({ metric, value, floor: `≥ ${floor.min}` });
    if (floor.max !== undefined && (value === null || value > floor.max + 1e-9)) violations.push({ metric, value, floor: `≤ ${floor.max}` });
  }
  return violations;
}
