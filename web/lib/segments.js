/**
 * Cuts a text into consecutive segments so that inside each segment the same set of marks applies.
 * Marks may overlap or nest (a cue inside a quote, a linked passage across two attributions); the
 * renderer then wraps each segment once, so no element ever has to be split or nested by hand.
 * Marks are `{ start, end, ... }` with UTF-16 offsets, end exclusive; invalid ones are dropped.
 */
export function buildSegments(textLength, marks) {
  const valid = marks
    .map((mark) => ({ mark, start: Math.max(0, mark.start), end: Math.min(textLength, mark.end) }))
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end);
  const cuts = new Set([0, textLength]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const segments = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i];
    const end = bounds[i + 1];
    const covering = valid.filter((m) => m.start <= start && m.end >= end).map((m) => m.mark);
    segments.push(Object.freeze({ start, end, marks: Object.freeze(covering) }));
  }
  return segments;
}
