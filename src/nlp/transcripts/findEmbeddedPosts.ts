import type { Analysis } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';

// The signature line a social post embedded in a web page leaves in its text: "— DHS Assistant
// Secretary (@DHSgov) November 6, 2025", "— Ana Ruiz (@anaruiz.bsky.social) Nov 6, 2025".
const SIGNATURE = /^[ \t]*[—–-][ \t]*([^\n()@]{0,80}?)[ \t]*\((@[\w.]{1,40})\)[ \t]*(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})?[ \t]*$/gmu;
// The header line a post shown as the platform shows it leaves above its words: "DHS West Press
// Office @DHSWestPress · Mar 10, 2026", "Chief Rodney Vickers @ChiefVickersUSBP · 2h". A name, the
// handle, a separator dot and a date or an age: a byline's "on X at @handle." is no such line.
const HEADER = /^[ \t]*(\p{Lu}[^\n@·•()]{0,80}?)[ \t]+(@[\w.]{1,40})[ \t]*[·•][ \t]*(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?|\d{1,2}[ \t]*[smhd])[ \t]*$/gmu;
// A link the post carried at its end: "pic.twitter.com/x8Rk2LmQvP", "https://t.co/…".
const TRAILING_LINKS = /(?:[ \t]+(?:pic\.twitter\.com\/\S+|https?:\/\/\S+))+[ \t]*$/u;

/**
 * Social posts embedded in a web page: the paragraph right above a signature line ("— Name
 * (@handle) Date") is that account's words, as direct quotation, with the name (or the handle when
 * the line gives none) as the source and the dash as the cue; the links the post ends with are left
 * out. Before, the post read as the outlet's own narration. Posts whose content another attribution
 * already starts are left to it. A post shown with its header above ("Name @handle · Mar 10, 2026")
 * is read the same way, from the paragraph below the header, with the handle as the cue.
 */
export function findEmbeddedPosts(text: string, analysis: Analysis, found: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (const m of text.matchAll(SIGNATURE)) {
    const paragraph = paragraphBefore(text, m.index);
    if (!paragraph) continue;
    const end = paragraph.start + text.slice(paragraph.start, paragraph.end).replace(TRAILING_LINKS, '').length;
    if (end <= paragraph.start || found.some((a) => a.content.start === paragraph.start)) continue;
    const dash = m.index + m[0].search(/[—–-]/u);
    const name = m[1].trim();
    const sourceStart = name ? m.index + m[0].indexOf(name, dash - m.index) : m.index + m[0].indexOf(m[2]);
    const sourceText = name || m[2];
    const sentence = analysis.sentences.find((s) => paragraph.start >= s.start && paragraph.start < s.end)?.index ?? 0;
    const content = { start: paragraph.start, end, text: text.slice(paragraph.start, end) };
    out.push({
      kind: 'direct',
      source: { start: sourceStart, end: sourceStart + sourceText.length, text: sourceText },
      cue: { start: dash, end: dash + 1, text: text[dash] },
      content: { ...content, fragments: [content] },
      speaker: null,
      sentence,
    });
  }
  // "DHS West Press Office @DHSWestPress · Mar 10, 2026", then the post: the paragraph right below is the name's words.
  for (const m of text.matchAll(HEADER)) {
    const paragraph = paragraphAfter(text, m.index + m[0].length);
    if (!paragraph) continue;
    const end = paragraph.start + text.slice(paragraph.start, paragraph.end).replace(TRAILING_LINKS, '').length;
    if (end <= paragraph.start || found.some((a) => a.content.start === paragraph.start)) continue;
    const name = m[1].trim();
    const sourceStart = m.index + m[0].indexOf(name);
    const cueStart = m.index + m[0].indexOf(m[2], sourceStart - m.index + name.length);
    const sentence = analysis.sentences.find((s) => paragraph.start >= s.start && paragraph.start < s.end)?.index ?? 0;
    const content = { start: paragraph.start, end, text: text.slice(paragraph.start, end) };
    out.push({
      kind: 'direct',
      source: { start: sourceStart, end: sourceStart + name.length, text: name },
      cue: { start: cueStart, end: cueStart + m[2].length, text: m[2] },
      content: { ...content, fragments: [content] },
      speaker: null,
      sentence,
    });
  }
  return out;
}

/** The non-blank line right below the line ending at `lineEnd` (blank lines between allowed), trimmed; null when none, or when it is itself a post's header. */
function paragraphAfter(text: string, lineEnd: number): { start: number; end: number } | null {
  let start = lineEnd;
  while (start < text.length && /\s/u.test(text[start])) start++;
  if (start >= text.length) return null;
  const newline = text.indexOf('\n', start);
  const end = start + text.slice(start, newline < 0 ? text.length : newline).trimEnd().length;
  return end > start && !/@[\w.]{1,40}[ \t]*[·•]/u.test(text.slice(start, end)) ? { start, end } : null;
}

/** The non-blank line right above the line at `lineStart` (blank lines between allowed), trimmed. */
function paragraphBefore(text: string, lineStart: number): { start: number; end: number } | null {
  let end = lineStart - 1;
  while (end > 0 && /\s/u.test(text[end - 1])) end--;
  if (end <= 0) return null;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const lead = text.slice(start, end).length - text.slice(start, end).trimStart().length;
  return start + lead < end ? { start: start + lead, end } : null;
}
