import { z } from 'zod';
import trackersJson from '../../../vocab/trackers.json' with { type: 'json' };
import { ParallaxError } from '../../lib/errors.js';

/** A saved filter reproducing one tracker's inclusion rule (vocab/trackers.json). */
export interface Tracker {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly rule: TrackerRule;
}

export interface TrackerRule {
  readonly forceAny?: readonly string[];
  readonly outcomeAny?: readonly string[];
  readonly contested?: boolean;
}

const schema = z.object({
  trackers: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      label: z.string().min(1),
      description: z.string(),
      rule: z.object({
        forceAny: z.array(z.string()).optional(),
        outcomeAny: z.array(z.string()).optional(),
        contested: z.boolean().optional(),
      }),
    }),
  ),
});

let cached: readonly Tracker[] | null = null;

/** Parses tracker definitions; `raw` defaults to vocab/trackers.json. */
export function loadTrackers(raw: unknown = trackersJson): readonly Tracker[] {
  if (raw === trackersJson && cached) return cached;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ParallaxError('bad_input', 'vocab/trackers.json is not valid.', { issues: parsed.error.issues.map((i) => i.message) });
  const trackers = Object.freeze(parsed.data.trackers.map((t) => Object.freeze(t)));
  if (raw === trackersJson) cached = trackers;
  return trackers;
}

/** Whether a row passes a tracker's rule: every named condition holds, any value within one. */
export function matchesTracker(rule: TrackerRule, row: { force: readonly string[]; outcome: string | null; contested: boolean }): boolean {
  if (rule.forceAny && !rule.forceAny.some((f) => row.force.includes(f))) return false;
  if (rule.outcomeAny && !(row.outcome !== null && rule.outcomeAny.includes(row.outcome))) return false;
  if (rule.contested !== undefined && rule.contested !== row.contested) return false;
  return true;
}
