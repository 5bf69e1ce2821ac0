import type { Span } from '../lib/spans.js';

export type { Span };

/** A span that may be discontinuous (a quote split around its cue): `fragments` in text order. */
export interface FragmentedSpan extends Span {
  readonly fragments: readonly Span[];
}
