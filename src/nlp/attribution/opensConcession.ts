import type { Token } from '../../domain/analysis.js';
import type { TokenRange } from './attributionContext.js';

// Words that open a clause set against the one before: what follows them is no one's report.
const CONCESSIVE = new Set(['though', 'although', 'whereas']);

/**
 * "a fair characterization of what the video shows, though one witness said …": a content that opens,
 * after the cue and a comma, on a concessive conjunction is a clause of the writer's set against the
 * sentence, not what the cue reports ("shows" has its object before it). "The video shows, though,
 * that …" is a parenthetical "though", closed by its own comma, and stays a report, as does "said,
 * though he disputes it, that …", an aside before the reported clause.
 */
export function opensConcession(tokens: readonly Token[], cue: TokenRange, content: readonly TokenRange[]): boolean {
  const first = content[0]?.from;
  if (first === undefined || first <= cue.to) return false;
  if (!tokens.slice(cue.to, first).some((t) => t.text === ',')) return false;
  if (!CONCESSIVE.has(tokens[first].normal) || tokens[first + 1]?.text === ',') return false;
  // "The agency said, though he disputes it, that he ran": an aside, and the report after it.
  const last = content[content.length - 1].to;
  for (let j = first + 1; j < last - 1; j++) if (tokens[j].text === ',' && tokens[j + 1].normal === 'that') return false;
  return true;
}
