/** One line of a text: [start, end) without its line break; `next` is where the following line starts. */
export interface TextLine {
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/** The lines of `text` from `from`, with offsets into `text`; handles LF and CRLF. */
export function splitLines(text: string, from = 0): TextLine[] {
  const lines: TextLine[] = [];
  let start = from;
  while (start < text.length) {
    const lf = text.indexOf('\n', start);
    const next = lf < 0 ? text.length : lf + 1;
    const bare = lf < 0 ? text.length : lf;
    const end = bare > start && text[bare - 1] === '\r' ? bare - 1 : bare;
    lines.push(Object.freeze({ start, end, next }));
    start = next;
  }
  return lines;
}
