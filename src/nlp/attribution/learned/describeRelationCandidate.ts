import type { Span } from '../../../domain/span.js';
import { overlapLength } from '../../../lib/spans.js';
import { tokensInSpan, type AttributionContext } from '../attributionContext.js';
import type { AttributionDraft } from '../attributionDraft.js';
import { combineHashes, hashString } from './hashFeature.js';

const CAPITAL_START = /^\p{Lu}/u;

/** Where a candidate relation comes from: the rules alone, the tagger alone, or the rules with the tagger finding the same cue. */
export type CandidateOrigin = 'rules' | 'learned' | 'both';

/** What the relation scorer reads about one candidate besides its spans (measured by listRelationCandidates). */
export interface CandidateEvidence {
  readonly origin: CandidateOrigin;
  /** The tagger's margin for the cue tokens and for the source tokens (createMarginScorer); 0 without a source. */
  readonly cueMargin: number;
  readonly sourceMargin: number;
  /** The source was borrowed from another cue of the sentence (assembleRelations). */
  readonly borrowed: boolean;
  /** For a rules relation: the tagger's relation on the same cue, if any. */
  readonly tagged: AttributionDraft | null;
}

/** Hashed feature ids live in [0, RELATION_FEATURE_DIM): the model is a weight per id, numbers only. */
export const RELATION_FEATURE_DIM = 1 << 14;

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which', 'that']);

/** Upper bounds of the margin buckets: the tagger's margins run from 0 to a few thousand. */
const MARGIN_BOUNDS = [1, 50, 100, 200, 300, 400, 500, 700, 1000, 1500, 2500];

function bucket(value: number, bounds: readonly number[]): number {
  const i = bounds.findIndex((b) => value < b);
  return i < 0 ? bounds.length : i;
}

const overlaps = (a: Span, b: Span): boolean => overlapLength(a, b) > 0;

/** The shape of a source: none, borrowed, a pronoun, a name (capitalised), or a common-noun phrase. */
function sourceForm(ctx: AttributionContext, draft: AttributionDraft, borrowed: boolean): string {
  if (!draft.source) return 'none';
  if (borrowed) return 'borrowed';
  const toks = tokensInSpan(ctx.tokens, draft.source);
  if (toks.length === 1 && PRONOUNS.has(ctx.tokens[toks[0]].normal)) return 'pronoun';
  const head = toks.map((k) => ctx.tokens[k]).find((t) => t.pos !== 'DET' && t.pos !== 'PUNCT');
  if (!head) return 'other';
  if (toks.some((k) => ctx.tokens[k].pos === 'PROPN' && CAPITAL_START.test(ctx.tokens[k].text))) return toks.length <= 3 ? 'name' : 'longName';
  return toks.length <= 3 ? 'noun' : 'longNoun';
}

/** The cue's lexicon class: a speech verb, another lexicon verb, a phrase ("according to"), or none. */
function cueClass(ctx: AttributionContext, cue: readonly number[]): string {
  const words = cue.map((k) => ctx.tokens[k].normal);
  const lower = words.join(' ');
  if ([...ctx.lexicon.speechPhrases].some((p) => lower.includes(p))) return 'speechPhrase';
  const verbs = words.map((w) => ctx.lexicon.verbs.get(w)).filter((v) => v !== undefined);
  if (verbs.some((v) => v.speech)) return 'speech';
  if (verbs.length > 0) return 'verb';
  if (words.some((w) => ctx.lexicon.nouns.has(w))) return 'noun';
  return 'none';
}

/** How many tokens of the sentence are lexicon verbs (a sentence of several cues is harder to assemble). */
function countLexiconCues(ctx: AttributionContext, sentence: number): number {
  const s = ctx.sentences[sentence];
  let n = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (ctx.lexicon.verbs.has(ctx.tokens[k].normal)) n++;
  return n;
}

/**
 * The hashed features of one candidate relation (see docs/attribution.md, "The relation scorer"):
 * its origin, the tagger's margins, the cue's lemma and lexicon class, the source's form and place,
 * the content's length, side and quotation marks, the sentence's cues and place, nesting inside
 * another candidate, and, for a rules relation, whether the tagger agrees with its spans.
 */
