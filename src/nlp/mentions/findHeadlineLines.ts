const WORD = /\p{L}[\p{L}'\u2019-]*/gu;
const CLOSING = /[.?!"\u201d:]$/;

/**
 * Lines set in title case ("Deputies Fire After Truck Backs Into Patrol Car"). There every word
 * is capitalised, so capitals no longer mark names; persons there are only taken when the body
 * names them too. Returns [start, end) ranges.
 */
export function findHeadlineLines(text: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    if (line && !CLOSING.test(line)) {
      const words = (line.match(WORD) ?? []).filter((w) => w.length >= 4);
      const capitalised = words.filter((w) => w[0] !== w[0].toLowerCase()).length;
      if (words.length >= 3 && capitalised / words.length >= 0.7) out.push([lineStart, lineEnd]);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

export function isInRanges(ranges: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  for (const [s, e] of ranges) if (offset >= s && offset < e) return true;
  return false;
}
