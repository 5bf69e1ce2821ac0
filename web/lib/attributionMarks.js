import { colourOf } from './speakerPalette.js';

/**
 * Turns a document's attributions into highlight marks for buildSegments: the source mention, the
 * cue and every fragment of the content, each tagged with its attribution and speaker colour.
 */
export function buildAttributionMarks(attributions, colours) {
  const marks = [];
  attributions.forEach((attribution, index) => {
    const base = { attribution: index, colour: colourOf(colours, attribution.speaker) };
    if (attribution.source) marks.push({ ...base, kind: 'source', start: attribution.source.start, end: attribution.source.end });
    if (attribution.cue) marks.push({ ...base, kind: 'cue', start: attribution.cue.start, end: attribution.cue.end });
    const fragments = attribution.content.fragments?.length ? attribution.content.fragments : [attribution.content];
    for (const fragment of fragments) marks.push({ ...base, kind: 'content', start: fragment.start, end: fragment.end });
  });
  return marks;
}

/** The passage a link points at, if it lies inside the text; otherwise null (the page says so). */
export function buildTargetMark(textLength, start, end) {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end > textLength || start >= end) return null;
  return { kind: 'target', start, end };
}

/** CSS classes for one segment: every mark kind present, the innermost attribution's colour. */
export function classesOfSegment(marks) {
  const classes = new Set();
  let innermost = null;
  for (const mark of marks) {
    classes.add(`mark-${mark.kind}`);
    if (mark.colour && (!innermost || mark.end - mark.start < innermost.end - innermost.start)) innermost = mark;
  }
  if (innermost) classes.add(innermost.colour);
  return [...classes];
}
