import { makeSpan, type Span } from '../../../lib/spans.js';
import type { AttributionDraft } from '../attributionDraft.js';

const OPENING = /^(?:that\s+)?(?:["“]|'')?\s*/i;
const CLOSING = /\s*(?:["”]|'')$/;
const FINAL_PUNCT = /[.,;]$/;

/** One learned content piece without PolNeAR's leading "that" and quotation marks. */
function narrow(text: string, piece: Span): Span {
  const raw = text.slice(piece.start, piece.end);
  const lead = OPENING.exec(raw)?.[0].length ?? 0;
  let end = piece.end;
  const quoted = /["“']/.test(raw.slice(0, lead));
  const closing = CLOSING.exec(text.slice(piece.start + lead, end));
  // A quotation loses both marks and keeps its own punctuation; a partly quoted content keeps its marks.
  if (quoted && closing) end -= closing[0].length;
  else if (!quoted && !closing) while (end > piece.start + lead && FINAL_PUNCT.test(text.slice(end - 1, end))) end--;
  return end > piece.start + lead ? makeSpan(text, piece.start + lead, end) : piece;
}

/**
 * The tagger learned PolNeAR's spans (content keeps its quotation marks and a leading "that"); the
 * product's convention strips both (docs/attribution.md). Applied to learned relations before
 * they join the rules' output, so every relation of one document follows one convention.
 */
export function narrowToProductSpans(text: string, draft: AttributionDraft): AttributionDraft {
  return { ...draft, fragments: draft.fragments.map((f) => narrow(text, f)) };
}
