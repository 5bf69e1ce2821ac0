import { makeSpan } from '../../lib/spans.js';
import type { AttributionDraft } from './attributionDraft.js';

// What is filed, written or released, whose relative clause may hold a noun phrase of its own.
const THINGS = String.raw`complaint|affidavit|indictment|lawsuit|suit|motion|filing|report|memo|letter|statement|order|ruling|review|analysis|audit|study|document|video|footage|recording`;

// "The criminal complaint that prosecutors filed the day after ": a determiner, up to three words, a
// thing, and a relative clause of plain words (no comma, quotation mark, dash or bracket) running to the source.
const THING_RELATIVE = new RegExp(String.raw`(?:^|[\s(])((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${THINGS})\s+(?:that|which)\s+[\p{L}\d'’ -]*?)$`, 'u');

const LOOK_BACK = 160;

/**
 * "The criminal complaint that prosecutors filed the day after the shooting says …": the scan back
 * from the cue stops on the last noun phrase ("the shooting"), which says nothing; the speaker phrase
 * is the thing filed, with the relative clause that says which (the rules alone). Only a thing
 * filed or released heads it ("the fact that the agency says …" is the agency's report), and only in
 * the same sentence, with the source running on to the cue.
 */
export function extendThingRelative(text: string, drafts: readonly AttributionDraft[]): AttributionDraft[] {
  return drafts.map((d) => {
    if (!d.source || !d.cue || d.cue.start < d.source.end) return d;
    const from = Math.max(0, d.source.start - LOOK_BACK);
    const before = text.slice(from, d.source.start);
    const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
    const clause = sentenceStart >= 0 ? before.slice(sentenceStart + 1) : before;
    const m = THING_RELATIVE.exec(clause);
    if (!m) return d;
    const start = d.source.start - m[1].length;
    return { ...d, source: makeSpan(text, start, d.source.end) };
  });
}
