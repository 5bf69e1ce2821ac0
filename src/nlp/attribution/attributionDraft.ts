import type { AttributionKind } from '../../domain/attribution.js';
import type { Span } from '../../domain/span.js';

/** An attribution before it is frozen into the domain record; `cueTokens` lets later passes skip used cues. */
export interface AttributionDraft {
  readonly kind: AttributionKind;
  readonly source: Span | null;
  readonly cue: Span | null;
  readonly fragments: readonly Span[];
  readonly sentence: number;
  readonly cueTokens: readonly number[];
}
