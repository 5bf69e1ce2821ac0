import { isLinkLine } from '../../nlp/attribution/isLinkLine.js';

/** Parts of a news page that are no part of its story: links to other stories, the page's trailer. */
export interface PageFurniture {
  /** Where the trailer starts (a copyright line, a list of related stories): text.length when none. */
  readonly trailer: number;
  /** Lines that link elsewhere ("RELATED: …", "WATCH: …", "READ MORE: …"), as [start, end) ranges. */
  readonly links: readonly { readonly start: number; readonly end: number }[];
  /** Lines that credit the reporting ("Associated Press writer Dana Lee contributed to this report."), as [start, end) ranges. */
  readonly credits: readonly { readonly start: number; readonly end: number }[];
  /** The page's notes on itself ("Correction: An earlier version …", "Editor's note: …"), as [start, end) ranges. */
  readonly notes: readonly { readonly start: number; readonly end: number }[];
}

// A heading of a list of other stories, alone on its line: "RELATED STORIES:", "More from KSLM", "Read more".
const LIST_HEADING =
  /^[ \t]*(?:related(?:[ \t]+(?:stories|coverage|content|articles|links|reading|news))?|more[ \t]+(?:stories|coverage|news|headlines)|(?:more|latest)[ \t]+from[ \t]+[^\n:]{1,40}|read[ \t]+(?:more|next)|you[ \t]+(?:may|might)[ \t]+also[ \t]+like|trending(?:[ \t]+now)?|top[ \t]+stories|most[ \t]+(?:read|popular)|recommended(?:[ \t]+for[ \t]+you)?|more[ \t]+on[ \t]+this[ \t]+story)[ \t]*:?[ \t]*$/i;
// The page's copyright line: "Copyright 2025 KSLM. All rights reserved.", "© 2026 The Post".
const COPYRIGHT = /^[ \t]*(?:copyright\b|©|\(c\)[ \t]*\d{4})|\ball rights reserved\b/i;
// A line crediting the reporting: "… writer Dana Lee in Phoenix contributed to this report.", "Reporting by …; Editing by …".
const CREDIT_LINE =
  /^[ \t]*(?:[^\n]{0,160}\bcontributed[ \t]+(?:reporting|to[ \t]+this[ \t]+(?:report|story|article))\b[^\n]{0,40}|\(?(?:additional[ \t]+)?reporting[ \t]+by[ \t]+\p{Lu}[^\n]{0,200})$/iu;
// What every line CREDIT_LINE matches holds, under the same flags: a paragraph without it is passed
// over by one scan, where CREDIT_LINE backtracks through its first 160 characters (a tenth the time).
const CREDIT_WORDS = /contributed|reporting[ \t]+by/iu;
// A note the page makes on itself: what an earlier version said, what was updated.
const NOTE_LINE = /^[ \t]*(?:corrections?|clarifications?|editor['’]s[ \t]+notes?|editors['’][ \t]+notes?|note[ \t]+to[ \t]+readers)[ \t]*:/iu;
// The trailer is read only in the last part of the body: a "Related:" heading near the top is a sidebar.
const TRAILER_FROM = 0.4;

/**
 * The page furniture of a document's text: the trailer (from the first copyright line or list of
 * related stories in the last 60% of the body to the end), the link lines, the credit lines and the
 * page's notes on itself anywhere in the body. What they name (another shooting, another agency, a
 * "family says" headline, the reporter who contributed, the chest an earlier version wrongly said he
 * was shot in) is no part of the incident the story tells.
 */
export function findPageFurniture(text: string, bodyStart: number): PageFurniture {
  const from = bodyStart + Math.floor((text.length - bodyStart) * TRAILER_FROM);
  let trailer = text.length;
  const links: { start: number; end: number }[] = [];
  const credits: { start: number; end: number }[] = [];
  const notes: { start: number; end: number }[] = [];
  for (let start = bodyStart; start < text.length; ) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    const line = text.slice(start, end);
    if (start >= from && (LIST_HEADING.test(line) || COPYRIGHT.test(line))) {
      trailer = start;
      break;
    }
    if (isLinkLine(line)) links.push({ start, end });
    else if (NOTE_LINE.test(line)) notes.push({ start, end });
    else if (CREDIT_WORDS.test(line) && CREDIT_LINE.test(line)) credits.push({ start, end });
    start = end + 1;
  }
  return Object.freeze({ trailer, links: Object.freeze(links), credits: Object.freeze(credits), notes: Object.freeze(notes) });
}
