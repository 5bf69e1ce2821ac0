import type { PublishedAnchor, UpdateNote } from '../../domain/document.js';
import type { Span } from '../../lib/spans.js';

/** A date the document states about itself, and where it stated it. */
export interface StatedDate {
  readonly kind: 'header' | 'json-ld' | 'html-meta';
  /** YYYY-MM-DD */
  readonly date: string;
  readonly span: Span | null;
}

export interface AnchorEvidence {
  /** YYYY-MM-DD given by the user; already validated. */
  readonly explicit: string | null;
  /** In order of trust: header, then JSON-LD, then HTML meta. */
  readonly stated: readonly StatedDate[];
  readonly updateNotes: readonly UpdateNote[];
  readonly dateline: { readonly date: string; readonly span: Span } | null;
}

const STATED_ORDER: readonly StatedDate['kind'][] = ['header', 'json-ld', 'html-meta'];

/**
 * The publication anchor, from the strongest evidence available: the user's word, a date the
 * document states about itself, its earliest dated update note, a dateline — or none at all,
 * which is better than a guess because every relative date ("Wednesday") resolves against it.
 */
export function chooseAnchor(evidence: AnchorEvidence): PublishedAnchor {
  if (evidence.explicit) return Object.freeze({ kind: 'explicit', date: evidence.explicit, span: null });
  for (const kind of STATED_ORDER) {
    const stated = evidence.stated.find((s) => s.kind === kind);
    if (stated) return Object.freeze({ kind, date: stated.date, span: stated.span });
  }
  const dated = evidence.updateNotes.filter((n): n is UpdateNote & { date: string } => n.date !== null);
  if (dated.length) {
    const earliest = dated.reduce((a, b) => (b.date < a.date ? b : a));
    return Object.freeze({ kind: 'update-note', date: earliest.date, span: earliest.span });
  }
  if (evidence.dateline) return Object.freeze({ kind: 'dateline', date: evidence.dateline.date, span: evidence.dateline.span });
  return Object.freeze({ kind: 'none', date: null, span: null });
}
