import type { Token } from '../../domain/analysis.js';
import type { CueLexicon, CueVerb } from './cueLexicon.js';

const EVIDENCE_VERBS = new Set(['show', 'shows', 'suggest', 'suggests', 'indicate', 'indicates']);
const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NUM']);

/**
 * "Federal records show the money arrived in March", "…, new filings show.": the tagger reads "show"
 * after a plural as a noun. After a noun of vocab/cues.json "evidenceNouns", a form of "show",
 * "suggest" or "indicate" that opens a clause (a pronoun, determiner, name or number after it, or
 * "that") or ends a tag (a full stop after it) is the verb of the lexicon. Null otherwise. The rules
 * alone (findIndirectAttributions).
 */
export function evidenceVerbAt(tokens: readonly Token[], k: number, lexicon: CueLexicon): CueVerb | null {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.pos !== 'NOUN' || !EVIDENCE_VERBS.has(t.normal) || !prev || !lexicon.evidenceNouns.has(prev.normal) || !next) return null;
  const opens = next.normal === 'that' || (CLAUSE_OPENERS.has(next.pos) && next.normal !== 'the') || /^[.!?]$/.test(next.text);
  return opens ? (lexicon.verbs.get(t.normal) ?? null) : null;
}
