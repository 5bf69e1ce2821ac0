import type { TokenRange } from './attributionContext.js';

/** The source of a cue, or why there is none. */
export type SourceResult = { readonly kind: 'source'; readonly range: TokenRange } | { readonly kind: 'negated' } | { readonly kind: 'none' };

export const NO_SOURCE: SourceResult = Object.freeze({ kind: 'none' });
export const NEGATED_SOURCE: SourceResult = Object.freeze({ kind: 'negated' });
/** The longest speaker phrase a scan accepts, in tokens. */
export const MAX_SOURCE_TOKENS = 40;
