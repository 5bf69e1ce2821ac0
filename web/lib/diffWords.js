/**
 * A word-level diff of two texts (Myers' O(ND) algorithm over word and whitespace tokens), for
 * showing what changed between two versions of a document. Common head and tail are trimmed first
 * (edits to news stories are usually local), and the search stops after `maxEdits` edits: past
 * that the middle is reported as one deletion and one insertion rather than freezing the page.
 */
export const DEFAULT_MAX_EDITS = 2000;

/**
 * Splits a text into words (letters and digits, with inner apostrophes, hyphens and dots),
 * single punctuation marks and runs of space, so joining them gives it back and a comma added
 * after a word does not make the word itself look changed.
 */
export function tokenizeWords(text) {
  return text.match(/\s+|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? [];
}

/**
 * Returns `[{ op: 'equal' | 'insert' | 'delete', text }]`: joining the equal and delete parts
 * gives `before`, joining the equal and insert parts gives `after`. Adjacent parts of one kind
 * are merged.
 */
export function diffWords(before, after, { maxEdits = DEFAULT_MAX_EDITS } = {}) {
  const a = tokenizeWords(before);
  const b = tokenizeWords(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const parts = [];
  push(parts, 'equal', a.slice(0, head));
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const script = diffMiddle(midA, midB, maxEdits);
  for (const [op, tokens] of script) push(parts, op, tokens);
  push(parts, 'equal', a.slice(a.length - tail));
  return parts;
}

function push(parts, op, tokens) {
  if (!tokens.length) return;
  const text = tokens.join('');
  const last = parts[parts.length - 1];
  if (last && last.op === op) parts[parts.length - 1] = { op, text: last.text + text };
  else parts.push({ op, text });
}

/** Myers' greedy forward search keeping each round's frontier, then a walk back through them. */
function diffMiddle(a, b, maxEdits) {
  const n = a.length;
  const m = b.length;
  if (!n) return [['insert', b]];
  if (!m) return [['delete', a]];
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  for (let d = 0; d <= max; d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, d);
    }
  }
  return [['delete', a], ['insert', b]];
}

function backtrack(trace, a, b, depth) {
  const steps = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d > 0; d -= 1) {
    // trace[d] holds v[-d-1 .. d+1] as it was before round d, i.e. the frontier after round d-1.
    const frontier = trace[d];
    const at = (k) => frontier[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
      steps.push(['equal', a[x - 1]]);
      x -= 1;
      y -= 1;
    }
    if (down) steps.push(['insert', b[prevY]]);
    else steps.push(['delete', a[prevX]]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    steps.push(['equal', a[x - 1]]);
    x -= 1;
    y -= 1;
  }
  steps.reverse();
  return steps.map(([op, token]) => [op, [token]]);
}

/**
 * Shortens long unchanged stretches to their first and last `keep` characters (cut at a space),
 * so a one-word correction in a long article is not lost in a screenful of unchanged text.
 */
export function elideUnchanged(parts, keep = 160) {
  return parts.map((part, i) => {
    if (part.op !== 'equal' || part.text.length <= keep * 2 + 40) return part;
    const first = i === 0 ? '' : cutAtSpace(part.text.slice(0, keep), 'end');
    const last = i === parts.length - 1 ? '' : cutAtSpace(part.text.slice(-keep), 'start');
    return { op: 'equal', text: part.text, shown: [first, last], elided: true };
  });
}

function cutAtSpace(text, side) {
  if (side === 'end') {
    const at = text.lastIndexOf(' ');
    return at > 0 ? text.slice(0, at + 1) : text;
  }
  const at = text.indexOf(' ');
  return at >= 0 ? text.slice(at) : text;
}
