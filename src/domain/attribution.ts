import type { FragmentedSpan, Span } from './span.js';
import type { Role } from './roles.js';

export type AttributionKind = 'direct' | 'indirect' | 'mixed';

/** The resolved speaker: "she" / "McLaughlin" → { name: "Tricia McLaughlin", affiliation: "Department of Homeland Security", role: "official" }. */
export interface Speaker {
  readonly name: string;
  readonly affiliation: string | null;
  readonly role: Role;
}

/** Who said what: source mention, cue, content (possibly in fragments), and the resolved speaker. */
export interface Attribution {
  readonly kind: AttributionKind;
  readonly source: Span | null;
  readonly cue: Span | null;
  readonly content: FragmentedSpan;
  /** null when the speaker cannot be resolved with confidence: a gap, never a guess. */
  readonly speaker: Speaker | null;
  /** Index of the sentence holding the cue (or the content when there is no cue). */
  readonly sentence: number;
}
