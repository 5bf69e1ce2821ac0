import { loadCueLexicon } from '../../../nlp/attribution/cueLexicon.js';
import { countShared, indexTokens, matchGreedy, sameSpan, tokenSet, type Piece } from './matchSpans.js';
import type { AttributionScoreReport, CueGroupScores, GoldRelation, PredictedRelation, Prf, Role, RoleScores } from './relationTypes.js';
import { EVAL_ROLES } from './relationTypes.js';

const NOT_WORD_LETTERS = /[^\p{L}’']+/u;

export interface ScoredDocument {
  /**
   * The document text the offsets index: overlap is counted in its word tokens and cues are read
   * from it. Without it overlap is counted in characters and every cue counts as "other".
   */
  readonly text?: string;
  readonly gold: readonly GoldRelation[];
  readonly predicted: readonly PredictedRelation[];
}

interface Tally {
  matched: number;
  gold: number;
  predicted: number;
}

function toPrf(t: Tally): Prf {
  const precision = t.predicted ? t.matched / t.predicted : 0;
  const recall = t.gold ? t.matched / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return Object.freeze({ precision, recall, f1, matched: t.matched, gold: t.gold, predicted: t.predicted });
}

/** Speech-like cues: any word of the cue is a speech verb of the lexicon, or the cue is a speech phrase. */
export function isSpeechCue(cueText: string): boolean {
  const lexicon = loadCueLexicon();
  const lower = cueText.toLowerCase().trim();
  if ([...lexicon.speechPhrases].some((p) => lower.includes(p))) return true;
  return lower.split(NOT_WORD_LETTERS).some((w) => lexicon.verbs.get(w)?.speech === true);
}

const newTally = (): Tally => ({ matched: 0, gold: 0, predicted: 0 });

interface Bucket {
  exact: Record<Role, Tally>;
  overlap: Record<Role, Tally>;
  linked: Tally;
}

function newBucket(): Bucket {
  return {
    exact: { source: newTally(), cue: newTally(), content: newTally() },
    overlap: { source: newTally(), cue: newTally(), content: newTally() },
    linked: newTally(),
  };
}

function scoreInto(bucket: Bucket, tokens: readonly Piece[], gold: readonly GoldRelation[], predicted: readonly PredictedRelation[]): void {
  for (const role of EVAL_ROLES) {
    const g = gold.map((r) => r[role]).filter((s) => s !== null);
    const p = predicted.map((r) => r[role]).filter((s) => s !== null);
    const gSets = g.map((s) => tokenSet(s, tokens));
    const pSets = p.map((s) => tokenSet(s, tokens));
    for (const key of ['exact', 'overlap'] as const) {
      const weight = key === 'exact' ? (i: number, j: number) => (sameSpan(g[i], p[j]) ? 1 : 0) : (i: number, j: number) => countShared(gSets[i], pSets[j]);
      const tally = bucket[key][role];
      tally.matched += matchGreedy(g.length, p.length, weight).matched;
      tally.gold += g.length;
      tally.predicted += p.length;
    }
  }
  // Linked: every role the gold relation has overlaps the same role of one predicted relation.
  const sets = (r: GoldRelation) => EVAL_ROLES.map((role) => (r[role] ? tokenSet(r[role], tokens) : null));
  const gSets = gold.map(sets);
  const pSets = predicted.map(sets);
  const weight = (i: number, j: number): number => {
    let total = 0;
    for (let k = 0; k < EVAL_ROLES.length; k++) {
      const gs = gSets[i][k];
      if (!gs) continue;
      const ps = pSets[j][k];
      const shared = ps ? countShared(gs, ps) : 0;
      if (shared === 0) return 0;
      total += shared;
    }
    return total;
  };
  bucket.linked.matched += matchGreedy(gold.length, predicted.length, weight).matched;
  bucket.linked.gold += gold.length;
  bucket.linked.predicted += predicted.length;
}

function freezeBucket(b: Bucket): CueGroupScores {
  const roles = (t: Record<Role, Tally>): RoleScores => Object.freeze({ source: toPrf(t.source), cue: toPrf(t.cue), content: toPrf(t.content) });
  return Object.freeze({ exact: roles(b.exact), overlap: roles(b.overlap), linked: toPrf(b.linked) });
}

/** One unit per character up to the last offset used, for documents given without their text. */
function characterUnits(doc: ScoredDocument): readonly Piece[] {
  const spans = [...doc.gold, ...doc.predicted].flatMap((r) => EVAL_ROLES.map((role) => r[role]).filter((s) => s !== null));
  const last = spans.reduce((m, s) => Math.max(m, s.end, ...(s.fragments ?? []).map((f) => f.end)), 0);
  return Array.from({ length: last }, (_, i) => ({ start: i, end: i + 1 }));
}

function cueClass(r: GoldRelation, text: string | undefined): 'speech' | 'other' {
  if (!r.cue || text === undefined) return 'other';
  return isSpeechCue(text.slice(r.cue.start, r.cue.end)) ? 'speech' : 'other';
}

/**
 * Scores predicted attribution relations against gold, document by document: each role alone under
 * exact match (all fragments equal) and token-overlap match (one-to-one, greedy, so one prediction
 * is credited once), whole relations ("linked": source, cue and content all overlap one predicted
 * relation), and the same split by speech-like cues versus the rest (beliefs, "show", "called").
 */
export function scoreAttributionDocuments(documents: readonly ScoredDocument[]): AttributionScoreReport {
  const all = newBucket();
  const speech = newBucket();
  const other = newBucket();
  for (const doc of documents) {
    const tokens = doc.text === undefined ? characterUnits(doc) : indexTokens(doc.text);
    scoreInto(all, tokens, doc.gold, doc.predicted);
    for (const [name, bucket] of [['speech', speech], ['other', other]] as const) {
      scoreInto(bucket, tokens, doc.gold.filter((r) => cueClass(r, doc.text) === name), doc.predicted.filter((r) => cueClass(r, doc.text) === name));
    }
  }
  const whole = freezeBucket(all);
  return Object.freeze({
    documents: documents.length,
    exact: whole.exact,
    overlap: whole.overlap,
    linked: whole.linked,
    byCue: Object.freeze({ speech: freezeBucket(speech), other: freezeBucket(other) }),
  });
}
