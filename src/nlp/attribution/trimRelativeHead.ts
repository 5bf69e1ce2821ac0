import { makeSpan } from '../../lib/spans.js';
import type { AttributionDraft } from './attributionDraft.js';

// The relative pronoun closing the words before a tag set inside the clause: "… a man from Sonoyta who".
const RELATIVE_LAST = /\b(?:who|whom|which)\s*$/u;

/**
 * "… killed Ernesto Valdivia, a 31-year-old man from Sonoyta who, the agency said, had thrown a rock":
 * a tag set inside a relative clause reports the clause alone; the words before it are the
 * narration the clause hangs on. The first fragment is cut back to the relative pronoun, as PolNeAR
 * marks it (its train gold has 167 such first fragments, each the pronoun alone). Not "that": "On
 * top of that, opponents say, …" is no relative clause.
 */
export function trimRelativeHead(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.map((d) => {
    if (d.fragments.length < 2) return d;
    const first = d.fragments[0];
    const m = RELATIVE_LAST.exec(text.slice(first.start, first.end));
    if (!m || m.index === 0) return d;
    return { ...d, fragments: [makeSpan(text, first.start + m.index, first.start + m.index + m[0].trimEnd().length), ...d.fragments.slice(1)] };
  });
}
