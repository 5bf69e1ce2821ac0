/**
 * Where a memory run reads its resident set: 1, 2 and 5 times each power of ten up to the total,
 * and the total itself — enough points to see whether memory grows with the store.
 */
export function memoryCheckpoints(total: number): number[] {
  const points = new Set<number>();
  for (let scale = 100; scale <= total; scale *= 10) {
    for (const step of [1, 2, 5]) if (scale * step <= total) points.add(scale * step);
  }
  if (total > 0) points.add(total);
  return [...points].sort((a, b) => a - b);
}
