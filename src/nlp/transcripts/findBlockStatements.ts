import type { Analysis } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';

// "The statement reads in full:", "CBP said in a statement:", "The letter, signed by the sector chief, says:": a
// paragraph that is only a lead-in to words printed below it, without quotation marks. The subject is a document
// ("the statement", "its release") or a name in capitals; an aside between commas may follow it; then a verb of
// saying, how much is printed or where it was said, and the colon that ends the paragraph.
const LEAD_IN =
  /^[ \t]*((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,4}?(?:statement|release|letter|post|email|e-mail|message|note|declaration|memo|notice)|\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,5})(?:,[^,:\n]{1,100},)?[ \t]+(reads|read|said|says|stated|states|wrote|writes)(?:[ \t]+(?:in full|in part|in (?:a|an|its|his|her|their) (?:written |emailed )?(?:statement|email|e-mail|letter|post|release)))?[ \t]*:[ \t]*$/gmu;
// A paragraph set in from the margin: a block quotation in plain text.
const INDENTED = /^(?: {2,}|\t)\S/u;
const QUOTE_MARK = /["“”]/u;

/** The paragraphs after `from`: each as the offsets of its trimmed text, up to `limit` of them. */
function paragraphsAfter(text: string, from: number, limit: number): { start: number; end: number; indented: boolean }[] {
  const out: { start: number; end: number; indented: boolean }[] = [];
  const re = /^([ \t]*)(\S[^\n]*)$/gmu;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && out.length < limit; m = re.exec(text)) {
    const start = m.index + m[1].length;
    out.push({ start, end: start + m[2].trimEnd().length, indented: INDENTED.test(m[0]) });
  }
  return out;
}

const MAX_BLOCK_PARAGRAPHS = 12;

/**
 * Statements printed below a lead-in that ends its paragraph on a colon ("The statement reads in full:"),
 * without quotation marks: the words are the lead-in subject's, as direct quotation, with its verb as the
 * cue. The statement runs over the indented paragraphs right after the lead-in (a block quotation in plain
 * text); with none indented, only over the one paragraph after it, which must hold no quotation mark of its
 * own (its words may be the story's own again after it: precision over recall). A lead-in another
 * attribution already reads (its cue in the lead-in, or its words starting the statement) is left to it.
 */
export function findBlockStatements(text: string, analysis: Analysis, found: readonly Attribution[], bodyStart = 0): Attribution[] {
  const out: Attribution[] = [];
  for (const m of text.matchAll(LEAD_IN)) {
    if (m.index < bodyStart) continue;
    const leadEnd = m.index + m[0].length;
    const after = paragraphsAfter(text, leadEnd, MAX_BLOCK_PARAGRAPHS + 1);
    const plain = after.findIndex((p) => !p.indented);
    const block = after[0]?.indented ? after.slice(0, plain < 0 ? after.length : plain) : after.slice(0, 1);
    if (block.length === 0 || (!after[0].indented && QUOTE_MARK.test(text.slice(block[0].start, block[0].end)))) continue;
    if (block.length > MAX_BLOCK_PARAGRAPHS) continue;
    const first = block[0];
    const last = block[block.length - 1];
    if (found.some((a) => a.content.start === first.start || (a.cue !== null && a.cue.start >= m.index && a.cue.start < leadEnd))) continue;
    const sourceStart = m.index + m[0].indexOf(m[1]);
    const cueStart = m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
    const sentence = analysis.sentences.find((s) => first.start >= s.start && first.start < s.end)?.index ?? 0;
    const fragments = block.map((p) => ({ start: p.start, end: p.end, text: text.slice(p.start, p.end) }));
    out.push({
      kind: 'direct',
      source: { start: sourceStart, end: sourceStart + m[1].length, text: m[1] },
      cue: { start: cueStart, end: cueStart + m[2].length, text: m[2] },
      content: { start: first.start, end: last.end, text: text.slice(first.start, last.end), fragments },
      speaker: null,
      sentence,
    });
  }
  return out;
}
