import type { AttributionDraft } from './attributionDraft.js';
import { isLinkLine, lineAt, mayHoldLinkLine } from './isLinkLine.js';

/**
 * "WATCH: ICE field office director defends officer's actions (4:12)", "Related: Aurora police chief says
 * department wasn't told of ICE operation": a page's link to another story is a headline, no report of
 * the story's; a relation whose cue stands on such a line is dropped.
 */
export function dropLinkLines(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  // Most pages hold no link line: one look at the text spares a line per relation.
  if (!mayHoldLinkLine(text)) return [...drafts];
  return drafts.filter((d) => d.cue === null || !isLinkLine(lineAt(text, d.cue.start)));
}