export function describeRelationCandidate(ctx: AttributionContext, draft: AttributionDraft, evidence: CandidateEvidence, others: readonly AttributionDraft[]): Int32Array {
  const ids: number[] = [];
  const add = (template: number, a: string, b = '', c = '') => ids.push(combineHashes(template, hashString(a), hashString(b), hashString(c), RELATION_FEATURE_DIM));
  const { origin } = evidence;
  const cue = draft.cueTokens;
  const lemma = cue.map((k) => ctx.tokens[k].lemma.toLowerCase()).join(' ');
  const klass = cueClass(ctx, cue);
  const form = sourceForm(ctx, draft, evidence.borrowed);
  const source = tokensInSpan(ctx.tokens, draft.source);
  const content = draft.fragments.flatMap((f) => tokensInSpan(ctx.tokens, f));
  const cueFrom = cue.length ? cue[0] : -1;
  const cueTo = cue.length ? cue[cue.length - 1] : -1;
  const contentText = draft.fragments.map((f) => ctx.text.slice(f.start, f.end)).join(' ');
  const quoted = /["“”]|''/.test(ctx.text.slice(Math.max(0, draft.fragments[0].start - 2), draft.fragments[draft.fragments.length - 1].end + 2)) ? 'q' : 'u';
  const before = content.filter((k) => k < cueFrom).length > 0;
  const after = content.filter((k) => k > cueTo).length > 0;
  const side = before && after ? 'both' : before ? 'before' : after ? 'after' : 'none';
  const sourceSide = source.length === 0 ? 'none' : source[0] < cueFrom ? 'before' : 'after';
  const distance = source.length === 0 ? -1 : source[0] < cueFrom ? cueFrom - source[source.length - 1] - 1 : source[0] - cueTo - 1;
  const sentence = ctx.sentences[draft.sentence];
  const nested = draft.cue !== null && others.some((o) => o !== draft && o.fragments.some((f) => overlaps(f, draft.cue!)));
  const sameSentence = others.filter((o) => o.sentence === draft.sentence).length;
  const cueMargin = String(bucket(evidence.cueMargin, MARGIN_BOUNDS));
  const sourceMargin = source.length === 0 ? 'none' : String(bucket(evidence.sourceMargin, MARGIN_BOUNDS));
  const firstContent = content.length ? ctx.tokens[content[0]].normal : '';

  add(0, 'bias');
  add(1, origin);
  add(2, origin, cueMargin);
  add(3, origin, sourceMargin);
  add(4, lemma);
  add(5, origin, lemma);
  add(6, origin, klass);
  add(7, origin, draft.kind);
  add(8, origin, form);
  add(9, sourceSide, String(bucket(distance, [1, 2, 4, 8])));
  add(10, quoted, String(bucket(content.length, [3, 6, 12, 25, 50])));
  add(11, origin, side);
  add(12, String(Math.min(countLexiconCues(ctx, draft.sentence), 3)));
  add(13, origin, String(Math.min(sameSentence, 3)));
  add(14, String(bucket(draft.sentence, [1, 3, 10])));
  add(15, origin, nested ? 'nested' : 'top');
  add(16, String(Math.min(draft.fragments.length, 3)), side);
  add(17, String(Math.min(cue.length, 3)), cue.length ? ctx.tokens[cue[0]].pos : 'none');
  add(18, klass, form);
  add(19, lemma, form);
  add(20, form === 'pronoun' ? ctx.tokens[source[0]].normal : form);
  add(21, firstContent === 'that' || /^["“'']/.test(firstContent) ? firstContent : ctx.tokens[content[0]]?.pos ?? 'none', side);
  add(22, klass, cueMargin);
  add(23, String(sentence.tokenEnd - sentence.tokenStart > 40), side);
  add(24, contentText.includes('?') ? 'question' : 'statement', klass);
  if (origin !== 'learned') {
    const t = evidence.tagged;
    const agreeSource = !t ? 'untagged' : !t.source || !draft.source ? `${!!t.source}-${!!draft.source}` : overlaps(t.source, draft.source) ? 'same' : 'differs';
    const agreeContent = !t ? 'untagged' : t.fragments.some((f) => draft.fragments.some((g) => overlaps(f, g))) ? 'same' : 'differs';
    add(25, agreeSource, agreeContent);
    add(26, agreeSource, klass);
  }
  return Int32Array.from(ids);
}
