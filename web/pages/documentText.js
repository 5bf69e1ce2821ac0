import { buildAttributionMarks, classesOfSegment } from '../lib/attributionMarks.js';
import { h } from '../lib/dom.js';
import { formatSpeaker } from '../lib/format.js';
import { buildSegments } from '../lib/segments.js';

const KIND_LABEL = { direct: 'direct quote', indirect: 'paraphrase', mixed: 'partial quote' };

/** A tooltip naming who said it; the attribution list below the text carries the same for keyboards. */
function describe(segmentMarks, attributions) {
  const seen = new Set();
  const parts = [];
  for (const mark of segmentMarks) {
    if (mark.attribution === undefined || seen.has(mark.attribution)) continue;
    seen.add(mark.attribution);
    const att = attributions[mark.attribution];
    parts.push(`${formatSpeaker(att.speaker)}, ${KIND_LABEL[att.kind] ?? att.kind}`);
  }
  return parts.join('; ') || null;
}

/**
 * The document text, every attribution highlighted (source, cue, content) in its speaker's
 * colour, the header before `bodyStart` dimmed, and the linked passage (if any) marked as target.
 * Returns the text node and the first target element so the page can scroll to and focus it.
 */
export function renderDocumentText(doc, colours, target) {
  const marks = buildAttributionMarks(doc.attributions, colours);
  if (doc.bodyStart > 0) marks.push({ kind: 'header', start: 0, end: doc.bodyStart });
  if (target) marks.push(target);
  const container = h('div', { class: 'doc-text', 'data-testid': 'document-text' });
  let firstTarget = null;
  for (const segment of buildSegments(doc.text.length, marks)) {
    const text = doc.text.slice(segment.start, segment.end);
    if (!segment.marks.length) {
      container.append(document.createTextNode(text));
      continue;
    }
    const isTarget = segment.marks.some((m) => m.kind === 'target');
    const span = h(
      isTarget ? 'mark' : 'span',
      { class: classesOfSegment(segment.marks).join(' '), title: describe(segment.marks, doc.attributions), 'data-start': segment.start, 'data-end': segment.end },
      text,
    );
    if (isTarget && !firstTarget) {
      span.setAttribute('tabindex', '-1');
      span.setAttribute('data-testid', 'target');
      firstTarget = span;
    }
    container.append(span);
  }
  return { node: container, firstTarget };
}
