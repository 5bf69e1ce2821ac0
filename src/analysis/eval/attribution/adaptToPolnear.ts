import type { EvalSpan, PredictedRelation } from './relationTypes.js';

const OPENING = /(?:["“]|'')$/;
const CLOSING = /^[,.?!]?(?:["”]|'')/;
// "that " or "that, " ("said that, in Ohio, …"), before the content or before its opening quotation mark.
const LEADING_THAT = /\bthat,?\s+$/i;

/** One content piece widened to PolNeAR's convention. */
function widen(text: string, piece: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = piece;
  const opening = OPENING.exec(text.slice(Math.max(0, start - 2), start));
  if (opening) start -= opening[0].length;
  const before = text.slice(Math.max(0, start - 7), start);
  if (LEADING_THAT.test(before)) start -= before.length - before.search(LEADING_THAT);
  const closing = CLOSING.exec(text.slice(end, end + 3));
  if (closing && (start < piece.start || /["“]|''/.test(text.slice(start, end)))) end += closing[0].length;
  return { start, end };
}

function widenSpan(text: string, span: EvalSpan): EvalSpan {
  const fragments = (span.fragments?.length ? span.fragments : [span]).flatMap((f) => splitAtParagraphs(text, widen(text, f)));
  return { start: fragments[0].start, end: fragments[fragments.length - 1].end, fragments };
}

const PARAGRAPH_BREAK = /\s*\n\s*/g;

/** PolNeAR never runs a fragment over a line break (1 fragment in 61,492 on train): a quotation that runs on is one fragment per paragraph. */
function splitAtParagraphs(text: string, piece: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = piece.start;
  for (const m of text.slice(piece.start, piece.end).matchAll(PARAGRAPH_BREAK)) {
    const end = piece.start + m.index;
    if (end > start) out.push({ start, end });
    start = end + m[0].length;
  }
  if (piece.end > start) out.push({ start, end: piece.end });
  return out.length ? out : [piece];
}

/**
 * Parallax strips quotation marks and a leading "that" (also "that," and "that" before a quotation
 * mark) from content, ends an appositive source before its closing comma, and a cue before a colon
 * (the product convention, and the seed and dev gold's); PolNeAR keeps them, and with them the comma
 * or period inside a closing quotation mark, and a relative clause after a source that follows its
 * cue, past the comma that closes its appositive; and it cuts content at paragraph breaks, where PolNeAR
 * starts a new fragment. Used ONLY by the PolNeAR scorer, so exact matches compare like with like. A span
 * already in PolNeAR's convention is left as it is.
 */
export function adaptToPolnear(text: string, relation: PredictedRelation): PredictedRelation {
  const adapted = relation.content ? { ...relation, content: widenSpan(text, relation.content) } : relation;
  const withSource = relation.source ? { ...adapted, source: closeSource(text, relation.source, relation.cue) } : adapted;
  if (!relation.cue) return withSource;
  const cue = takeContraction(text, takeColon(text, relation.cue));
  return { ...withSource, cue, content: withSource.content && cue.start < relation.cue.start ? leaveContraction(withSource.content, cue.start) : withSource.content };
}

/** "That’s according to the poll": the content ("That") ends where the cue now opens, on the "’s" (4 times in 4 on train). */
function leaveContraction(content: EvalSpan, cueStart: number): EvalSpan {
  const fragments = content.fragments?.length ? content.fragments : [content];
  const last = fragments[fragments.length - 1];
  if (last.end <= cueStart || last.start >= cueStart) return content;
  const kept = [...fragments.slice(0, -1), { start: last.start, end: cueStart }];
  return { start: kept[0].start, end: cueStart, fragments: kept };
}

/** A source after its cue takes a relative clause after its appositive's comma; else the appositive closes on the comma. */
function closeSource(text: string, source: EvalSpan, cue: EvalSpan | null): EvalSpan {
  const withIncluding = takeIncluding(text, source, cue);
  if (withIncluding !== source) return withIncluding;
  const nameAlone = dropNameRelative(text, source, cue);
  if (nameAlone !== source) return nameAlone;
  const withRelative = takeRelative(text, source, cue);
  return withRelative === source ? closeAppositive(text, source) : withRelative;
}

const INCLUDING_ASIDE = /^(?:, including [^;:"“”\n]+,|\s*[—–] including [^;:"“”\n]+[—–])\s*$/;

/**
 * A source before its cue keeps an aside that names some of its members ("Six papers, including the
 * Salem Star, said": 31 times in 32 on train, to its closing comma or dash); the product's speaker
 * phrase stops before it.
 */
function takeIncluding(text: string, source: EvalSpan, cue: EvalSpan | null): EvalSpan {
  if (!cue || source.end > cue.start || (source.fragments && source.fragments.length > 1)) return source;
  const gap = text.slice(source.end, cue.start);
  if (!INCLUDING_ASIDE.test(gap)) return source;
  const end = source.end + gap.trimEnd().length;
  return { start: source.start, end, fragments: [{ start: source.start, end }] };
}

/**
 * A source after its cue ("…, said Ana Ruiz, who runs the clinic.") keeps a non-restrictive relative
 * clause in PolNeAR (122 times against 61 on train); the product leaves it out of the speaker.
 */
function takeRelative(text: string, source: EvalSpan, cue: EvalSpan | null): EvalSpan {
  if (!cue || source.start < cue.end || (source.fragments && source.fragments.length > 1)) return source;
  const line = text.slice(source.end, source.end + 300).split('\n')[0];
  if (!/^, (?:who|whose) /.test(line)) return source;
  const length = relativeEnd(line);
  if (length < 0) return source;
  const end = source.end + length;
  return { start: source.start, end, fragments: [{ start: source.start, end }] };
}

const NAME_RELATIVE = /^[^\s,]+(?=, (?:who|whose) )/;

/**
 * A one-word source before its cue with a non-restrictive relative ("Ruiz, who runs the clinic,
 * said"): PolNeAR ends the source on the name 51 times against 27 on train (a longer head keeps the
 * clause 89 times against 39, as the product does); the product keeps the clause whatever the head.
 */
function dropNameRelative(text: string, source: EvalSpan, cue: EvalSpan | null): EvalSpan {
  if (!cue || source.end > cue.start || (source.fragments && source.fragments.length > 1)) return source;
  const name = NAME_RELATIVE.exec(text.slice(source.start, source.end));
  if (!name) return source;
  const end = source.start + name[0].length;
  return { start: source.start, end, fragments: [{ start: source.start, end }] };
}

const THAT_IS = /\b(?:[Tt]hat|[Ii]t)([’']s) $/;

/** "That’s according to the poll": PolNeAR's cue opens on the contracted "is" (4 times in 4 on train). */
function takeContraction(text: string, cue: EvalSpan): EvalSpan {
  if ((cue.fragments && cue.fragments.length > 1) || !/^according to\b/i.test(text.slice(cue.start, cue.end))) return cue;
  const before = THAT_IS.exec(text.slice(Math.max(0, cue.start - 8), cue.start));
  if (!before) return cue;
  const start = cue.start - before[1].length - 1;
  return { start, end: cue.end, fragments: [{ start, end: cue.end }] };
}

// "Mr.", "Sen.", "Leon E.", "U.S.": a period that ends an abbreviation or an initial ends no sentence.
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Jr|Sr|St|Mt|Ft|Rev|Prof|Gen|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|Inc|Corp|Co|Ltd|vs)|\b\p{Lu}|\.\p{Lu})$/u;

/**
 * Where a relative clause after a source ends: at the first sentence end (a period, "?" or "!" before
 * a space or the end of the line) that closes no abbreviation ("who endorsed Mr. Ruiz on Tuesday."),
 * with no quotation mark or semicolon before it; -1 when one comes first.
 */
function relativeEnd(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (/[;“”"]/.test(ch)) return -1;
    if (!/[.!?]/.test(ch)) continue;
    if (i + 1 < line.length && !/\s/.test(line[i + 1])) continue;
    if (ch === '.' && ABBREVIATION.test(line.slice(Math.max(0, i - 6), i))) continue;
    return i;
  }
  return line.length;
}

/** PolNeAR's cue takes a colon right after it ("said:"), 222 times against 18 on train. */
function takeColon(text: string, cue: EvalSpan): EvalSpan {
  if ((cue.fragments && cue.fragments.length > 1) || text[cue.end] !== ':') return cue;
  const end = cue.end + 1;
  return { start: cue.start, end, fragments: [{ start: cue.start, end }] };
}

/**
 * PolNeAR ends a source with an appositive ("Ana Ruiz, a lawyer for the family,") on the comma
 * that closes it (nine times in ten on train); the product stops before it.
 */
function closeAppositive(text: string, source: EvalSpan): EvalSpan {
  if (source.fragments && source.fragments.length > 1) return source;
  const inner = text.slice(source.start, source.end);
  if (!inner.includes(',') || text[source.end] !== ',') return source;
  const end = source.end + 1;
  return { start: source.start, end, fragments: [{ start: source.start, end }] };
}
