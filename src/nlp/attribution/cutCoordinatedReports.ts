import { makeSpan } from '../../lib/spans.js';
import type { AttributionDraft } from './attributionDraft.js';

// ",” and " or ",” but " right before the inner report's source: the quoted words close, and the closing mark stays with them.
const COORDINATION = /,(["”’])\s*(?:and|but)\s+$/u;

/**
 * "Castellanos says her office is “reviewing all available evidence,” and we urge her to move quickly":
 * a report coordinated after the outer one's words is a clause of its own, whose speaker is not the
 * outer one's; the outer words end at the comma before it. PolNeAR annotates no cue inside another
 * relation's content (dropNestedReports), and the plain case ("the city is grieving, and the governor
 * said …") already ends there. Only after quoted words: PolNeAR train keeps a coordinated report
 * inside unquoted words as often as not ("According to ProPublica, Clinton praised …, and she asked …"),
 * and cutting there too gained three contents and lost three.
 */
export function cutCoordinatedReports(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.map((d) => {
    if (!d.cue) return d;
    for (const o of drafts) {
      if (o === d || !o.source || !o.cue || o.source.start < d.cue.end) continue;
      const at = d.fragments.findIndex((f) => f.start < o.source!.start && o.cue!.end <= f.end);
      if (at < 0) continue;
      const fragment = d.fragments[at];
      const m = COORDINATION.exec(text.slice(fragment.start, o.source.start));
      if (!m || m.index === 0) continue;
      const cut = makeSpan(text, fragment.start, fragment.start + m.index + 2);
      return { ...d, fragments: [...d.fragments.slice(0, at), cut] };
    }
    return d;
  });
}
