import type { Analysis, PlaceMention } from '../../../domain/analysis.js';
import type { Attribution } from '../../../domain/attribution.js';
import type { ParsedDocument } from '../../../domain/document.js';
import { findUpdateNotes } from '../../../ingest/notes/findUpdateNotes.js';
import { analyseText } from '../../../nlp/analyseText.js';
import type { SentenceInfo } from '../describeSentences.js';
import { describeSentences } from '../describeSentences.js';

export interface DescribedText {
  readonly doc: ParsedDocument;
  readonly analysis: Analysis;
  /** Who said what in it, as the NLP stages read it. */
  readonly attributions: readonly Attribution[];
  readonly sentences: SentenceInfo[];
  /** Place mentions of the title, when one is given. */
  readonly headlinePlaces: PlaceMention[];
}

/**
 * An invented text as a parsed document published on `published`, analysed and described as the
 * extract stage sees it, with its editors' notes. A `title` stands before the body, as the text format writes it.
 */
export function describeText(body: string, published: string, title: string | null = null): DescribedText {
  const head = title === null ? '' : `${title}\n\n`;
  const text = head + body;
  const doc: ParsedDocument = {
    kind: 'parsed-document',
    format: 'text',
    sha256: 'x',
    byteLength: text.length,
    text,
    bodyStart: head.length,
    metadata: { title, url: null, outlet: null, author: null, published, modified: null },
    anchor: { kind: 'explicit', date: published, span: null },
    // Editors' notes, as parseDocument finds them.
    updateNotes: findUpdateNotes(text, head.length, published),
  };
  const { analysis, attributions } = analyseText(text, { anchorDate: published, bodyStart: doc.bodyStart });
  const headlinePlaces = analysis.mentions.filter((m): m is PlaceMention => m.kind === 'place' && title !== null && m.end <= title.length);
  return { doc, analysis, attributions, sentences: describeSentences(doc, analysis), headlinePlaces };
}
