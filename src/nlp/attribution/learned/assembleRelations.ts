import type { Token } from '../../../domain/analysis.js';
import { makeSpan } from '../../../lib/spans.js';
import type { AttributionContext, TokenRange } from '../attributionContext.js';
import type { AttributionDraft } from '../attributionDraft.js';

interface RoleRun extends TokenRange {
  readonly role: 'S' | 'C' | 'T';
}

const ROLE_OF: readonly RoleRun['role'][] = ['T', 'S', 'S', 'C', 'C', 'T', 'T'];

/** Runs of one role in a sentence's labels (token indices are document indices). */
function collectRuns(labels: Uint8Array, from: number): RoleRun[] {
  const runs: RoleRun[] = [];
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    if (y === 0) continue;
    const last = runs[runs.length - 1];
    const inside = y % 2 === 0;
    if (inside && last && last.to === from + i && last.role === ROLE_OF[y]) runs[runs.length - 1] = { ...last, to: from + i + 1 };
    else runs.push({ role: ROLE_OF[y], from: from + i, to: from + i + 1 });
  }
  return runs;
}

function gap(a: TokenRange, b: TokenRange): number {
  return a.to <= b.from ? b.from - a.to : b.to <= a.from ? a.from - b.to : 0;
}

function nearestCue(run: TokenRange, cues: readonly TokenRange[]): number {
  let best = 0;
  for (let c = 1; c < cues.length; c++) if (gap(run, cues[c]) < gap(run, cues[best])) best = c;
  return best;
}

const QUOTE = /["“”]/;

function kindOf(texts: readonly string[]): AttributionDraft['kind'] {
  const whole = texts.join(' ').trim();
  if (/^["“]/.test(whole) && /["”]$/.test(whole) && texts.every((t) => QUOTE.test(t))) return 'direct';
  return texts.some((t) => QUOTE.test(t)) ? 'mixed' : 'indirect';
}

function spanOf(tokens: readonly Token[], text: string, r: TokenRange) {
  return makeSpan(text, tokens[r.from].start, tokens[r.to - 1].end);
}

/**
 * Turns tagged sentences into relations: every cue run heads one relation; each source and content
 * run joins the nearest cue of its sentence (the closest source wins). A sentence of content alone
 * that opens with it continues the previous sentence's relation (a quote running on).
 */
export function assembleRelations(ctx: AttributionContext, labelsBySentence: readonly Uint8Array[]): AttributionDraft[] {
  const { tokens, text, sentences } = ctx;
  const drafts: AttributionDraft[] = [];
  let previous: { draft: AttributionDraft; sentence: number; to: number } | null = null;
  // Content-only sentences waiting for a cue in the next sentence ("“A. B,” she said.").
  let pending: { from: number; sentence: number } | null = null;
  for (const sentence of sentences) {
    const runs = collectRuns(labelsBySentence[sentence.index], sentence.tokenStart);
    const cues = runs.filter((r) => r.role === 'C');
    if (cues.length === 0) {
      const content = runs.filter((r) => r.role === 'T');
      const whole = content.length === 1 && content[0].to >= sentence.tokenEnd - 1;
      const runsOn = previous !== null && previous.sentence === sentence.index - 1 && previous.to >= sentences[sentence.index - 1].tokenEnd - 1;
      if (runsOn && content.length > 0 && content[0].from === sentence.tokenStart) {
        const d: AttributionDraft = previous!.draft;
        const fragments = [...d.fragments.slice(0, -1), makeSpan(text, d.fragments[d.fragments.length - 1].start, tokens[content[0].to - 1].end)];
        const extended: AttributionDraft = { ...d, fragments, kind: kindOf(fragments.map((f) => f.text)) };
        drafts[drafts.indexOf(d)] = extended;
        previous = { draft: extended, sentence: sentence.index, to: content[0].to };
        pending = null;
      } else if (whole && content[0].from === sentence.tokenStart && pending?.sentence === sentence.index - 1) pending = { from: pending.from, sentence: sentence.index };
      else pending = whole ? { from: content[0].from, sentence: sentence.index } : null;
      continue;
    }
    const sources: (RoleRun | null)[] = cues.map(() => null);
    const contents: RoleRun[][] = cues.map(() => []);
    for (const run of runs) {
      if (run.role === 'C') continue;
      const c = nearestCue(run, cues);
      if (run.role === 'T') contents[c].push(run);
      else if (!sources[c] || gap(run, cues[c]) < gap(sources[c]!, cues[c])) sources[c] = run;
    }
    const lead = pending?.sentence === sentence.index - 1 ? pending.from : -1;
    pending = null;
    for (let c = 0; c < cues.length; c++) {
      if (contents[c].length === 0) continue;
      const parts = contents[c];
      // Content opening the sentence before the cue continues a content-only sentence before it.
      if (lead >= 0 && parts[0].from === sentence.tokenStart && parts[0].to <= cues[c].from) parts[0] = { ...parts[0], from: lead };
      const fragments = parts.map((r) => spanOf(tokens, text, r));
      const draft: AttributionDraft = {
        kind: kindOf(fragments.map((f) => f.text)),
        source: sources[c] ? spanOf(tokens, text, sources[c]!) : null,
        cue: spanOf(tokens, text, cues[c]),
        fragments,
        sentence: sentence.index,
        cueTokens: Array.from({ length: cues[c].to - cues[c].from }, (_, i) => cues[c].from + i),
      };
      drafts.push(draft);
      previous = { draft, sentence: sentence.index, to: parts[parts.length - 1].to };
    }
  }
  return drafts;
}
