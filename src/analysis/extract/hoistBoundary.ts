/**
 * `(?<!A)(?<!B)\bword…` rewritten as `\b(?<!A)(?<!B)word…`: the same regex, since assertions at one
 * position commute (none consumes text, and `\b` captures nothing). Irregexp tries a pattern that
 * opens with a lookbehind at every position of the text, and runs the lookbehind there before
 * anything else; a lookbehind reaching back over `[^.;!?]{0,60}` made one vocabulary pattern cost
 * ~170 µs per sentence. With `\b` first, most positions fail at once (about 1.7 µs). A source
 * that does not open with lookbehinds followed by `\b` is returned as it is.
 */
export function hoistBoundary(source: string): string {
  let at = 0;
  while (source.startsWith('(?<!', at) || source.startsWith('(?<=', at)) {
    const end = groupEnd(source, at);
    if (end < 0) return source;
    at = end;
  }
  return at > 0 && source.startsWith('\\b', at) ? `\\b${source.slice(0, at)}${source.slice(at + 2)}` : source;
}

/** The index just past the group opening at `at` (escapes and character classes skipped); -1 when it does not close. */
function groupEnd(source: string, at: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}
