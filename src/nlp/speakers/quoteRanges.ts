export interface Range {
  readonly start: number;
  readonly end: number;
}

const OPEN = new Set(['“', '"']);

/**
 * Stretches of text inside double quotation marks (curly or straight), marks included. A quote
 * never runs past a paragraph break unless the next paragraph opens with a quotation mark again,
 * which is how news style continues a long quote; an unclosed quote ends at its paragraph.
 */
export function findQuoteRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && open >= 0 && text[i + 1] === '\n') {
      const next = text.slice(i).match(/^\n+\s*(.)/);
      if (!next || !OPEN.has(next[1])) {
        ranges.push({ start: open, end: i });
        open = -1;
      } else {
        // The quote goes on: the next paragraph's opening mark reopens it, and a straight one
        // must not be read as the mark that closes it.
        i += next[0].length - 1;
      }
      continue;
    }
    if (ch === '“' || (ch === '"' && open < 0)) {
      if (open < 0) open = i;
      continue;
    }
    if ((ch === '”' || ch === '"') && open >= 0) {
      ranges.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) ranges.push({ start: open, end: text.length });
  return ranges;
}

export function isInside(ranges: readonly Range[], start: number, end = start + 1): boolean {
  return ranges.some((r) => start >= r.start && end <= r.end);
}
