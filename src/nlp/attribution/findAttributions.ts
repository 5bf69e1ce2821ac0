import type { Analysis, Mention } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';
import type { StageRef } from '../../domain/stage.js';
import { makeSpan } from '../../lib/spans.js';
import { buildContext, tokenAtOrAfter } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';
import { continueQuotedSentences } from './continueQuotedSentences.js';
import { dropRelayedReports } from './dropRelayedReports.js';
import { loadCueLexicon } from './cueLexicon.js';
import { findColonLeads } from './findColonLeads.js';
import { findDirectQuotes } from './findDirectQuotes.js';
import { findIndirectAttributions } from './findIndirectAttributions.js';
import { repairNameVerbs } from './repairNameVerbs.js';
import { findQuotes } from './findQuotes.js';
import { findLearnedAttributions, findScoredLearnedAttributions } from './learned/findLearnedAttributions.js';
import { narrowToProductSpans } from './learned/narrowToProductSpans.js';
import { loadTaggerModel } from './learned/taggerModel.js';

/**
 * 'rules': the hand-written passes alone. 'learned': the tagger trained on PolNeAR alone (its span
 * conventions: content keeps quotation marks and a leading "that"). 'combined': the rules, plus
 * every learned relation whose cue and content the rules left untouched. 'confident': the same,
 * keeping only learned relations that have a source and that the tagger is sure of
 * (LEARNED_CONFIDENCE_FLOOR), narrowed to the product's span convention.
 */
export type AttributionMethod = 'rules' | 'learned' | 'combined' | 'confident';

export interface AttributionOptions {
  readonly method?: AttributionMethod;
}

/**
 * The least confidence (scoreRelationConfidence: best path minus best path without the cue) for a
 * learned relation to join the rules'. Chosen on PolNeAR train by a held-out split (train on 560
 * articles, measure on the other 280; docs/attribution.md): linked precision .85 with it.
 */
export const LEARNED_CONFIDENCE_FLOOR = 400;

export const ATTRIBUTION_STAGE: StageRef = Object.freeze({ name: 'attribution', version: 2 });

function freezeDraft(text: string, draft: AttributionDraft): Attribution {
  const fragments = Object.freeze(draft.fragments.map((f) => makeSpan(text, f.start, f.end)));
  const start = fragments[0].start;
  const end = fragments[fragments.length - 1].end;
  return Object.freeze({
    kind: draft.kind,
    source: draft.source,
    cue: draft.cue,
    content: Object.freeze({ ...makeSpan(text, start, end), fragments }),
    speaker: null,
    sentence: draft.sentence,
  });
}

/**
 * Who said what, as spans: direct quotes first (their cue and content are then off limits), then
 * reported speech. Precision comes first: a quote with no identifiable speaker is left out, and
 * negated cues ("did not say", "declined to comment") are not attributions. `speaker` is left
 * null for the speaker stage. Mentions are accepted for future hints but not needed.
 */
export function findAttributions(
  text: string,
  analysis: Pick<Analysis, 'sentences' | 'tokens'> & { mentions?: readonly Mention[] },
  options: AttributionOptions = {},
): Attribution[] {
  const method = options.method ?? DEFAULT_METHOD;
  // The rules read surnames the tagger took for verbs as names ("Cook said …"). Only the rules
  // alone: the tagger reads its own tags, and in 'combined' and 'confident' it already finds most
  // of these relations with better content spans, which the rules' versions would only displace
  // (PolNeAR dev overlap content F1 -.0001 and -.0002 with them, like the complement cues below).
  const ruleTokens = method === 'rules' ? repairNameVerbs(text, analysis.tokens) : analysis.tokens;
  const built = buildContext(text, ruleTokens, analysis.sentences, loadCueLexicon());
  // The tagger reads the sentences it was trained on (see buildContext).
  const learnedCtx = () =>
    built.sentences === analysis.sentences && ruleTokens === analysis.tokens ? built : buildContext(text, analysis.tokens, analysis.sentences, built.lexicon, { rejoinQuotes: false });
  if (method === 'learned') return sortAndFreeze(text, findLearnedAttributions(learnedCtx(), loadTaggerModel()));
  const ctx = method === 'rules' ? { ...built, rulesOnly: true } : built;
  const quotes = findQuotes(ctx);
  const direct = findDirectQuotes(ctx, quotes);
  const blockedTokens = new Uint8Array(ctx.tokens.length);
  for (const d of direct) {
    for (const k of d.cueTokens) blockedTokens[k] = 1;
    for (const f of d.fragments) for (let k = tokenAtOrAfter(ctx.tokens, f.start); k < ctx.tokens.length && ctx.tokens[k].end <= f.end; k++) blockedTokens[k] = 1;
  }
  const quoted = new Uint8Array(ctx.tokens.length);
  for (const q of quotes) for (let k = tokenAtOrAfter(ctx.tokens, q.start); k < ctx.tokens.length && ctx.tokens[k].end <= q.end; k++) quoted[k] = 1;
  const indirect = continueQuotedSentences(ctx, quotes, findIndirectAttributions(ctx, (k) => blockedTokens[k] === 1, (k) => blockedTokens[k] === 1 || quoted[k] === 1, { complements: method === 'rules' }));
  const leads = findColonLeads(ctx, (k) => blockedTokens[k] === 1);
  const ruled = dropRelayedReports(ctx, [...direct, ...leads, ...indirect]);
  if (method === 'rules') return sortAndFreeze(text, ruled);
  if (method === 'combined') return sortAndFreeze(text, [...ruled, ...findLearnedAttributions(learnedCtx(), loadTaggerModel()).filter((d) => !touchesAny(d, ruled))]);
  const { drafts, confidenceOf } = findScoredLearnedAttributions(learnedCtx(), loadTaggerModel());
  const learned = drafts.filter((d) => d.source !== null && !touchesAny(d, ruled) && confidenceOf(d) >= LEARNED_CONFIDENCE_FLOOR).map((d) => narrowToProductSpans(text, d));
  return sortAndFreeze(text, [...ruled, ...learned]);
}

/**
 * The complement cues ("called X “…”", "vowed to …") join only the rules: in 'combined' and
 * 'confident' the tagger, trained on PolNeAR, already reads those cues, and the rules' versions
 * would only block its relations (measured on PolNeAR dev: both methods lose precision with them).
 *
 * The product runs the rules: adding learned relations raises recall on PolNeAR but, measured on the
 * dev corpus, also adds a wrong speaker; precision of attribution comes before recall (DESIGN.md).
 */
const DEFAULT_METHOD: AttributionMethod = 'rules';

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether a learned relation shares its cue or any content with a relation the rules found. */
function touchesAny(d: AttributionDraft, ruled: readonly AttributionDraft[]): boolean {
  return ruled.some(
    (r) => (d.cue && r.cue && overlaps(d.cue, r.cue)) || d.fragments.some((f) => r.fragments.some((g) => overlaps(f, g))) || (d.cue !== null && r.fragments.some((g) => overlaps(d.cue!, g))),
  );
}

function sortAndFreeze(text: string, drafts: readonly AttributionDraft[]): Attribution[] {
  return [...drafts].sort((a, b) => a.fragments[0].start - b.fragments[0].start || a.sentence - b.sentence).map((d) => freezeDraft(text, d));
}
