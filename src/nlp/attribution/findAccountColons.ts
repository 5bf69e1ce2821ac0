import type { AttributionContext } from './attributionContext.js';
import type { AttributionDraft } from './attributionDraft.js';
import { hasClause, QUOTE_MARKS } from './clauseBounds.js';
import { findLeadSubject } from './findStatementLead.js';
import { indirectDraft } from './indirectDraft.js';

/** Verbs that put forward an account: "laid out", "gave", "offered". */
const PUTTING = new Set(['lay', 'give', 'offer', 'outline', 'present', 'provide', 'share', 'put']);
const PARTICLES = new Set(['out', 'forward']);
const OWNERS = new Set(['its', 'his', 'her', 'their', 'a', 'an', 'the']);
const ACCOUNTS = new Set(['version', 'account', 'narrative', 'story', 'explanation', 'description', 'timeline']);
/** What the account is of, between its noun and the colon: "of events", "of what happened", "of the shooting". */
const OF_WHAT = new Set(['of', 'the', 'events', 'what', 'happened', 'shooting', 'encounter', 'incident', 'arrest', 'stop']);
const MIN_CONTENT_TOKENS = 4;
const MAX_OF_TOKENS = 3;
const MAX_MODIFIERS = 2;

/**
 * `By Saturday, DHS had laid out its version of events: the man charged at officers with a pipe …`:
 * a subject puts forward its account (PUTTING, an owner, ACCOUNTS, an optional "of …"), and what
 * follows the colon to the sentence's end is that account, told in the outlet's words. The rules
 * alone; none when a quotation holds the colon or the account has no clause.
 */
export function findAccountColons(ctx: AttributionContext, blocked: (k: number) => boolean): AttributionDraft[] {
  const { tokens, sentences } = ctx;
  const found: AttributionDraft[] = [];
  sentences.forEach((sentence, index) => {
    for (let c = sentence.tokenStart + 3; c < sentence.tokenEnd - MIN_CONTENT_TOKENS; c++) {
      if (tokens[c].text !== ':') continue;
      const noun = accountNounBefore(ctx, sentence.tokenStart, c);
      if (noun < 0) return;
      // "its own version", "a different story", "a starkly different account".
      let owner = noun - 1;
      for (let k = 0; k < MAX_MODIFIERS && (tokens[owner].normal === 'own' || tokens[owner].pos === 'ADJ' || tokens[owner].pos === 'ADV'); k++) owner--;
      if (!OWNERS.has(tokens[owner].normal)) return;
      let verb = owner - 1;
      if (PARTICLES.has(tokens[verb].normal)) verb--;
      if (verb <= sentence.tokenStart || !PUTTING.has(tokens[verb].lemma) || tokens[verb].pos !== 'VERB') return;
      const source = findLeadSubject(ctx, sentence.tokenStart, verb);
      let to = sentence.tokenEnd;
      while (to > c + 1 && /^[.;]$/.test(tokens[to - 1].text)) to--;
      if (!source || to - (c + 1) < MIN_CONTENT_TOKENS || !hasClause(tokens, c + 1, to)) return;
      for (let k = sentence.tokenStart; k < to; k++) if (blocked(k) || QUOTE_MARKS.test(tokens[k].text)) return;
      found.push(indirectDraft(ctx, source, { from: verb, to: noun + 1 }, { from: c + 1, to }, index));
      return;
    }
  });
  return found;
}

/** The account noun the colon at `colon` closes on, past "of events" and the like; -1 when none. */
function accountNounBefore(ctx: AttributionContext, floor: number, colon: number): number {
  const { tokens } = ctx;
  for (let n = colon - 1; n > floor && colon - n <= MAX_OF_TOKENS + 1; n--) {
    if (ACCOUNTS.has(tokens[n].normal) && tokens[n].pos === 'NOUN') return tokens.slice(n + 1, colon).every((t, i) => (i === 0 ? t.normal === 'of' : OF_WHAT.has(t.normal))) ? n : -1;
    if (!OF_WHAT.has(tokens[n].normal)) return -1;
  }
  return -1;
}
