import { makeSpan } from '../../lib/spans.js';
import type { AttributionDraft } from './attributionDraft.js';

// "a claim Ochoa said …", "an account the sheriff gave": a noun of what was said, then the relative's own subject, named.
const OBJECT_BEFORE_NAME = /^(?:an?|the|that|this)\s+(?:claim|allegation|assertion|account|argument|position|version|point|charge|view)\s+(?=\p{Lu})/u;

/**
 * "…, a claim Ochoa said his office has asked ICE to investigate": the noun of an assertion with a
 * reduced relative after it ("a claim [that] Ochoa said …") is what the relative is about; its subject,
 * the name after the noun, speaks (the rules alone). The noun alone would read as a filing ("claim").
 */
export function trimSourceObject(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.map((d) => {
    if (!d.source) return d;
    const object = OBJECT_BEFORE_NAME.exec(text.slice(d.source.start, d.source.end));
    return object ? { ...d, source: makeSpan(text, d.source.start + object[0].length, d.source.end) } : d;
  });
}
