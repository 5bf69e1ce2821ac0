import type { AttributionContext, TokenRange } from './attributionContext.js';
import { cueVerbAt } from './cueAt.js';
import { findSourceBefore } from './findSourceBefore.js';

/**
 * Verbs of reaching someone, whose subject goes on speaking in a participle ("called her, telling her …"):
 * lemmas, and the past forms the lemmatizer leaves whole ("texted").
 */
const CONTACT_VERBS = new Set(['call', 'phone', 'text', 'message', 'email', 'radio', 'ring', 'texted', 'messaged', 'emailed', 'e-mailed', 'radioed', 'phoned']);

/**
 * "Morales said her husband called her from the lot, telling her agents had surrounded him": the
 * participle before `comma`'s clause continues a verb of reaching someone inside what a verb of saying
 * reports; the one who called tells, not the one who reports the call. Returns the caller, or null when
 * no such verb with its own subject stands between an earlier verb of saying and the comma. The rules
 * alone (findIndirectAttributions).
 */
export function findContactSubject(ctx: AttributionContext, floor: number, comma: number): TokenRange | null {
  const { tokens, lexicon } = ctx;
  for (let c = comma - 1; c > floor + 1; c--) {
    const t = tokens[c];
    if (t.text === ',' || t.text === ';') return null;
    if (t.pos !== 'VERB' || !(CONTACT_VERBS.has(t.lemma) || CONTACT_VERBS.has(t.normal))) continue;
    const caller = findSourceBefore(ctx, c, floor);
    if (caller.kind !== 'source' || caller.range.to !== c || caller.range.from <= floor) return null;
    const report = caller.range.from - 1;
    const said = cueVerbAt(tokens, tokens[report].normal === 'that' ? report - 1 : report, lexicon);
    return said?.speech ? caller.range : null;
  }
  return null;
}
