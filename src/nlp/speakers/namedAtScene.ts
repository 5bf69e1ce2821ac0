import { isInside } from './quoteRanges.js';
import type { PersonRecord } from './personRegistry.js';
import type { SpeakerContext } from './speakerContext.js';

// "Keisha Morrow lives on the first floor and recorded part of it on her phone", "Jasmine Tafoya, 41,
// was loading groceries into her car two rows over when it happened": the narration puts the person at
// the scene, as the one who recorded it or was there as it happened, in the sentence that names them.
const AT_SCENE_AFTER =
  /^(?:,\s*\d{1,3},)?(?:\s+(?:lives|works|was|had been)\s[^.;:"“”]{0,60}?\band)?\s+(?:also\s+)?(?:recorded|filmed|videotaped|livestreamed|witnessed|watched)\s+(?:(?:part|all|most|some|much) of\s+)?(?:it|the (?:arrest|encounter|shooting|confrontation|stop|struggle|takedown|raid|scene|whole thing))\b|^(?:,\s*\d{1,3},)?\s+was\s+[^.;:"“”]{0,80}?\b(?:when|as) (?:it happened|the (?:shots?|shooting|agents?|officers?)\b)/u;
// "Jorge Medrano, the cashier who saw the shooting,": a clause set off after the name that has the person see it.
export const WITNESS_CLAUSE_AFTER =
  /^(?:,\s*\d{1,3})?,\s*(?:(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?)?who\s+(?:saw|witnessed|watched|filmed|recorded)\s+(?:(?:part|all|most|some|much) of\s+)?(?:it|the (?:arrest|encounter|shooting|confrontation|stop|struggle|takedown|raid|scene|whole thing))\b/u;
// "The video was filmed by a pharmacy technician on her break, Keisha Dunmore,": named as who recorded it.
const RECORDED_BY_BEFORE = /\b(?:filmed|recorded|videotaped|livestreamed|captured)\s+by\s+(?:an?\s+[^.;:"“”,]{1,60},\s*)?$/u;
// "The woman who recorded it, Dalia Fuentes,", "a man in a holding cell who saw it happen — Jorge Medina,": a
// description set off before the name that has the person record or see it.
const WITNESS_SET_OFF_BEFORE =
  /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}-]+\s+){0,6}?who\s+(?:saw|witnessed|watched|filmed|recorded|videotaped)\s+(?:(?:part|all|most|some|much) of\s+)?(?:it|the (?:video|footage|clip|arrest|encounter|shooting|confrontation|stop|struggle|takedown|raid|scene|whole thing))(?:\s+happen(?:ed)?)?\s*[,—–]\s*$/u;

/**
 * Whether the narration, outside quotation marks, names the person as one who recorded the incident or
 * was there as it happened: a witness, though their own words say nothing of seeing it.
 */
export function namedAtScene(ctx: SpeakerContext, record: PersonRecord): boolean {
  for (const o of ctx.occurrences) {
    if (o.entity.person !== record || isInside(ctx.quotes, o.start, o.end)) continue;
    const after = ctx.text.slice(o.end, o.end + 160);
    const before = ctx.text.slice(Math.max(0, o.start - 90), o.start);
    if (AT_SCENE_AFTER.test(after) || WITNESS_CLAUSE_AFTER.test(after) || RECORDED_BY_BEFORE.test(before) || WITNESS_SET_OFF_BEFORE.test(before)) return true;
  }
  // The name as the source of the attribution being read, not yet an occurrence: "The woman who recorded it, Dalia Fuentes, 58, said".
  for (let at = ctx.text.indexOf(record.name); at >= 0; at = ctx.text.indexOf(record.name, at + 1)) {
    if (!isInside(ctx.quotes, at, at + record.name.length) && WITNESS_SET_OFF_BEFORE.test(ctx.text.slice(Math.max(0, at - 90), at))) return true;
  }
  return false;
}
