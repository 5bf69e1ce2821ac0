import type { SizeStep } from './benchResult.js';

/**
 * How a per-operation cost grows between two store sizes, as the exponent k in cost ∝ size^k:
 * about 0 is flat, small is logarithmic, 1 means each operation costs in proportion to the store
 * (so filling the store is quadratic overall).
 */
export function growthExponent(sizeA: number, costA: number, sizeB: number, costB: number): number {
  if (!(costA > 0) || !(costB > 0) || sizeA === sizeB) return 0;
  return Math.log(costB / costA) / Math.log(sizeB / sizeA);
}

const WORRYING = 0.5;
// Below this a step's growth is flat: ×1.26 at most over a tenfold store.
const FLAT = 0.1;

/** A warning line for every per-operation cost that grows faster than √size from one step to the next. */
export function findGrowthFlags(steps: readonly SizeStep[]): string[] {
  const flags: string[] = [];
  const costs: readonly [string, (s: SizeStep) => number][] = [
    ['search p95', (s) => s.search.search.p95],
    ['incident list p95 (no query)', (s) => s.search.list.p95],
    ['placement candidates, dated draft', (s) => s.placement.datedMs],
    ['placement candidates, undated draft', (s) => s.placement.undatedMs],
    ['ingest cost per article', (s) => 1 / s.ingestIntoPerSec],
  ];
  for (let i = 1; i < steps.length; i++) {
    const a = steps[i - 1];
    const b = steps[i];
    for (const [label, cost] of costs) {
      const k = growthExponent(a.documents, cost(a), b.documents, cost(b));
      if (k >= WORRYING) {
        const next = describeNextStep(steps, i, cost);
        // A rise that stops at the next step is bounded: only a rise that goes on is quadratic overall.
        const kind = next ? 'faster than logarithmic over this step' : k >= 0.8 ? 'about linear per operation, so quadratic over a whole ingest' : 'faster than logarithmic';
        flags.push(`${label}: ×${(cost(b) / cost(a)).toFixed(1)} from ${a.documents} to ${b.documents} documents (size^${k.toFixed(2)}, ${kind})${next}`);
      }
    }
  }
  return flags;
}

/**
 * What the same cost does at the following step, when there is one and it does not grow too: a
 * cost that rises to a cap (a search counting matches up to 1,000, placement reading at most 100
 * incidents per key) and then stays is bounded, which the reader of one flag could not tell.
 */
function describeNextStep(steps: readonly SizeStep[], i: number, cost: (s: SizeStep) => number): string {
  const b = steps[i];
  const c = steps[i + 1];
  if (!c) return '';
  const k = growthExponent(b.documents, cost(b), c.documents, cost(c));
  if (k >= WORRYING) return '';
  const then = `; then ×${(cost(c) / cost(b)).toFixed(2)} from ${b.documents} to ${c.documents} (size^${k.toFixed(2)})`;
  return k < FLAT ? `${then}: bounded, it stops growing` : `${then}: slower, about logarithmic`;
}
