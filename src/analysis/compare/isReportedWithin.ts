import type { ComparableClaim } from './groupPositions.js';

/**
 * A claim inside the span of another speaker's claim on the same facet is speech reported within
 * that account ("she said officials told her he was held under another name"): it is the outer
 * speaker's word, not an account of the inner speaker's own (neither an answer nor a corroboration).
 */
export function isReportedWithin(c: ComparableClaim, list: readonly ComparableClaim[]): boolean {
  return list.some(
    (d) =>
      d !== c &&
      d.versionId === c.versionId &&
      d.speaker !== null &&
      d.speaker.name !== c.speaker?.name &&
      d.start <= c.start &&
      c.end <= d.end &&
      d.end - d.start > c.end - c.start,
  );
}
