import type { ContestedPoint, SilentCamp } from '../../domain/incident.js';
import { camp, type Side } from '../../domain/roles.js';
import type { Facet } from '../extract/facetVocab.js';
import { loadFacets } from '../extract/facetVocab.js';
import { groupByFacet } from './groupByFacet.js';
import { isReportedWithin } from './isReportedWithin.js';
import { findSilence, type Silence } from './findSilence.js';
import type { ComparableClaim } from './groupPositions.js';
import { groupPositions, orderClaims } from './groupPositions.js';
import type { SilenceVocab } from './silenceVocab.js';
import { loadSilenceVocab } from './silenceVocab.js';

type Camp = 'state' | 'other';

// The party in dispute with the state: their accusation alone calls for an answer. A witness's or a
// bystander's account of the same conduct is shown when the text states the state's silence, or
// when it asks a question, not by itself (a page of every unanswered observation would bury the rest).
const ACCUSERS: ReadonlySet<Side> = new Set<Side>(['subject', 'family']);

/**
 * Unanswered points: facets on which only one camp speaks and the other has not answered. A
 * one-sided facet is common (an agency alone gives the number of shots) and is not a point by
 * itself, or every incident would be a wall of them; it becomes one when
 * - the text states the other camp's silence in a claim on the facet ("DHS has not said why he was
 *   stopped", "his lawyer declined to comment on the charge"), or
 * - the subject, counsel or family accuse the state (a stance listed in vocab/unanswered.json
 *   `accusations`: held under another name, force unjustified…), or any voice of that camp asks a
 *   question ("why was this man pulled over?"), which the state has let stand.
 * The state's own claims are never made a point by the subject's side merely not commenting: only a
 * stated silence does that. Facets in `skip` (already conflicts) are left alone. The positions are
 * the voiced camp's; `silent` names the other camp and the claims that state its silence.
 */
export function findUnanswered(
  claims: readonly ComparableClaim[],
  skip: ReadonlySet<string> = new Set(),
  facets: readonly Facet[] = loadFacets(),
  vocab: SilenceVocab = loadSilenceVocab(),
): ContestedPoint[] {
  const out: ContestedPoint[] = [];
  for (const { id, facet, claims: list } of groupByFacet(claims, facets)) {
    if (skip.has(id)) continue;
    const voices = list.filter((c) => c.speaker !== null && camp(c.side) !== 'neutral' && !isReportedWithin(c, list));
    const camps = new Set(voices.map((c) => camp(c.side) as Camp));
    if (camps.size !== 1) continue;
    const voiced = [...camps][0];
    const silentCamp: Camp = voiced === 'state' ? 'other' : 'state';
    const evidence = orderClaims(list).filter((c) => statesSilenceOf(c.text, silentCamp, vocab));
    const accused = silentCamp === 'state' && voices.some((c) => (ACCUSERS.has(c.side) && vocab.accusations.get(id)?.has(c.stance)) || asksQuestion(c.text, vocab));
    if (!evidence.length && !accused) continue;
    out.push(
      Object.freeze({
        facet: id,
        kind: 'unanswered' as const,
        positions: Object.freeze(groupPositions(facet, voices)),
        silent: describeSilence(silentCamp, evidence.map((c) => c.id)),
      }),
    );
  }
  return out;
}

// The camps whose silence a claim's text states, by text, per vocabulary. An incident is compared
// again each time a document joins it, over every claim it already had, so ingest asked the same
// sentence the same question once per document of its incident (issue 6). Bounded: emptied when full.
const SILENCE_CACHE_SIZE = 20_000;
const silentCamps = new WeakMap<SilenceVocab, Map<string, ReadonlySet<Silence['camp']>>>();

function statesSilenceOf(text: string, silentCamp: Camp, vocab: SilenceVocab): boolean {
  let cache = silentCamps.get(vocab);
  if (!cache) silentCamps.set(vocab, (cache = new Map()));
  let camps = cache.get(text);
  if (!camps) {
    if (cache.size >= SILENCE_CACHE_SIZE) cache.clear();
    camps = new Set(findSilence(text, vocab).map((s) => s.camp));
    cache.set(text, camps);
  }
  return camps.has(silentCamp);
}

// Whether a claim's text asks a question of the vocabulary, by text, remembered for the same reason.
const questionTexts = new WeakMap<SilenceVocab, Map<string, boolean>>();

function asksQuestion(text: string, vocab: SilenceVocab): boolean {
  let cache = questionTexts.get(vocab);
  if (!cache) questionTexts.set(vocab, (cache = new Map()));
  let asks = cache.get(text);
  if (asks === undefined) {
    if (cache.size >= SILENCE_CACHE_SIZE) cache.clear();
    asks = vocab.questions.some((re) => test(re, text));
    cache.set(text, asks);
  }
  return asks;
}

function describeSilence(silentCamp: Camp, claimIds: readonly string[]): SilentCamp {
  const who = silentCamp === 'state' ? 'the authorities' : 'the subject’s side';
  const said = claimIds.length ? `; stated in ${claimIds.length} sentence${claimIds.length > 1 ? 's' : ''}` : '';
  return Object.freeze({ camp: silentCamp, summary: `not answered by ${who}${said}`, claimIds: Object.freeze([...claimIds]) });
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}
