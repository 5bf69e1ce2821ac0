import type { Attribution } from '../../domain/attribution.js';
import type { SentenceInfo } from './describeSentences.js';

// "ICE said in a corrected statement", "the agency revised its account", "DHS later acknowledged": the
// text tells that a source changed what it first said.
// Not "has not updated its statement".
const REVISION =
  /\b(?:revised|corrected|amended|updated)\s+(?:statement|account|version|release|description|timeline)\b|(?<!\b(?:not|never)\s+)\b(?:revised|corrected|amended|updated|changed|retracted)\s+(?:its|their|his|her|the|that)\s+(?:[\w-]+\s+){0,2}?(?:statement|account|version|description|story|timeline)\b|\b(?:later|since|now)\s+(?:said|says|acknowledged|acknowledges|conceded|concedes|corrected|admitted|admits)\b|\bwalked back\b/iu;

// "ICE initially said …", "In its initial statement, the agency said …", "DHS's original account said …".
const INITIAL =
  /\b(?:initially|originally|at first)\s+(?:said|stated|claimed|reported|described|told|asserted|alleged|wrote|identified)\b|\b(?:initial|original|earlier|first)\s+(?:statement|account|version|release|press release|news release|description|timeline)\b/iu;

/**
 * The sentences (by SentenceInfo.index) that tell an account its own source revised later in the same
 * text: "ICE initially said Campos, 34, had pointed a handgun at officers. The agency said he was
 * struck once in the shoulder." in a story that goes on "ICE said in a corrected statement that
 * Campos, 24, had no gun". A marked sentence's paragraph goes on with that account while its
 * attributions are all the same speaker's. Incident fields read the revised account; both accounts'
 * claims stay, so the change shows as the agency's two positions. Empty when the text tells no revision.
 */
export function findRevisedAccounts(sentences: readonly SentenceInfo[], attributions: readonly Attribution[]): ReadonlySet<number> {
  const revised = new Set<number>();
  const revising = sentences.filter((s) => REVISION.test(s.text));
  if (!revising.length) return revised;
  const speakersOf = (s: SentenceInfo): Set<string> =>
    new Set(attributions.filter((a) => a.content.start >= s.start && a.content.start < s.end && a.speaker).map((a) => a.speaker!.name));
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    if (!INITIAL.test(s.text) || REVISION.test(s.text)) continue;
    const speakers = speakersOf(s);
    // Only a source's own account: "the initial statement" the outlet tells of, no one saying it, is no account revised.
    if (speakers.size !== 1) continue;
    revised.add(s.index);
    const [speaker] = speakers;
    for (let n = k + 1; n < sentences.length && sentences[n].paragraph === s.paragraph; n++) {
      const next = sentences[n];
      const own = speakersOf(next);
      if (REVISION.test(next.text) || own.size !== 1 || !own.has(speaker)) break;
      revised.add(next.index);
    }
  }
  return revised;
}
